import type { Color, Layer } from '@deck.gl/core';
import type { Line } from '../core/linesAtZoom';
import { lineSegments, type LineSegments } from '../core/lineSegments';
import { SegmentLayer } from './SegmentLayer';

// Lines are cut once per set: a step draws the same borders and hands the layer the same
// segments, so nothing is laid out again.
const cut = new WeakMap<readonly Line[], LineSegments>();

function segmentsOf(lines: readonly Line[]): LineSegments {
  let segments = cut.get(lines);
  if (!segments) {
    segments = lineSegments(lines);
    cut.set(lines, segments);
  }
  return segments;
}

/** Borders a pixel wide or less: straight segments, where a path's joins would not show. */
export function borderLayer(p: {
  id: string;
  lines: readonly Line[];
  color: Color;
  widthPixels: number;
}): Layer {
  const { lines, ...rest } = p;
  return new SegmentLayer({ ...rest, segments: segmentsOf(lines), pickable: false });
}
