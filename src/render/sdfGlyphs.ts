import TinySDF from '@mapbox/tiny-sdf';
import type { TextLayerProps } from '@deck.gl/layers';

type GetFontRenderer = NonNullable<TextLayerProps['_getFontRenderer']>;
type FontSettings = Parameters<GetFontRenderer>[0];
type FontRenderer = ReturnType<GetFontRenderer>;
type Metrics = ReturnType<FontRenderer['measure']>;
type Drawn = ReturnType<FontRenderer['draw']>;

/** The settings a glyph depends on; anything else deck.gl passes does not change its pixels. */
export type GlyphSettings = Pick<
  FontSettings,
  'fontFamily' | 'fontWeight' | 'fontSize' | 'buffer' | 'radius' | 'cutoff'
>;

export interface SdfGlyphs {
  /**
   * Draws a character's glyph ahead, and measures it. Call it once its font has loaded: a
   * glyph is drawn with whatever font the page has at that moment.
   */
  drawAhead(settings: GlyphSettings, char: string): void;
  /** For deck.gl's TextLayer `_getFontRenderer`: the glyphs drawn ahead, and any others now. */
  renderer: GetFontRenderer;
}

// Where a font gives no metrics of its own (deck.gl's defaults, which its atlas then assumes).
const ASCENT = 0.9;
const DESCENT = 0.3;

interface Glyphs {
  sdf: TinySDF;
  context: CanvasRenderingContext2D;
  metrics: Map<string, Metrics>;
  drawn: Map<string, Drawn>;
}

/**
 * The signed-distance glyphs of the labels' font, drawn while a large file of figures still
 * arrives rather than when the map's labels are first made: deck.gl draws every glyph of its
 * atlas on the labels' first frame, which for the names of every county took 0.35 to 0.75 s of
 * that frame. Each glyph is the one deck.gl's own renderer draws: TinySDF with the same
 * settings, its distances in the alpha channel, placed `buffer` pixels in. They are kept for
 * the page's life (about 10 MB for a country's counties): a map of imported data draws its
 * atlas from them again.
 */
export function createSdfGlyphs(): SdfGlyphs {
  const bySettings = new Map<string, Glyphs>();

  const glyphsFor = (s: GlyphSettings): Glyphs => {
    const key = [s.fontFamily, s.fontWeight, s.fontSize, s.buffer, s.radius, s.cutoff].join('|');
    let g = bySettings.get(key);
    if (!g) {
      g = {
        sdf: new TinySDF({ ...s, fontWeight: String(s.fontWeight) }),
        context: measuringContext(`${s.fontWeight} ${s.fontSize}px ${s.fontFamily}`),
        metrics: new Map(),
        drawn: new Map(),
      };
      bySettings.set(key, g);
    }
    return g;
  };

  const measure = (g: Glyphs, s: GlyphSettings, char: string): Metrics => {
    let m = g.metrics.get(char);
    if (!m) {
      m = metricsOf(g.context, s.fontSize, char);
      g.metrics.set(char, m);
    }
    return m;
  };

  const draw = (g: Glyphs, s: GlyphSettings, char: string): Drawn => {
    let d = g.drawn.get(char);
    if (!d) {
      const glyph = g.sdf.draw(char);
      const data = new ImageData(glyph.width, glyph.height);
      for (let i = 0; i < glyph.data.length; i++) data.data[4 * i + 3] = glyph.data[i] ?? 0;
      d = { data, left: s.buffer, top: s.buffer };
      g.drawn.set(char, d);
    }
    return d;
  };

  return {
    drawAhead(settings, char) {
      const g = glyphsFor(settings);
      measure(g, settings, char);
      draw(g, settings, char);
    },
    renderer(settings) {
      const g = glyphsFor(settings);
      return {
        measure: (char) =>
          char === undefined
            ? fontMetrics(g.context, settings.fontSize)
            : measure(g, settings, char),
        draw: (char) => draw(g, settings, char),
      };
    },
  };
}

/**
 * A page canvas's context, as deck.gl measures with: an OffscreenCanvas's measured some glyphs
 * a pixel differently, and the labels drawn from them moved.
 */
function measuringContext(font: string): Glyphs['context'] {
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d') as CanvasRenderingContext2D;
  context.font = font;
  context.textBaseline = 'alphabetic';
  context.textAlign = 'left';
  return context;
}

/** One character's advance and ink box, as deck.gl's atlas lays glyphs out by them. */
function metricsOf(context: Glyphs['context'], fontSize: number, char: string): Metrics {
  const m = context.measureText(char);
  if (!m.actualBoundingBoxAscent) {
    return {
      advance: m.width,
      width: m.width,
      ascent: fontSize * ASCENT,
      descent: fontSize * DESCENT,
    };
  }
  return {
    advance: m.width,
    width: Math.ceil(m.actualBoundingBoxRight - m.actualBoundingBoxLeft),
    ascent: Math.ceil(m.actualBoundingBoxAscent),
    descent: Math.ceil(m.actualBoundingBoxDescent),
  };
}

/** The font's own ascent and descent, which place the atlas's baseline. */
function fontMetrics(context: Glyphs['context'], fontSize: number): Metrics {
  const m = context.measureText('A');
  if (m.fontBoundingBoxAscent) {
    return {
      advance: 0,
      width: 0,
      ascent: Math.ceil(m.fontBoundingBoxAscent),
      descent: Math.ceil(m.fontBoundingBoxDescent),
    };
  }
  return { advance: 0, width: 0, ascent: fontSize * ASCENT, descent: fontSize * DESCENT };
}
