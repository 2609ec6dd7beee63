import { describe, expect, it } from 'vitest';
import { layoutBytes, textureLayout } from '../../src/core/textureLayout';

/** Where the shader reads cell (row, day): the same arithmetic as the extension's GLSL. */
const texel = (row: number, day: number, rows: number, width: number) => {
  const i = day * rows + row;
  return [i % width, Math.floor(i / width)] as const;
};

describe('textureLayout', () => {
  it('keeps the rows × days shape when both fit the device', () => {
    expect(textureLayout(23, 1019, 4096)).toEqual({ width: 23, height: 1019, cells: 23 * 1019 });
  });

  it('folds a table wider than the device into lines of the device width', () => {
    const layout = textureLayout(5000, 1000, 4096)!;
    expect(layout.width).toBe(4096);
    expect(layout.height).toBe(Math.ceil((5000 * 1000) / 4096));
    expect(layout.height).toBeLessThanOrEqual(4096);
  });

  it('folds a period longer than the device allows as well', () => {
    const layout = textureLayout(3, 4096, 2048)!;
    expect(layout.width).toBe(2048);
    expect(layout.height).toBe(6);
  });

  it('refuses a table that no texture of the device can hold', () => {
    expect(textureLayout(2049, 2049, 2048)).toBeNull();
  });

  it('puts every cell at its own texel, inside the texture', () => {
    const rows = 7;
    const days = 13;
    const layout = textureLayout(rows, days, 10)!;
    expect(layout.width).toBe(10);
    const seen = new Set<string>();
    for (let d = 0; d < days; d++) {
      for (let r = 0; r < rows; r++) {
        const [x, y] = texel(r, d, rows, layout.width);
        expect(x).toBeLessThan(layout.width);
        expect(y).toBeLessThan(layout.height);
        seen.add(`${x},${y}`);
      }
    }
    expect(seen.size).toBe(rows * days);
  });
});

describe('layoutBytes', () => {
  it('pads the last line and keeps every cell where the shader looks for it', () => {
    const rows = 3;
    const days = 5;
    const data = new Uint8Array(rows * days * 4).map((_, i) => i % 251);
    const layout = textureLayout(rows, days, 4)!;
    const bytes = layoutBytes(data, layout);
    expect(bytes.length).toBe(layout.width * layout.height * 4);
    const [x, y] = texel(2, 4, rows, layout.width);
    const at = (y * layout.width + x) * 4;
    expect([...bytes.subarray(at, at + 4)]).toEqual([
      ...data.subarray((4 * rows + 2) * 4, (4 * rows + 2) * 4 + 4),
    ]);
  });

  it('hands a table that needs no padding back as it is', () => {
    const data = new Uint8Array(23 * 4 * 4);
    expect(layoutBytes(data, textureLayout(23, 4, 4096)!)).toBe(data);
  });
});
