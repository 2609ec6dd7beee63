import { describe, expect, it } from 'vitest';
import { FIT_MAX_ZOOM } from '../../src/core/camera';
import { fitCamera, INSET_TITLE, layoutInsets } from '../../src/core/insetLayout';
import type { Bounds } from '../../src/core/mapModel';
import { mercatorX, mercatorY } from '../../src/core/webMercator';

const four = ['a', 'b', 'c', 'd'].map((key, i) => ({
  key,
  bounds: [110 + i, 25, 111 + i, 26] as Bounds,
}));

const overlaps = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Where a point lands in a box of this size, seen through the camera (MapLibre's maths). */
function screen(cam: { lon: number; lat: number; zoom: number }, w: number, h: number) {
  const scale = 512 * 2 ** cam.zoom;
  return (lon: number, lat: number) => [
    w / 2 + (mercatorX(lon) - mercatorX(cam.lon)) * scale,
    h / 2 + (mercatorY(lat) - mercatorY(cam.lat)) * scale,
  ];
}

describe('layoutInsets', () => {
  for (const [width, height] of [
    [320, 568],
    [375, 700],
    [414, 896],
    [700, 446],
    [1280, 800],
    [568, 320],
  ] as const) {
    it(`keeps every inset on a ${width}×${height} map, apart from the others`, () => {
      const { frames } = layoutInsets(
        four,
        { width, height },
        { top: 0, right: 0, bottom: 20, left: 0 },
      );
      expect(frames).toHaveLength(4);
      for (const [i, f] of frames.entries()) {
        expect(f.frame.x).toBeGreaterThanOrEqual(0);
        expect(f.frame.y).toBeGreaterThanOrEqual(0);
        expect(f.frame.x + f.frame.width).toBeLessThanOrEqual(width);
        expect(f.frame.y + f.frame.height).toBeLessThanOrEqual(height - 20);
        expect(f.frame.width).toBeGreaterThanOrEqual(60);
        for (const g of frames.slice(i + 1)) expect(overlaps(f.frame, g.frame)).toBe(false);
      }
    });
  }

  it('stacks the insets down the left of a wide map and leaves the main panel that room', () => {
    const l = layoutInsets(four, { width: 1000, height: 700 });
    expect(l.side).toBe('left');
    const right = Math.max(...l.frames.map((f) => f.frame.x + f.frame.width));
    expect(l.padding.left).toBeGreaterThanOrEqual(right - 8);
    expect(l.padding.bottom).toBe(0);
  });

  it('lines the insets up along the foot of a tall map, above the attribution', () => {
    const l = layoutInsets(
      four,
      { width: 375, height: 450 },
      { top: 0, right: 0, bottom: 22, left: 0 },
    );
    expect(l.side).toBe('bottom');
    const top = Math.min(...l.frames.map((f) => f.frame.y));
    expect(l.padding.bottom).toBeGreaterThanOrEqual(450 - top);
    expect(new Set(l.frames.map((f) => f.frame.y)).size).toBe(1);
  });

  it('fills a grid of insets a row at a time, in their order', () => {
    const { frames } = layoutInsets(four, { width: 1080, height: 610 });
    const [a, b, c] = frames.map((f) => f.frame);
    expect(b!.y).toBe(a!.y);
    expect(b!.x).toBeGreaterThan(a!.x);
    expect(c!.y).toBeGreaterThan(a!.y);
    expect(c!.x).toBe(a!.x);
  });

  it('lets the insets of a strip of a map take up to half its width, to stay readable', () => {
    const l = layoutInsets(four, { width: 568, height: 112 });
    expect(Math.min(...l.frames.map((f) => f.frame.width))).toBeGreaterThanOrEqual(60);
    expect(l.padding.left).toBeLessThanOrEqual(568 * 0.5 + 8);
  });

  it('takes no more than a third of the map across', () => {
    const l = layoutInsets(four, { width: 1280, height: 800 });
    expect(l.padding.left).toBeLessThanOrEqual(1280 * 0.34 + 8);
  });

  it('draws each inset under its title bar', () => {
    const [f] = layoutInsets(four, { width: 800, height: 600 }).frames;
    expect(f!.view.y).toBe(f!.frame.y + INSET_TITLE);
    expect(f!.view.height).toBe(f!.frame.height - INSET_TITLE);
  });

  it('leaves no room when there is nothing to inset', () => {
    expect(layoutInsets([], { width: 800, height: 600 }).padding).toEqual({
      top: 0,
      right: 0,
      bottom: 0,
      left: 0,
    });
  });
});

describe('fitCamera', () => {
  it('shows the whole area inside the box, touching it on one side', () => {
    const b: Bounds = [124, 45.4, 125.6, 47];
    const cam = fitCamera(b, 150, 120, 6);
    const at = screen(cam, 150, 120);
    const [x0, y0] = at(b[0], b[3]);
    const [x1, y1] = at(b[2], b[1]);
    expect(x0).toBeGreaterThanOrEqual(6 - 1e-6);
    expect(y0).toBeGreaterThanOrEqual(6 - 1e-6);
    expect(x1).toBeLessThanOrEqual(144 + 1e-6);
    expect(y1).toBeLessThanOrEqual(114 + 1e-6);
    expect(Math.min(x0!, y0!, 150 - x1!, 120 - y1!)).toBeCloseTo(6, 6);
  });

  it('never magnifies a point past the inset zoom limit', () => {
    expect(fitCamera([117, 35, 117, 35], 100, 100, 6).zoom).toBe(FIT_MAX_ZOOM);
  });
});
