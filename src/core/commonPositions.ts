import { commonX, commonY } from './webMercator';

/** Positions in deck.gl's common space, measured from a point near them. */
export interface CommonPositions {
  /** The middle of the box around every position, in common space; 0, 0 for none. */
  origin: readonly [x: number, y: number];
  /** Each column given, its x, y pairs less `origin`, as 64-bit floats. */
  columns: Float64Array[];
}

/**
 * Columns of longitude, latitude pairs in common space (webMercator.ts), all measured from
 * one origin in their middle. A shader then draws them with the view's matrix moved to that
 * origin (matrixAtOrigin.ts) and computes no projection, and the small numbers left keep their
 * precision as the GPU's 32-bit floats at any zoom.
 */
export function commonPositions(lonLat: readonly Float64Array[]): CommonPositions {
  const columns = lonLat.map((positions) => {
    const out = new Float64Array(positions.length);
    for (let i = 0; i < positions.length; i += 2) {
      out[i] = commonX(positions[i] ?? NaN);
      out[i + 1] = commonY(positions[i + 1] ?? NaN);
    }
    return out;
  });
  const origin = middle(columns);
  for (const column of columns) {
    for (let i = 0; i < column.length; i += 2) {
      column[i] = (column[i] ?? NaN) - origin[0];
      column[i + 1] = (column[i + 1] ?? NaN) - origin[1];
    }
  }
  return { origin, columns };
}

function middle(columns: readonly Float64Array[]): [number, number] {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const column of columns) {
    for (let i = 0; i < column.length; i += 2) {
      const x = column[i] ?? NaN;
      const y = column[i + 1] ?? NaN;
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
    }
  }
  return x0 <= x1 && y0 <= y1 ? [(x0 + x1) / 2, (y0 + y1) / 2] : [0, 0];
}
