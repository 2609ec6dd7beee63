import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  HEIGHT_MESSAGE,
  RESIZE_SCRIPT,
  embedHeight,
  embedUrl,
  exportFileName,
  iframeSnippet,
  preferredMapHeight,
  resizeScriptUrl,
  shareUrl,
} from '../../src/core/embedLink';

describe('embed links', () => {
  it('keeps the view and adds embed=1, whatever the page URL carried', () => {
    expect(
      embedUrl('https://example.org/map/?date=2020-01-01&embed=0#x', 'date=2020-03-01&lang=en'),
    ).toBe('https://example.org/map/?date=2020-03-01&lang=en&embed=1');
    expect(embedUrl('http://127.0.0.1:5173/', '')).toBe('http://127.0.0.1:5173/?embed=1');
  });
  it('keeps the dataset the page shows (?data=) and nothing else of the page address', () => {
    expect(embedUrl('https://e.org/?data=stress%2F&lang=en&x=1', 'date=2020-03-01')).toBe(
      'https://e.org/?data=stress%2F&date=2020-03-01&embed=1',
    );
    expect(shareUrl('https://e.org/?data=mine/', 'date=2020-03-01&data=other/')).toBe(
      'https://e.org/?data=mine%2F&date=2020-03-01',
    );
  });
  it('gives the full-app link without embed', () => {
    expect(shareUrl('https://example.org/map/index.html?embed=1', 'view=guizhou&embed=1')).toBe(
      'https://example.org/map/index.html?view=guizhou',
    );
  });
  it('writes a responsive iframe with the URL and title escaped', () => {
    const s = iframeSnippet('https://e.org/?a=1&b="2"', { title: 'Map <x>', height: 500 });
    expect(s).toContain('src="https://e.org/?a=1&amp;b=&quot;2&quot;"');
    expect(s).toContain('title="Map &lt;x&gt;"');
    expect(s).toContain('width="100%"');
    expect(s).toContain('height="500"');
    const [frame, script, ...rest] = s.split('\n');
    expect(frame).toMatch(/^<iframe [^>]*><\/iframe>$/);
    expect(rest).toEqual([]);
    // The resize script beside the page, as a file: no inline script for a strict policy.
    expect(script).toBe('<script src="https://e.org/embed-resize.js" async></script>');
  });
  it('finds the resize script beside the page, whatever the page file or query', () => {
    expect(resizeScriptUrl('https://e.org/maps/fugong/index.html?data=x&embed=1')).toBe(
      'https://e.org/maps/fugong/embed-resize.js',
    );
    expect(resizeScriptUrl('http://127.0.0.1:5173/?embed=1')).toBe(
      'http://127.0.0.1:5173/embed-resize.js',
    );
  });
  it('ships the resize script, listening for the message the embed posts', () => {
    const script = readFileSync(new URL(`../../public/${RESIZE_SCRIPT}`, import.meta.url), 'utf8');
    expect(script).toContain(`'${HEIGHT_MESSAGE}'`);
    // It acts only on its own frames' windows, from the origin their address names.
    expect(script).toContain('contentWindow === source');
    expect(script).toContain('event.origin');
  });
  it('keeps a camera readable in links: center=lon,lat', () => {
    expect(shareUrl('https://e.org/', 'view=all&center=106.7,26.5&zoom=6')).toBe(
      'https://e.org/?view=all&center=106.7,26.5&zoom=6',
    );
  });
  it('asks for a frame whose map is as tall as its width suggests, and the whole legend', () => {
    expect(preferredMapHeight(100)).toBe(280);
    expect(preferredMapHeight(500)).toBe(360);
    expect(preferredMapHeight(3000)).toBe(640);
    // Beside the map: the taller of the two; 120 px of title, timeline and credit stay.
    const wide = { content: 560, body: 440, mapWidth: 500, stacked: false };
    expect(embedHeight({ ...wide, legend: 300 })).toBe(120 + 360);
    expect(embedHeight({ ...wide, legend: 420.2 })).toBe(120 + 421);
    // Under it: both; a content taller than the frame (a clipped page) counts as it is.
    expect(
      embedHeight({ content: 700, body: 560, mapWidth: 300, legend: 200, stacked: true }),
    ).toBe(140 + 280 + 200);
  });
  it('names files after what they show', () => {
    expect(exportFileName({ date: '2020-03-01', metric: 'resumption_rate' }, 'png')).toBe(
      'fugong-map_2020-03-01_resumption_rate.png',
    );
    expect(
      exportFileName(
        { date: '2020-02-01--2020-03-01', metric: 'x', suffix: '180mm 300dpi' },
        '.webm',
      ),
    ).toBe('fugong-map_2020-02-01--2020-03-01_x_180mm-300dpi.webm');
  });
});
