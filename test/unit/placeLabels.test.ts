import { describe, it, expect } from 'vitest';
import {
  besideOffsets,
  placeLabels,
  type LabelBox,
  type PlacedLabel,
} from '../../src/core/placeLabels';

const box = (id: number, x: number, y: number, priority = 0): LabelBox => ({
  id,
  x,
  y,
  width: 40,
  height: 20,
  priority,
});
const VIEW = { width: 500, height: 400 };
const ids = (placed: PlacedLabel[]) => placed.map((p) => p.id);
const beside = (b: LabelBox): LabelBox => ({
  ...b,
  alternatives: besideOffsets(b.width, b.height),
});

describe('placeLabels', () => {
  it('keeps labels that do not touch', () => {
    const placed = placeLabels([box(0, 50, 50), box(1, 200, 50), box(2, 50, 200)], VIEW);
    expect(ids(placed)).toEqual([0, 1, 2]);
    expect(placed.every((p) => p.offset[0] === 0 && p.offset[1] === 0)).toBe(true);
  });

  it('of two overlapping labels keeps the one of higher priority', () => {
    expect(ids(placeLabels([box(0, 50, 50, 1), box(1, 60, 55, 5)], VIEW))).toEqual([1]);
  });

  it('breaks ties by the lower id, so the result is stable', () => {
    expect(ids(placeLabels([box(3, 50, 50), box(1, 60, 55)], VIEW))).toEqual([1]);
  });

  it('drops labels whose box lies wholly outside the viewport', () => {
    expect(ids(placeLabels([box(0, -100, 50), box(1, 100, 900)], VIEW))).toEqual([]);
  });

  it('drops a label whose point lies off the panel, even where its box reaches in', () => {
    // Centred 10 px past the right edge, the label would show its first 10 px: another word.
    expect(placeLabels([box(0, 510, 50), beside(box(1, 502, 80))], VIEW)).toEqual([]);
    expect(ids(placeLabels([box(0, 498, 50)], VIEW))).toEqual([0]);
  });

  it('finds overlaps across grid cells', () => {
    expect(ids(placeLabels([box(0, 62, 62, 2), box(1, 70, 70, 1)], VIEW))).toEqual([0]);
  });

  it('places thousands of labels without comparing every pair', () => {
    const many = Array.from({ length: 3000 }, (_, i) => box(i, (i * 37) % 500, (i * 53) % 400));
    const kept = ids(placeLabels(many, VIEW));
    expect(kept.length).toBeGreaterThan(20);
    expect(kept.length).toBeLessThan(3000);
  });

  it('drops a label cut by the edge of a panel that must contain its labels', () => {
    const boxes = [box(0, 5, 50), box(1, 50, 50), box(2, 50, 395)];
    expect(ids(placeLabels(boxes, { ...VIEW, contain: true }))).toEqual([1]);
    expect(ids(placeLabels(boxes, VIEW))).toEqual([0, 1, 2]);
  });

  it('moves a crowded label beside its point rather than drop it', () => {
    // 0 spans x 20–60; 1's point is at 65, so centred (45–85) they overlap, and right of it
    // (67–107) they do not.
    const placed = placeLabels([box(0, 40, 50, 2), beside(box(1, 65, 50, 1))], VIEW);
    expect(placed).toEqual([
      { id: 0, offset: [0, 0] },
      { id: 1, offset: [22, 0] },
    ]);
  });

  it('tries right, left, above and below of the point, in that order', () => {
    // A thin box across the point blocks it, right and left; above and below are both free.
    const across: LabelBox = { id: 10, x: 50, y: 50, width: 100, height: 4, priority: 9 };
    expect(placeLabels([across, beside(box(1, 50, 50))], VIEW).at(0)).toEqual({
      id: 1,
      offset: [0, -12],
    });
    // Just below the point: it blocks the label centred, right, left and below, not above.
    const under = box(10, 50, 62, 9);
    expect(placeLabels([under, beside(box(1, 50, 50))], VIEW).at(0)).toEqual({
      id: 1,
      offset: [0, -12],
    });
    // Just above: then below is the one place left.
    const over = box(10, 50, 38, 9);
    expect(placeLabels([over, beside(box(1, 50, 50))], VIEW).at(0)).toEqual({
      id: 1,
      offset: [0, 12],
    });
  });

  it('drops a label with no room at its point or beside it', () => {
    const same = box(10, 50, 50, 9);
    expect(ids(placeLabels([same, beside(box(1, 50, 50))], VIEW))).toEqual([10]);
  });

  it('moves a label beside its point only where it lies wholly inside the panel', () => {
    // Centred, 1 overlaps 0; right of its point it would be cut by the panel's edge.
    const boxes = [box(0, 450, 50, 2), beside(box(1, 468, 50, 1))];
    expect(placeLabels(boxes, { ...VIEW, contain: true })).toEqual([{ id: 0, offset: [0, 0] }]);
    expect(placeLabels(boxes, VIEW)).toEqual([{ id: 0, offset: [0, 0] }]);
  });

  it('moves a label cut by the edge inside where it can, and else keeps it centred and cut', () => {
    // Centred at 485, the box (465–505) is cut by the right edge; left of the point it is not.
    expect(placeLabels([beside(box(1, 485, 50))], VIEW)).toEqual([{ id: 1, offset: [-22, 0] }]);
    // Without other places, the main panel keeps it as it was; an inset drops it.
    expect(placeLabels([box(1, 485, 50)], VIEW)).toEqual([{ id: 1, offset: [0, 0] }]);
    expect(placeLabels([box(1, 485, 50)], { ...VIEW, contain: true })).toEqual([]);
  });
});
