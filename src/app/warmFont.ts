import type { BoundaryCollection } from '../core/mapModel';
import { loadMapFont } from '../render/mapFont';

/**
 * Starts loading the shipped font's files for the regions' names as soon as the boundaries
 * are read, while the figures may still be arriving. The map's labels wait for the font when
 * it opens: on a data folder of every county, loading those files then took 0.75 s.
 */
export function warmFont(boundaries: BoundaryCollection): void {
  const names = boundaries.features.map((f) => f.properties.name).join('');
  // Only a head start: the map loads what its labels need itself, and waits for that.
  loadMapFont([...new Set(names)].join('')).catch(() => {});
}
