import { describe, expect, it } from 'vitest';
import { compactLayout } from '../../src/core/compactLayout';

describe('compactLayout', () => {
  it('folds the controls on a phone in portrait, at 320, 375 and 414 px', () => {
    for (const [w, h] of [
      [320, 568],
      [375, 700],
      [414, 896],
    ] as const)
      expect(compactLayout(w, h)).toEqual({ compact: true, short: false });
  });
  it('folds them on a phone in landscape and keeps the timeline on one row', () => {
    for (const [w, h] of [
      [568, 320],
      [700, 375],
      [812, 375],
    ] as const)
      expect(compactLayout(w, h)).toEqual({ compact: true, short: true });
  });
  it('keeps the full layout on a desktop, however short a wide window is', () => {
    expect(compactLayout(1280, 800)).toEqual({ compact: false, short: false });
    expect(compactLayout(1280, 400)).toEqual({ compact: false, short: false });
    expect(compactLayout(800, 700)).toEqual({ compact: false, short: false });
  });
});
