import type { Line } from './linesAtZoom';
import type { Bounds } from './mapModel';

/**
 * Most vertices in a piece of a line: short enough that a piece mostly lies on screen or
 * mostly off it, long enough that a country's borders stay a few thousand pieces.
 */
export const PIECE_VERTICES = 32;

/** Lines cut into pieces that share their ends, with each piece's extent. */
export interface LinePieces {
  pieces: readonly Line[];
  /** West, south, east, north of each piece in turn. */
  extents: Float64Array;
}

/**
 * Cuts each line into runs of at most `most` vertices, each starting where the last ended, so
 * the pieces drawn together show the line unbroken.
 */
export function cutLines(lines: readonly Line[], most = PIECE_VERTICES): LinePieces {
  const step = Math.max(2, most) - 1;
  const pieces: Line[] = [];
  for (const line of lines) {
    if (line.length <= step + 1) {
      pieces.push(line);
      continue;
    }
    for (let i = 0; i < line.length - 1; i += step) pieces.push(line.slice(i, i + step + 1));
  }
  const extents = new Float64Array(pieces.length * 4);
  pieces.forEach((piece, k) => {
    let w = Infinity;
    let s = Infinity;
    let e = -Infinity;
    let n = -Infinity;
    for (const p of piece) {
      const x = p[0] ?? NaN;
      const y = p[1] ?? NaN;
      if (x < w) w = x;
      if (x > e) e = x;
      if (y < s) s = y;
      if (y > n) n = y;
    }
    extents.set([w, s, e, n], k * 4);
  });
  return { pieces, extents };
}

/**
 * The part of the map lines are kept for while a view shows `view`: the view grown by `grow`
 * times its width and height on every side, so a pan within it needs no other lines. A quarter
 * of a view: every line and triangle kept is drawn on every frame, and on a software GPU a
 * margin of half a view cost the default view 7 ms more a frame, against a filter of about a
 * millisecond each quarter of a view a pan goes.
 */
export function lineWindow(view: Bounds, grow = 0.25): Bounds {
  const dx = (view[2] - view[0]) * grow;
  const dy = (view[3] - view[1]) * grow;
  return [view[0] - dx, view[1] - dy, view[2] + dx, view[3] + dy];
}

/** Whether `window` holds all of `view`. */
export function covers(window: Bounds, view: Bounds): boolean {
  return (
    window[0] <= view[0] && window[1] <= view[1] && window[2] >= view[2] && window[3] >= view[3]
  );
}

/** The pieces that reach into `window`; a piece that only touches its edge counts. */
export function piecesIn({ pieces, extents }: LinePieces, window: Bounds): Line[] {
  const out: Line[] = [];
  for (let k = 0; k < pieces.length; k++) {
    const i = k * 4;
    if (
      extents[i]! <= window[2] &&
      extents[i + 2]! >= window[0] &&
      extents[i + 1]! <= window[3] &&
      extents[i + 3]! >= window[1]
    ) {
      out.push(pieces[k]!);
    }
  }
  return out;
}
