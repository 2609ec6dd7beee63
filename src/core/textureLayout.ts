/**
 * A rows × days table laid out in a GPU texture no wider or taller than the device allows.
 * The table's cells are in one linear order (cell = day × rows + row, the order of
 * core/colorTable.ts), so the texture holds them line after line, `width` to a line, and the
 * shader finds cell i at (i mod width, i div width). A table that fits in one line of the
 * device's width keeps its natural rows × days shape.
 */
export interface TextureLayout {
  width: number;
  height: number;
  /** Cells in the table; the texture's last line is padded past them. */
  cells: number;
}

/**
 * The layout for `rows` × `days` cells under a device limit of `maxDimension` texels a side,
 * or null when even a square texture of that side cannot hold them.
 */
export function textureLayout(
  rows: number,
  days: number,
  maxDimension: number,
): TextureLayout | null {
  const cells = Math.max(1, rows) * Math.max(1, days);
  if (rows <= maxDimension && days <= maxDimension) {
    return { width: Math.max(1, rows), height: Math.max(1, days), cells };
  }
  const width = maxDimension;
  const height = Math.ceil(cells / width);
  return height <= maxDimension ? { width, height, cells } : null;
}

/** The table's bytes (4 a cell) in a buffer the size of the layout, padded with zeros. */
export function layoutBytes(data: Uint8Array, layout: TextureLayout): Uint8Array {
  const size = layout.width * layout.height * 4;
  if (data.length === size) return data;
  const out = new Uint8Array(size);
  out.set(data.subarray(0, Math.min(data.length, size)));
  return out;
}
