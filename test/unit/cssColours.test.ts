import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, sep } from 'node:path';
import { cssCustomProperties } from '../../src/core/styleTokens';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

// The app's style sheets. The sample report (src/examples) stands for a host's own page, whose
// colours are its own and not the map's tokens.
const cssFiles = readdirSync(SRC, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.css') && !f.startsWith(`examples${sep}`))
  .sort();
const read = (f: string) => readFileSync(join(SRC, f), 'utf8');

// CSS Color 4's named and system colours: any of them as a value is a colour the tokens miss.
const NAMED = new Set(
  `aliceblue antiquewhite aqua aquamarine azure beige bisque black blanchedalmond blue
  blueviolet brown burlywood cadetblue chartreuse chocolate coral cornflowerblue cornsilk
  crimson cyan darkblue darkcyan darkgoldenrod darkgray darkgreen darkgrey darkkhaki
  darkmagenta darkolivegreen darkorange darkorchid darkred darksalmon darkseagreen
  darkslateblue darkslategray darkslategrey darkturquoise darkviolet deeppink deepskyblue
  dimgray dimgrey dodgerblue firebrick floralwhite forestgreen fuchsia gainsboro ghostwhite
  gold goldenrod gray green greenyellow grey honeydew hotpink indianred indigo ivory khaki
  lavender lavenderblush lawngreen lemonchiffon lightblue lightcoral lightcyan
  lightgoldenrodyellow lightgray lightgreen lightgrey lightpink lightsalmon lightseagreen
  lightskyblue lightslategray lightslategrey lightsteelblue lightyellow lime limegreen linen
  magenta maroon mediumaquamarine mediumblue mediumorchid mediumpurple mediumseagreen
  mediumslateblue mediumspringgreen mediumturquoise mediumvioletred midnightblue mintcream
  mistyrose moccasin navajowhite navy oldlace olive olivedrab orange orangered orchid
  palegoldenrod palegreen paleturquoise palevioletred papayawhip peachpuff peru pink plum
  powderblue purple rebeccapurple red rosybrown royalblue saddlebrown salmon sandybrown
  seagreen seashell sienna silver skyblue slateblue slategray slategrey snow springgreen
  steelblue tan teal thistle tomato turquoise violet wheat white whitesmoke yellow yellowgreen
  canvas canvastext linktext visitedtext activetext buttonface buttontext buttonborder field
  fieldtext highlight highlighttext selecteditem selecteditemtext mark marktext graytext
  accentcolor accentcolortext`.split(/\s+/),
);
const COLOUR_FUNCTION = /\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color|color-mix|light-dark)\(/i;
const HEX = /#[0-9a-f]{3,8}\b/i;

/** The value of every declaration, comments left out. */
function declarationValues(css: string): string[] {
  const values: string[] = [];
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  for (const [, chunk = '', end] of text.matchAll(/([^{};]*)([{};])/g)) {
    const decl = chunk.trim();
    if (end === '{' || decl.startsWith('@') || !decl.includes(':')) continue;
    values.push(decl.slice(decl.indexOf(':') + 1));
  }
  return values;
}

/** The colours a style sheet writes itself rather than reading from a custom property. */
function rawColours(css: string): string[] {
  const found: string[] = [];
  for (const value of declarationValues(css)) {
    // Names inside strings, file paths and property names are not colours.
    const v = value
      .replace(/'[^']*'|"[^"]*"/g, '')
      .replace(/url\([^)]*\)/gi, '')
      .replace(/var\(\s*--[\w-]+/g, 'var(');
    const words = v.match(/[a-z][\w-]*/gi) ?? [];
    if (HEX.test(v) || COLOUR_FUNCTION.test(v) || words.some((w) => NAMED.has(w.toLowerCase())))
      found.push(value.trim());
  }
  return found;
}

describe('the style sheet reads every colour from the tokens', () => {
  it('finds the style sheet, split in files, with one entry that imports them', () => {
    expect(cssFiles).toContain(join('styles', 'index.css'));
    expect(cssFiles.length).toBeGreaterThan(5);
  });

  it('the check catches a colour in every spelling and lets keywords through', () => {
    const css = `a { color: #fff; b: rgb(0 0 0); c: 1px solid White; d: hsl(0 0% 0%); }
      e::x { f: transparent; g: currentColor; h: inherit; i: none; j: var(--rmap-highlight); }
      /* #abc, white */ k { font-family: 'black'; background: url('./red.svg'); }`;
    expect(rawColours(css)).toEqual(['#fff', 'rgb(0 0 0)', '1px solid White', 'hsl(0 0% 0%)']);
  });

  it.each(cssFiles)('%s hard-codes no colour', (file) => {
    expect(rawColours(read(file))).toEqual([]);
  });

  it.each(cssFiles)('%s names only custom properties the tokens define', (file) => {
    const defined = new Set(cssCustomProperties().map(([name]) => name));
    const used = [...read(file).matchAll(/var\(\s*(--[\w-]+)/g)].map((m) => m[1]);
    expect(used.filter((name) => !defined.has(name ?? ''))).toEqual([]);
  });
});
