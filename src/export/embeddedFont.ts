import { EXPORT_FONT_FAMILY } from '../core/exportLayout';
import { facesForText, parseUnicodeRange, type CodeRanges } from '../core/unicodeRange';

/** One file of the shipped font, as the page's style sheets declare it. */
interface ShippedFace {
  url: string;
  ranges: CodeRanges;
  /** The declaration's own `unicode-range` text, repeated in the SVG; empty for none. */
  rangeText: string;
  weight: string;
}

const WOFF2_URL = /url\(\s*["']?([^"')]+?\.woff2(?:[?#][^"')]*)?)["']?\s*\)/;

/**
 * The shipped font's files, each with the characters it holds, read from the style sheets the
 * page has loaded: the font is split into many small files by `unicode-range`, and an export
 * needs only those its text uses. A style sheet from another origin cannot be read and is
 * passed over.
 */
function shippedFaces(doc: Document): ShippedFace[] {
  const faces: ShippedFace[] = [];
  for (const sheet of Array.from(doc.styleSheets)) {
    let rules: CSSRuleList;
    try {
      rules = sheet.cssRules;
    } catch {
      continue;
    }
    for (const rule of Array.from(rules)) {
      if (!(rule instanceof CSSFontFaceRule)) continue;
      const style = rule.style;
      const family = style.getPropertyValue('font-family').replace(/["']/g, '').trim();
      const url = WOFF2_URL.exec(style.getPropertyValue('src'))?.[1];
      if (family !== EXPORT_FONT_FAMILY || !url) continue;
      const rangeText = style.getPropertyValue('unicode-range').trim();
      faces.push({
        url: new URL(url, sheet.href ?? doc.baseURI).href,
        ranges: rangeText ? parseUnicodeRange(rangeText) : [[0, 0x10ffff]],
        rangeText,
        weight: style.getPropertyValue('font-weight').trim() || '400',
      });
    }
  }
  return faces;
}

function base64(bytes: Uint8Array): string {
  let binary = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  }
  return btoa(binary);
}

/**
 * `@font-face` rules that carry, inside the file, every glyph `text` uses: the shipped
 * font's files that hold its characters, and no others. An SVG with them shows its Chinese
 * text in the map's own font on a machine that has no Chinese font installed.
 */
export async function embeddedFontCss(text: string, doc: Document = document): Promise<string> {
  const faces = facesForText(text, shippedFaces(doc));
  const rules = await Promise.all(
    faces.map(async (face) => {
      const response = await fetch(face.url);
      if (!response.ok) throw new Error(`${face.url}: ${response.status} ${response.statusText}`);
      const data = base64(new Uint8Array(await response.arrayBuffer()));
      const range = face.rangeText ? `unicode-range:${face.rangeText};` : '';
      return `@font-face{font-family:'${EXPORT_FONT_FAMILY}';font-weight:${face.weight};src:url(data:font/woff2;base64,${data}) format('woff2');${range}}`;
    }),
  );
  return rules.join('\n');
}

/** The text an SVG shows: the content of its elements, not its attributes. */
export function svgText(svg: string): string {
  let text = '';
  for (const m of svg.matchAll(/>([^<]+)</g)) text += m[1] ?? '';
  return text;
}
