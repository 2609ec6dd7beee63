/**
 * Addresses that reach an href or a src: from mount options, the query string or a data
 * cell. Only http(s) and relative addresses pass; `javascript:`, `data:`, `vbscript:`,
 * `blob:` and the like would run code or show content the page never chose.
 */
const SAFE_PROTOCOLS = new Set(['http:', 'https:']);

/**
 * The absolute http(s) form of `raw`, resolved against `base`, or null when it is anything
 * else or not an address at all.
 */
export function safeUrl(raw: string | null | undefined, base: string): string | null {
  if (typeof raw !== 'string') return null;
  // The URL parser ignores these, so "java\tscript:" would otherwise read as javascript:.
  const trimmed = raw.trim();
  if (trimmed === '' || [...trimmed].some((c) => c <= '\u001f' || c === '\u007f')) return null;
  try {
    const url = new URL(trimmed, base);
    return SAFE_PROTOCOLS.has(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}
