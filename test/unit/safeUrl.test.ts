import { describe, it, expect } from 'vitest';
import { safeUrl } from '../../src/core/safeUrl';

const BASE = 'https://example.org/report/page.html';

describe('safeUrl', () => {
  it.each([
    ['https://example.org/map/', 'https://example.org/map/'],
    ['http://127.0.0.1:5173/', 'http://127.0.0.1:5173/'],
    ['../map/', 'https://example.org/map/'],
    ['/map/?lang=en', 'https://example.org/map/?lang=en'],
    ['map.html', 'https://example.org/report/map.html'],
  ])('accepts the http(s) or relative address %s', (raw, href) => {
    expect(safeUrl(raw, BASE)).toBe(href);
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'blob:https://example.org/x',
    'file:///etc/passwd',
    'http://[bad',
    '',
  ])('refuses %j', (raw) => {
    expect(safeUrl(raw, BASE)).toBeNull();
  });
});
