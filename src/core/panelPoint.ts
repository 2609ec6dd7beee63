import type { Camera } from './camera';
import type { Rect } from './insetLayout';
import { WORLD_PIXELS, latitudeAt, mercatorX, mercatorY } from './webMercator';

/** A panel of the map: where it is drawn, in CSS pixels from the map's corner, and its camera. */
export interface Panel {
  view: Rect;
  camera: Camera;
}

type Point = [number, number];

/** Where a longitude and latitude are drawn in a panel, in CSS pixels from the map's corner. */
export function panelPoint({ view, camera }: Panel, lon: number, lat: number): Point {
  const scale = WORLD_PIXELS * 2 ** camera.zoom;
  return [
    view.x + view.width / 2 + (mercatorX(lon) - mercatorX(camera.lon)) * scale,
    view.y + view.height / 2 + (mercatorY(lat) - mercatorY(camera.lat)) * scale,
  ];
}

/** The longitude and latitude drawn at a point of a panel: `panelPoint` undone. */
export function panelLocation({ view, camera }: Panel, x: number, y: number): Point {
  const scale = WORLD_PIXELS * 2 ** camera.zoom;
  const mx = mercatorX(camera.lon) + (x - view.x - view.width / 2) / scale;
  const my = mercatorY(camera.lat) + (y - view.y - view.height / 2) / scale;
  return [(mx - 0.5) * 360, latitudeAt(my)];
}
