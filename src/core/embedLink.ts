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
  // Commas are fine in a query and keep a camera readable: center=106.7,26.6.
  url.search = params.toString().replace(/%2C/gi, ',');
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

/**
 * The script a host page includes so that each embed's frame takes the height its content
 * asks for (public/embed-resize.js, beside the app's page).
 */
export const RESIZE_SCRIPT = 'embed-resize.js';
/** The message an embed posts to its host page: `{ type, height }`. */
export const HEIGHT_MESSAGE = 'rmap:height';

/** The resize script's address: beside the page, whatever its query. */
export function resizeScriptUrl(pageUrl: string): string {
  return new URL(RESIZE_SCRIPT, pageUrl).toString();
}

/**
 * A responsive iframe: full column width up to 1600 px, no border, and the height it is
 * given until the resize script gives it the height of its content.
 */
export function iframeSnippet(url: string, options: SnippetOptions): string {
  const height = Math.max(240, Math.round(options.height ?? 560));
  return (
    `<iframe src="${attr(url)}" title="${attr(options.title)}" width="100%" height="${height}"` +
    ` style="border:0;max-width:1600px;min-width:320px" loading="lazy" allow="fullscreen"></iframe>\n` +
    `<script src="${attr(resizeScriptUrl(url))}" async></script>`
  );
}

/** How tall the map would like to be at a width: a landscape shape, within bounds. */
export function preferredMapHeight(width: number): number {
  return Math.round(Math.min(640, Math.max(280, width * 0.72)));
}

/**
 * The height an embed asks its frame for: the parts around the map and legend as they are,
 * the map as tall as its width suggests, and the whole legend (beside the map, or under it
 * when `stacked`). It depends on the width, so a frame set to it asks for the same again.
 */
export function embedHeight(page: {
  /** The page's content height. */
  content: number;
  /** The box holding the map and the legend. */
  body: number;
  mapWidth: number;
  /** The legend's full height, scrolled part included. */
  legend: number;
  stacked: boolean;
}): number {
  const map = preferredMapHeight(page.mapWidth);
  const body = page.stacked ? map + page.legend : Math.max(map, page.legend);
  return Math.ceil(page.content - page.body + body);
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
