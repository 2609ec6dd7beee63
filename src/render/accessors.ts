import type { Position } from '@deck.gl/core';
import type { PolygonPart, RingPath } from '../core/polygonParts';

// Accessors defined once: deck.gl compares them by identity, so one function for the map's
// life never makes it recompute an attribute.
export const getPolygon = (p: PolygonPart) => p.polygon as Position[][];
export const getTimelineRow = (p: PolygonPart) => p.row;
export const getRingPath = (p: RingPath) => p.path as Position[];
export const getLine = (line: unknown) => line as Position[];
