import { PathLayer } from '@deck.gl/layers';
import type { Layer } from '@deck.gl/core';
import type { RingPath } from '../core/polygonParts';
import { STYLE_TOKENS } from '../core/styleTokens';
import { getRingPath } from './accessors';
import { SegmentLayer } from './SegmentLayer';
import { circleLayer } from './circleLayer';
import type { RegionMapProps, RegionMapState } from './RegionMapLayer';

type Sub = (id: string) => { id: string };

const OUTLINE = STYLE_TOKENS.regionBorder;
const OUTLINE_SELECTED = STYLE_TOKENS.regionBorderSelected;

/** Borders, the focus outline, and every circle: figures, location marks and event rings. */
export function markLayers(p: RegionMapProps, state: RegionMapState, sub: Sub): Layer[] {
  const { selectedRow } = p;
  const layers: Layer[] = [
    // Each border once: a border two regions share is one line of the TopoJSON mesh.
    new SegmentLayer({
      ...sub('outline'),
      lines: state.borders,
      color: OUTLINE,
      widthPixels: p.symbolScale,
      pickable: false,
    }),
    // The hovered and the selected region drawn over them, whole.
    new PathLayer<RingPath>({
      ...sub('outline-focus'),
      data: state.focus,
      // Kept with nothing to draw, but not drawn: an empty layer still costs each view it is
      // drawn in its uniforms and state on every frame.
      visible: state.focus.length > 0,
      pickable: false,
      getPath: getRingPath,
      widthUnits: 'pixels',
      widthScale: p.symbolScale,
      getWidth: (r) => (r.row === selectedRow ? 3 : 2),
      getColor: (r) => (r.row === selectedRow ? OUTLINE_SELECTED : OUTLINE),
    }),
  ];
  layers.push(circleLayer(p, state.circles, sub));
  return layers;
}
