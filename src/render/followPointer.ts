import type { Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl';

/**
 * The pointer over the map and its clicks, in CSS pixels from the map's corner. MapLibre's
 * click, not deck.gl's: deck.gl counts a press as a click only if it is let go within a
 * quarter of a second, so a slow or unsteady press selected nothing. MapLibre's click has no
 * time limit and, like deck.gl's, is not a click once the pointer has dragged.
 */
export function followPointer(
  map: MapLibreMap,
  on: {
    onPointer(at: [number, number] | null): void;
    onClick(x: number, y: number): void;
  },
): () => void {
  const move = (e: MapMouseEvent) => on.onPointer([e.point.x, e.point.y]);
  const out = () => on.onPointer(null);
  const click = (e: MapMouseEvent) => on.onClick(e.point.x, e.point.y);
  map.on('mousemove', move);
  map.on('mouseout', out);
  map.on('click', click);
  return () => {
    map.off('mousemove', move);
    map.off('mouseout', out);
    map.off('click', click);
  };
}
