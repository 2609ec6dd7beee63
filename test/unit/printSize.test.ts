import { describe, it, expect } from 'vitest';
import { MAX_EXPORT_SIDE, mmToPx, pxToMm, resolveExportSize } from '../../src/core/printSize';

describe('print sizes', () => {
  it('converts millimetres at 300 dpi', () => {
    expect(mmToPx(25.4)).toBe(300);
    expect(mmToPx(180)).toBe(2126);
    expect(mmToPx(100, 150)).toBe(591);
    expect(pxToMm(300)).toBeCloseTo(25.4);
  });

  it('keeps the on-screen width for screen and 2× exports', () => {
    expect(resolveExportSize({ kind: 'screen' }, 900)).toMatchObject({
      layoutWidth: 900,
      pixelScale: 1,
      pixelWidth: 900,
      dpi: 96,
    });
    expect(resolveExportSize({ kind: 'double' }, 900)).toMatchObject({
      pixelScale: 2,
      pixelWidth: 1800,
      dpi: 192,
    });
  });

  it('lays print out at the paper width in CSS pixels and scales to exactly the dots asked for', () => {
    const r = resolveExportSize({ kind: 'print', widthMm: 180 }, 900);
    expect(r.pixelWidth).toBe(2126);
    expect(r.layoutWidth).toBe(680); // 180 mm at 96 px per inch
    expect(r.layoutWidth * r.pixelScale).toBeCloseTo(2126);
    expect(r.dpi).toBe(300);
    expect(r.clamped).toBe(false);
  });

  it('clamps a print width no canvas can hold, and says so', () => {
    const r = resolveExportSize({ kind: 'print', widthMm: 2000 }, 900);
    expect(r.pixelWidth).toBe(MAX_EXPORT_SIDE);
    expect(r.clamped).toBe(true);
  });

  it('falls back to 180 mm for a width that is not a number', () => {
    expect(resolveExportSize({ kind: 'print', widthMm: NaN }, 900).pixelWidth).toBe(2126);
  });
});
