import type { Timeline } from './timeline';
import { Status } from './status';

import type { RGB } from './rgb';
export type { RGB };
import type { RGBA } from './rgb';
export type { RGBA };

/** Rows × days RGBA bytes: row r on day d starts at byte 4 * (d * width + r). */
export interface ColorTable {
  data: Uint8Array;
  width: number;
  height: number;
}

export interface ColorTableStyle {
  color: (value: number) => RGB;
  noData: RGBA;
  /** Opacity (0–255) per timeline status: None, Observed, Carried, Interpolated, Stale, Uncertain. */
  alphaByStatus: readonly number[];
}

/**
 * Lays out every region's colour for every day once, when the metric or the scale changes,
 * so that moving the timeline only selects a row of this table and never recomputes colours.
 */
export function buildColorTable(timeline: Timeline, style: ColorTableStyle): ColorTable {
  const width = Math.max(1, timeline.regions.length);
  const height = Math.max(1, timeline.dates.length);
  const data = new Uint8Array(width * height * 4);
  const cells = timeline.regions.length * timeline.dates.length;
  for (let i = 0; i < cells; i++) {
    const status = timeline.status[i] ?? 0;
    const value = timeline.values[i] ?? NaN;
    const o = i * 4;
    // A figure past the maximum age is not shown: the region looks like one without data.
    if (status === Status.None || status === Status.Stale || Number.isNaN(value)) {
      data[o] = style.noData[0];
      data[o + 1] = style.noData[1];
      data[o + 2] = style.noData[2];
      data[o + 3] = style.noData[3];
      continue;
    }
    const [r, g, b] = style.color(value);
    data[o] = r;
    data[o + 1] = g;
    data[o + 2] = b;
    data[o + 3] = style.alphaByStatus[status] ?? 0;
  }
  return { data, width, height };
}

/**
 * A table that is `color` where the timeline has `status` (one or several) and transparent
 * elsewhere (the patterns over interpolated, uncertain and empty regions), or null when no cell has that status, so a layer that
 * would draw nothing is never made.
 */
export function buildStatusTable(
  timeline: Timeline,
  status: number | readonly number[],
  color: RGBA,
): ColorTable | null {
  const width = Math.max(1, timeline.regions.length);
  const height = Math.max(1, timeline.dates.length);
  const cells = timeline.regions.length * timeline.dates.length;
  const wanted = new Uint8Array(256);
  for (const s of typeof status === 'number' ? [status] : status) wanted[s] = 1;
  let data: Uint8Array | null = null;
  for (let i = 0; i < cells; i++) {
    if (!wanted[timeline.status[i] ?? 0]) continue;
    data ??= new Uint8Array(width * height * 4);
    data.set(color, i * 4);
  }
  return data ? { data, width, height } : null;
}

/** The colour of one cell, read back from the table (for labels, tests and exports). */
export function colorAt(table: ColorTable, day: number, row: number): RGBA {
  const o = 4 * (day * table.width + row);
  const d = table.data;
  return [d[o] ?? 0, d[o + 1] ?? 0, d[o + 2] ?? 0, d[o + 3] ?? 0];
}

/**
 * Which days (rows) of a table colour any region: a pattern that shows nowhere on a day need
 * not be drawn that day.
 */
export function daysShown(table: ColorTable): Uint8Array {
  const shown = new Uint8Array(table.height);
  const rowBytes = table.width * 4;
  for (let y = 0; y < table.height; y++) {
    for (let a = y * rowBytes + 3; a < (y + 1) * rowBytes; a += 4) {
      if (table.data[a]! > 0) {
        shown[y] = 1;
        break;
      }
    }
  }
  return shown;
}
