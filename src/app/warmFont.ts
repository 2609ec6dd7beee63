import type { BoundaryCollection } from '../core/mapModel';
import { loadMapFont } from '../render/mapFont';

/**
 * Starts loading the shipped font's files for the regions' names as soon as the boundaries
 * are read, while the figures may still be arriving. The map's labels wait for the font when
 * it opens: on a data folder of every county, loading those files then took 0.75 s. Resolves
 * with the characters whose files loaded, or null where they did not.
 */
export function warmFont(boundaries: BoundaryCollection): Promise<string | null> {
  const names = boundaries.features.map((f) => f.properties.name).join('');
  const characters = [...new Set(names)].join('');
  // Only a head start: the map loads what its labels need itself, and waits for that.
  return loadMapFont(characters).then(
    () => characters,
    () => null,
  );
}
