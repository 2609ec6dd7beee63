import type { Color, Layer } from '@deck.gl/core';
import type { Line } from '../core/linesAtZoom';
import { STYLE_TOKENS } from '../core/styleTokens';
import { SegmentLayer } from './SegmentLayer';
import { circleLayer } from './circleLayer';
import type { RegionMapProps, RegionMapState } from './RegionMapLayer';

type Sub = (id: string) => { id: string };

const OUTLINE = STYLE_TOKENS.regionBorder;
const OUTLINE_SELECTED = STYLE_TOKENS.regionBorderSelected;

/** Borders, the focus outline, and every circle: figures, location marks and event rings. */
export function markLayers(p: RegionMapProps, state: RegionMapState, sub: Sub): Layer[] {
  return [
    // Each border once: a border two regions share is one line of the TopoJSON mesh.
    new SegmentLayer({
      ...sub('outline'),
      lines: state.borders,
      color: OUTLINE,
      widthPixels: p.symbolScale,
      pickable: false,
    }),
    // The hovered and the selected region drawn over them, whole, the selected one on top.
    // Segments as the borders are, in their program: a path, drawn as an instance for each
    // segment, cost a software GPU 0.12 s a frame for one county's outline, and 0.7 s to
    // compile at the first hover.
    focusLayer(sub('outline-hover'), state.hoverLines, OUTLINE, 2 * p.symbolScale),
    focusLayer(sub('outline-selected'), state.selectedLines, OUTLINE_SELECTED, 3 * p.symbolScale),
    circleLayer(p, state.circles, sub),
  ];
}

function focusLayer(
  id: { id: string },
  lines: readonly Line[],
  color: Color,
  widthPixels: number,
): Layer {
  return new SegmentLayer({
    ...id,
    lines,
    joins: true,
    color,
    widthPixels,
    // Kept with nothing to draw, but not drawn: an empty layer still costs each view it is
    // drawn in its uniforms and state on every frame.
    visible: lines.length > 0,
    pickable: false,
  });
}
