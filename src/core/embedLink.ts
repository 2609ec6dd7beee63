/**
 * The link and the iframe snippet for embedding exactly the view on screen. The query
 * is the app's own URL state (date, metrics, view, region, language) with embed=1.
 */

/**
 * Parameters of the page's own address that choose the data rather than the view: a link
 * keeps them, or it would show another dataset than the one on screen.
 */
export const DATA_PARAMS: readonly string[] = ['data'];

/** The page URL with its data parameters, then the view's query, and no hash. */
function linkUrl(pageUrl: string, query: string, embed: boolean): string {
  const url = new URL(pageUrl);
  const params = new URLSearchParams();
  for (const key of DATA_PARAMS) {
    for (const value of url.searchParams.getAll(key)) params.append(key, value);
  }
  for (const [key, value] of new URLSearchParams(query.replace(/^\?/, ''))) {
    if (key !== 'embed' && !DATA_PARAMS.includes(key)) params.append(key, value);
  }
  if (embed) params.set('embed', '1');
  url.search = params.toString();
  url.hash = '';
  return url.toString();
}

/** The page URL with the given query plus embed=1, and no hash. */
export function embedUrl(pageUrl: string, query: string): string {
  return linkUrl(pageUrl, query, true);
}

/** The same view as a plain link into the full app (embed removed). */
export function shareUrl(pageUrl: string, query: string): string {
  return linkUrl(pageUrl, query, false);
}

const attr = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export interface SnippetOptions {
  title: string;
  /** Height in CSS pixels; the width follows the report's column. */
  height?: number;
}

/** A responsive iframe: full column width up to 1600 px, fixed height, no border. */
export function iframeSnippet(url: string, options: SnippetOptions): string {
  const height = Math.max(240, Math.round(options.height ?? 560));
  return (
    `<iframe src="${attr(url)}" title="${attr(options.title)}" width="100%" height="${height}"` +
    ` style="border:0;max-width:1600px;min-width:320px" loading="lazy" allow="fullscreen"></iframe>`
  );
}

/** A file name that says what the export shows: fugong-map_2020-03-01_resumption_rate.png */
export function exportFileName(
  parts: { date: string; metric: string; suffix?: string },
  ext: string,
): string {
  const clean = (s: string) => s.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '');
  const bits = [
    'fugong-map',
    clean(parts.date),
    clean(parts.metric),
    parts.suffix ? clean(parts.suffix) : '',
  ]
    .filter(Boolean)
    .join('_');
  return `${bits}.${ext.replace(/^\./, '')}`;
}
