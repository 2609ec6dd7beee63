import { describe, expect, it } from 'vitest';
import type { FilterContext } from '@deck.gl/core';
import {
  drawsIn,
  INSET_REGIONS_ID,
  INSETS_VIEW_ID,
  insetsView,
  MAIN_VIEW_ID,
  mainView,
  mainZoom,
} from '../../src/render/insetViews';
import type { InsetFrame } from '../../src/core/insetLayout';
import { INSET_CANVAS_ZOOM } from '../../src/core/insetCanvas';

const at = (layer: string, view: string) =>
  ({ layer: { id: layer }, viewport: { id: view } }) as unknown as FilterContext;

describe('drawsIn', () => {
  it('draws the provinces and every region in the main panel only', () => {
    for (const id of ['basemap-land', 'basemap-borders', 'regions-choropleth', 'regions-labels']) {
      expect(drawsIn(at(id, MAIN_VIEW_ID))).toBe(true);
      expect(drawsIn(at(id, INSETS_VIEW_ID))).toBe(false);
    }
  });

  it('draws the insets’ own regions in the insets only', () => {
    for (const sub of ['choropleth', 'outline', 'labels', 'points']) {
      const id = `${INSET_REGIONS_ID}-${sub}`;
      expect(drawsIn(at(id, INSETS_VIEW_ID))).toBe(true);
      expect(drawsIn(at(id, MAIN_VIEW_ID))).toBe(false);
    }
  });
});

describe('mainView', () => {
  it('is unchanged by the near plane deck.gl sets on it while drawing in MapLibre’s frame', () => {
    // deck.gl's MapLibre overlay writes `nearZMultiplier = 0.2` onto the view it draws with;
    // a view without it would differ from the next one made, and deck.gl would redraw.
    const drawn = mainView();
    (drawn.props as { nearZMultiplier?: number }).nearZMultiplier = 0.2;
    expect(mainView().equals(drawn)).toBe(true);
    expect(drawn.id).toBe(MAIN_VIEW_ID);
  });
});

describe('insetsView', () => {
  const frame: InsetFrame = {
    key: '230000',
    frame: { x: 8, y: 8, width: 120, height: 120 },
    view: { x: 8, y: 26, width: 120, height: 102 },
    camera: { lon: 125, lat: 46.3, zoom: 6.5 },
  };

  it('is one view over the whole map, from the shared camera, clearing depth but no colour', () => {
    const view = insetsView({ size: { width: 900, height: 640 }, frames: [frame, frame] });
    expect(view!.id).toBe(INSETS_VIEW_ID);
    expect(view!.props).toMatchObject({
      x: 0,
      y: 0,
      width: 900,
      height: 640,
      viewState: { longitude: 0, latitude: 0, zoom: INSET_CANVAS_ZOOM },
    });
    // Its colour cleared, the main panel drawn before it would be wiped; its depth kept, the
    // main panel's would hide the insets.
    expect(view!.props).toMatchObject({ clear: true, clearColor: false });
    expect(view!.props.clearDepth).toBeUndefined();
  });

  it('is not made without insets', () => {
    expect(insetsView({ size: { width: 900, height: 640 }, frames: [] })).toBeNull();
  });
});

describe('mainZoom', () => {
  it('simplifies borders for the main panel whichever view is being drawn', () => {
    const deck = {
      getViewports: () => [
        { id: MAIN_VIEW_ID, zoom: 5 },
        { id: 'inset-x', zoom: 8 },
      ],
    };
    expect(mainZoom({ viewport: { zoom: 8 }, deck })).toBe(5);
    expect(mainZoom({ viewport: { zoom: 8 }, deck: null })).toBe(8);
  });
});
