import { describe, expect, it } from 'vitest';
import {
  canvasLonLat,
  INSET_CANVAS_ZOOM,
  insetCanvasModel,
  insetGround,
  toInsetCanvas,
} from '../../src/core/insetCanvas';
import { insetPoint, type InsetFrame, type InsetLayout } from '../../src/core/insetLayout';
import type { MapModel } from '../../src/core/mapModel';
import { mercatorX, mercatorY, WORLD_PIXELS } from '../../src/core/webMercator';
import { region } from './make';

const size = { width: 900, height: 640 };
const daqing: InsetFrame = {
  key: '230600',
  frame: { x: 8, y: 8, width: 180, height: 180 },
  view: { x: 8, y: 26, width: 180, height: 162 },
  camera: { lon: 124.9, lat: 46.4, zoom: 6.8 },
};
const tengzhou: InsetFrame = {
  key: '370481',
  frame: { x: 196, y: 8, width: 180, height: 180 },
  view: { x: 196, y: 26, width: 180, height: 162 },
  camera: { lon: 117.2, lat: 35.1, zoom: 9 },
};
const layout: InsetLayout = {
  frames: [daqing, tengzhou],
  padding: { top: 0, right: 0, bottom: 0, left: 376 },
  side: 'left',
  size,
};

/** Where the shared camera (0°, 0° at INSET_CANVAS_ZOOM, over the whole map) draws a place. */
function sharedPixel(lon: number, lat: number): [number, number] {
  const scale = WORLD_PIXELS * 2 ** INSET_CANVAS_ZOOM;
  return [
    size.width / 2 + (mercatorX(lon) - 0.5) * scale,
    size.height / 2 + (mercatorY(lat) - 0.5) * scale,
  ];
}

describe('toInsetCanvas', () => {
  it("puts an inset camera's centre at the centre of the inset's box", () => {
    const [lon, lat] = toInsetCanvas(daqing, size, daqing.camera.lon, daqing.camera.lat);
    const [x, y] = sharedPixel(lon, lat);
    expect(x).toBeCloseTo(daqing.view.x + daqing.view.width / 2, 6);
    expect(y).toBeCloseTo(daqing.view.y + daqing.view.height / 2, 6);
  });

  it('gives every place the pixel its own inset gives it, at its own scale', () => {
    for (const frame of [daqing, tengzhou]) {
      for (const [dLon, dLat] of [
        [0.1, 0.05],
        [-0.3, 0.2],
        [0.02, -0.4],
      ]) {
        const lon = frame.camera.lon + dLon!;
        const lat = frame.camera.lat + dLat!;
        const [x, y] = sharedPixel(...toInsetCanvas(frame, size, lon, lat));
        const [ix, iy] = insetPoint(frame, lon, lat);
        expect(x).toBeCloseTo(ix, 6);
        expect(y).toBeCloseTo(iy, 6);
      }
    }
  });
});

describe('canvasLonLat', () => {
  it('keeps the whole of a large map within a few degrees of 0°, 0°', () => {
    const big = { width: 4000, height: 3000 };
    const [w, n] = canvasLonLat(big, [0, 0]);
    const [e, s] = canvasLonLat(big, [big.width, big.height]);
    expect(Math.max(Math.abs(w), Math.abs(e), Math.abs(n), Math.abs(s))).toBeLessThan(6);
  });
});

describe('insetCanvasModel', () => {
  const ring = (lon: number, lat: number) => [
    [lon - 0.1, lat - 0.1],
    [lon + 0.1, lat - 0.1],
    [lon + 0.1, lat + 0.1],
    [lon - 0.1, lat - 0.1],
  ];
  const model = {
    polygons: [
      { row: 0, polygon: [ring(106.7, 26.6)] },
      { row: 1, polygon: [ring(124.9, 46.4)] },
      { row: 2, polygon: [ring(117.2, 35.1)] },
    ],
    rows: [
      region('520100', '贵阳市', { lon: 106.7, lat: 26.6 }),
      region('230600', '大庆市', { lon: 124.9, lat: 46.4 }),
      region('370481', '滕州市', { lon: 117.2, lat: 35.1 }),
    ],
  } as unknown as MapModel;
  const frameOfRow = (row: number) => [null, daqing, tengzhou][row] ?? null;

  it("keeps only the insets' polygons, each moved into its own inset", () => {
    const moved = insetCanvasModel(model, layout, frameOfRow);
    expect(moved.polygons.map((p) => p.row)).toEqual([1, 2]);
    const first = (moved.polygons[0]!.polygon as number[][][])[0]![0]!;
    const [x, y] = sharedPixel(first[0]!, first[1]!);
    const [ix, iy] = insetPoint(daqing, 124.8, 46.3);
    expect(x).toBeCloseTo(ix, 6);
    expect(y).toBeCloseTo(iy, 6);
  });

  it("moves the insets' seats and leaves the main panel's rows where they are", () => {
    const moved = insetCanvasModel(model, layout, frameOfRow);
    expect(moved.rows[0]).toBe(model.rows[0]);
    const [x, y] = sharedPixel(moved.rows[2]!.lon, moved.rows[2]!.lat);
    expect(x).toBeCloseTo(tengzhou.view.x + tengzhou.view.width / 2, 6);
    expect(y).toBeCloseTo(tengzhou.view.y + tengzhou.view.height / 2, 6);
    // The main panel's places lie far outside the shared camera's few degrees.
    const [gx] = sharedPixel(moved.rows[0]!.lon, moved.rows[0]!.lat);
    expect(gx).toBeGreaterThan(size.width * 10);
  });

  it('leaves the model it was given as it was', () => {
    insetCanvasModel(model, layout, frameOfRow);
    expect(model.rows[1]!.lon).toBe(124.9);
    expect((model.polygons[1]!.polygon as number[][][])[0]).toEqual(ring(124.9, 46.4));
  });
});

describe('insetGround', () => {
  it("covers each inset's map box, under its title bar", () => {
    const ground = insetGround(layout);
    expect(ground).toHaveLength(2);
    const corners = ground[1]!.map(([lon, lat]) => sharedPixel(lon, lat));
    const xs = corners.map((c) => c[0]);
    const ys = corners.map((c) => c[1]);
    expect(Math.min(...xs)).toBeCloseTo(tengzhou.view.x, 6);
    expect(Math.max(...xs)).toBeCloseTo(tengzhou.view.x + tengzhou.view.width, 6);
    expect(Math.min(...ys)).toBeCloseTo(tengzhou.view.y, 6);
    expect(Math.max(...ys)).toBeCloseTo(tengzhou.view.y + tengzhou.view.height, 6);
  });
});
