import type { Layer } from '@deck.gl/core';
import type { Lang } from '../core/lang';
import { eventAlpha, type PlacedEvent } from '../core/mapEvents';
import { CENTRED } from '../core/placeLabels';
import { labelText, regionName } from '../core/regionLabels';
import { rgbOf, STYLE_TOKENS } from '../core/styleTokens';
import { always, markOrigin, rowCommonPosition } from './accessors';
import { FONT_SETTINGS, GLYPH_SETTINGS, LABEL_HALO, LABEL_SIZE } from './mapFont';
import { PixelTextLayer } from './PixelTextLayer';
import type { RegionMapProps, RegionMapState } from './RegionMapLayer';

type Sub = (id: string) => { id: string };

const HALO = STYLE_TOKENS.halo;
const EVENT_TEXT = rgbOf(STYLE_TOKENS.eventText);
// Constants as accessors, in the vertex layout of the other text and circle layers (accessors.ts).
const LABEL_COLOR = always(STYLE_TOKENS.labelText);

/**
 * The font and characters of every text layer: one glyph atlas for them all, drawn from the
 * glyphs drawn ahead where there are some (sdfGlyphs.ts).
 */
function glyphAtlas(p: RegionMapProps) {
  return {
    fontFamily: GLYPH_SETTINGS.fontFamily,
    fontWeight: GLYPH_SETTINGS.fontWeight,
    fontSettings: FONT_SETTINGS,
    characterSet: p.characters,
    _getFontRenderer: p.fontRenderer ?? undefined,
  };
}

/**
 * Region labels: the short name, and with few enough regions the day's figure under it. With
 * names only, nothing in the layer depends on the day; with figures, only a day that starts a
 * new run of the fill does, so a step that shows the same figures leaves the text alone.
 */
export function labelLayer(
  p: RegionMapProps,
  state: Pick<RegionMapState, 'labelled'>,
  valueLabels: boolean,
  sub: Sub,
): Layer {
  const { model, lang, styleKey, dayIndex } = p;
  const run = p.fillRuns[dayIndex] ?? dayIndex;
  const offsets = p.placedLabels?.offsets;
  const origin = markOrigin(model);
  return new PixelTextLayer<number>({
    ...sub('labels'),
    // A new placement is a new list of rows: deck.gl then takes the offsets in with them.
    data: p.placedLabels?.rows ?? state.labelled,
    pickable: false,
    origin,
    getPosition: rowCommonPosition(model, origin),
    // Beside its point where the label had no room on it (core/placeLabels.ts).
    getPixelOffset: (r) => offsets?.get(r) ?? CENTRED,
    getText: valueLabels ? (r) => labelText(p, r) : (r) => regionName(model, r, lang),
    getSize: LABEL_SIZE,
    sizeScale: p.symbolScale,
    getColor: LABEL_COLOR,
    ...glyphAtlas(p),
    outlineWidth: LABEL_HALO,
    outlineColor: HALO,
    getTextAnchor: 'middle',
    getAlignmentBaseline: 'center',
    updateTriggers: { getPosition: origin, getText: valueLabels ? [styleKey, run, lang] : [lang] },
  });
}

/** The short text of the dated events of the last few days, fading with age, under their rings. */
export function eventTextLayer(p: RegionMapProps, sub: Sub): Layer {
  // Drawn with no data on days without events rather than left out: a layer that comes and
  // goes is made anew each time: new buffers, a new glyph atlas, and on a software GPU its
  // shaders compiled again.
  const { model, dayIndex, lang, events } = p;
  const origin = markOrigin(model);
  const at = rowCommonPosition(model, origin);
  const position = (e: PlacedEvent) => at(e.row);
  // Not drawn on those days: an empty layer still costs every view its uniforms each frame.
  const visible = events.length > 0;
  return new PixelTextLayer<PlacedEvent>({
    ...sub('event-text'),
    data: events,
    visible,
    pickable: false,
    origin,
    getPosition: position,
    getText: (e) => shortText(e.text[lang], lang),
    getSize: 11,
    sizeScale: p.symbolScale,
    getColor: (e) => [...EVENT_TEXT, eventAlpha(dayIndex - e.dayIndex)],
    // Below the ring and the region's own two-line label, which sit on the same point. An
    // accessor, as the labels' offsets are: one vertex layout for both (accessors.ts).
    getPixelOffset: () => [0, 26 * p.symbolScale],
    getTextAnchor: 'middle',
    getAlignmentBaseline: 'top',
    ...glyphAtlas(p),
    outlineWidth: 3,
    outlineColor: HALO,
    updateTriggers: {
      getPosition: origin,
      getText: [lang],
      getColor: [dayIndex],
      getPixelOffset: [p.symbolScale],
    },
  });
}

// One short line beside the ring: the full text is on the timeline mark and would cover
// the neighbouring regions here.
const SHORT_LENGTH = { zh: 16, en: 36 } as const;

function shortText(text: string, lang: Lang): string {
  const chars = [...text];
  const max = SHORT_LENGTH[lang];
  return chars.length <= max
    ? text
    : `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}...`;
}
