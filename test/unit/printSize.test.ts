import { describe, it, expect } from 'vitest';
import {
  MAX_EXPORT_SIDE,
  mmToPx,
  pxToMm,
  resolveExportSize,
  symbolScaleFor,
} from '../../src/core/printSize';

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

describe('symbols on an exported page', () => {
  it('are drawn at screen size when the page shows the map at its screen width', () => {
    expect(symbolScaleFor(900, 900)).toBe(1);
  });

  it('keep a map circle as large as the legend circle for the same value, at 300 dpi', () => {
    const screenMap = 1000;
    const r = resolveExportSize({ kind: 'print', widthMm: 120 }, 1200);
    // The page's map box, here its whole width: the legend goes under a narrow page.
    const pageMap = r.layoutWidth;
    const mapRatio = (pageMap * r.pixelScale) / screenMap;
    const scale = symbolScaleFor(screenMap, pageMap);
    const radius = 12;
    // On the page, a map circle is drawn at the raster's ratio times the symbol scale; the
    // legend draws the same radius at the page's pixel scale.
    expect(radius * mapRatio * scale).toBeCloseTo(radius * r.pixelScale, 9);
    // So a 13 px label is 13 px of page, as large as the page's own 13 px text.
    expect(13 * mapRatio * scale).toBeCloseTo(13 * r.pixelScale, 9);
    expect(scale).toBeGreaterThan(2);
  });
});
