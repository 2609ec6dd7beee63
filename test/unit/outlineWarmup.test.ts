import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { warmOutlines } from '../../src/app/warmOutlines';
import { fitMargin } from '../../src/core/camera';
import { fitCamera } from '../../src/core/insetLayout';
import { lineLevel, linesAtZoom, type Line } from '../../src/core/linesAtZoom';
import { lineSimplifier, type LineSimplifier } from '../../src/core/lineSimplifier';
import type { BoundaryCollection, BoundaryFeature } from '../../src/core/mapModel';
import { outlineWarmup } from '../../src/core/outlineWarmup';
import { polygonParts } from '../../src/core/polygonParts';
import { polygonsAtZoom } from '../../src/core/polygonsAtZoom';
import { simplifyLine } from '../../src/core/simplifyLine';

/** A closed ring around (lon, lat) with detail far finer than a pixel at a province's zoom. */
function wobblyRing(lon: number, lat: number, radius: number, n: number): number[][] {
  const ring = Array.from({ length: n }, (_, i) => {
    const a = (i / n) * 2 * Math.PI;
    const r = radius + 0.0005 * Math.sin(i * 2.1);
    return [lon + r * Math.cos(a), lat + r * Math.sin(a)];
  });
  ring.push(ring[0]!);
  return ring;
}

function feature(code: string, rings: number[][][]): BoundaryFeature {
  return {
    type: 'Feature',
    geometry: { type: 'Polygon', coordinates: rings },
    properties: { code, name: code, lon: 0, lat: 0 },
  };
}

const boundaries = (): BoundaryCollection => {
  const a = wobblyRing(106, 26, 1, 800);
  const b = wobblyRing(109, 27, 1.5, 1200);
  return {
    type: 'FeatureCollection',
    features: [feature('A', [a]), feature('B', [b, wobblyRing(109, 27, 0.3, 300)])],
    borders: [a.slice(0, 400), b.slice(0, 600)],
  };
};

/** A simplifier that counts the lines it had to simplify, not the ones it remembered. */
function counting(): { simplify: LineSimplifier; made: () => number } {
  let made = 0;
  const remembered = lineSimplifier();
  const seen = new Map<number, WeakSet<Line>>();
  return {
    simplify: (line, tolerance) => {
      const known = seen.get(tolerance) ?? new WeakSet<Line>();
      seen.set(tolerance, known);
      if (!known.has(line)) made++;
      known.add(line);
      return remembered(line, tolerance);
    },
    made: () => made,
  };
}

describe('lineSimplifier', () => {
  const line = wobblyRing(106, 26, 1, 500);

  it('answers as simplifyLine does, at each tolerance', () => {
    const simplify = lineSimplifier();
    for (const tolerance of [1e-3, 1e-5]) {
      expect(simplify(line, tolerance)).toEqual(simplifyLine(line, tolerance));
    }
  });

  it('simplifies a line once per tolerance: the same array comes back after', () => {
    const simplify = lineSimplifier();
    const first = simplify(line, 1e-4);
    expect(first).not.toBe(line);
    expect(simplify(line, 1e-4)).toBe(first);
    expect(simplify(line, 1e-6)).not.toBe(first);
  });
});

describe('the layers’ detail', () => {
  it('is simplified through the simplifier the model gives', () => {
    const b = boundaries();
    const { simplify, made } = counting();
    polygonsAtZoom(polygonParts(b.features), simplify)(4);
    expect(made()).toBe(3);
    linesAtZoom(b.borders as Line[], simplify)(4);
    expect(made()).toBe(5);
  });
});

describe('outlineWarmup', () => {
  const width = 1000;
  const height = 700;

  it('gives every ring of every region and every border line', () => {
    const b = boundaries();
    const work = outlineWarmup(b, width, height)!;
    expect(work.lines).toHaveLength(3 + 2);
    for (const f of b.features) {
      for (const ring of f.geometry.coordinates as Line[]) expect(work.lines).toContain(ring);
    }
    for (const border of b.borders as Line[]) expect(work.lines).toContain(border);
  });

  it("leaves the map nothing to simplify on its first frame, at the page's size or in what the side column and bars leave", () => {
    const b = boundaries();
    const { simplify, made } = counting();
    const work = outlineWarmup(b, width, height)!;
    for (const tolerance of work.tolerances)
      for (const line of work.lines) simplify(line, tolerance);
    const warmed = made();
    expect(warmed).toBe(work.lines.length * work.tolerances.length);
    // The zoom the map opens at when it frames every region in a map of each size: the whole
    // page, and the map of a desktop page (the side column beside it, the bars over and under it).
    const zoomIn = (w: number, h: number) =>
      fitCamera([105, 25, 110.5, 28.5], w, h, fitMargin(w, h)).zoom;
    const zooms = [zoomIn(width, height), zoomIn(800, 421)];
    // The two open at different levels of detail: one level warmed would leave the other's work.
    expect(lineLevel(zooms[0]!)).not.toBe(lineLevel(zooms[1]!));
    for (const zoom of zooms) {
      polygonsAtZoom(polygonParts(b.features), simplify)(zoom);
      linesAtZoom(b.borders as Line[], simplify)(zoom);
    }
    expect(made()).toBe(warmed);
    // A zoom closer in is simplified when it is asked for.
    linesAtZoom(b.borders as Line[], simplify)(zooms[0]! + 2);
    expect(made()).toBeGreaterThan(warmed);
  });

  it('is null for boundaries with no polygon, and never throws on a feature without geometry', () => {
    const empty = { type: 'FeatureCollection', features: [] } as BoundaryCollection;
    expect(outlineWarmup(empty, width, height)).toBeNull();
    const broken = {
      type: 'FeatureCollection',
      features: [{ ...feature('A', []), geometry: null }],
    } as unknown as BoundaryCollection;
    expect(outlineWarmup(broken, width, height)).toBeNull();
  });
});

describe('warmOutlines', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const work = (tolerances = [1e-4]) => ({
    lines: outlineWarmup(boundaries(), 1000, 700)!.lines,
    tolerances,
  });

  it('simplifies every line at each tolerance, none before the page’s current task has ended', () => {
    const { simplify, made } = counting();
    const w = work([1e-4, 2e-4]);
    warmOutlines(w, simplify, new AbortController().signal);
    expect(made()).toBe(0);
    vi.runAllTimers();
    expect(made()).toBe(2 * w.lines.length);
  });

  it('stops once its signal aborts: the map does what is left itself', () => {
    const { simplify, made } = counting();
    const stop = new AbortController();
    warmOutlines(work(), simplify, stop.signal);
    stop.abort();
    vi.runAllTimers();
    expect(made()).toBe(0);
  });
});
