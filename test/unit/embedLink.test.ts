import { describe, it, expect } from 'vitest';
import { embedUrl, exportFileName, iframeSnippet, shareUrl } from '../../src/core/embedLink';

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
    expect(s).toMatch(/^<iframe [^>]*><\/iframe>$/);
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
