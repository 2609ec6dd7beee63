import type { Position } from '@deck.gl/core';
import type { MapModel } from '../core/mapModel';
import type { RingPath } from '../core/polygonParts';

// Accessors defined once: deck.gl compares them by identity, so one function for the map's
// life never makes it recompute an attribute.
export const getRingPath = (p: RingPath) => p.path as Position[];
export const getLine = (line: unknown) => line as Position[];

/** A row's label point: where its circle, location mark, label and events sit. */
export const rowPosition =
  (model: MapModel) =>
  (row: number): [number, number] => [model.rows[row]?.lon ?? 0, model.rows[row]?.lat ?? 0];
