import { describe, it, expect } from 'vitest';
import { placeLabels, type LabelBox } from '../../src/core/placeLabels';

const box = (id: number, x: number, y: number, priority = 0): LabelBox => ({
  id,
  x,
  y,
  width: 40,
  height: 20,
  priority,
});
const VIEW = { width: 500, height: 400 };

describe('placeLabels', () => {
  it('keeps labels that do not touch', () => {
    expect(placeLabels([box(0, 50, 50), box(1, 200, 50), box(2, 50, 200)], VIEW)).toEqual([
      0, 1, 2,
    ]);
  });

  it('of two overlapping labels keeps the one of higher priority', () => {
    expect(placeLabels([box(0, 50, 50, 1), box(1, 60, 55, 5)], VIEW)).toEqual([1]);
  });

  it('breaks ties by the lower id, so the result is stable', () => {
    expect(placeLabels([box(3, 50, 50), box(1, 60, 55)], VIEW)).toEqual([1]);
  });

  it('drops labels whose box lies wholly outside the viewport', () => {
    expect(placeLabels([box(0, -100, 50), box(1, 100, 900)], VIEW)).toEqual([]);
  });

  it('finds overlaps across grid cells', () => {
    expect(placeLabels([box(0, 62, 62, 2), box(1, 70, 70, 1)], VIEW)).toEqual([0]);
  });

  it('places thousands of labels without comparing every pair', () => {
    const many = Array.from({ length: 3000 }, (_, i) => box(i, (i * 37) % 500, (i * 53) % 400));
    const kept = placeLabels(many, VIEW);
    expect(kept.length).toBeGreaterThan(20);
    expect(kept.length).toBeLessThan(3000);
  });

  it('drops a label cut by the edge of a panel that must contain its labels', () => {
    const boxes = [box(0, 5, 50), box(1, 50, 50), box(2, 50, 395)];
    expect(placeLabels(boxes, { ...VIEW, contain: true })).toEqual([1]);
    expect(placeLabels(boxes, VIEW)).toEqual([0, 1, 2]);
  });
});
