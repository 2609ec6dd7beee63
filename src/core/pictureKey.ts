/**
 * What one frame of the map shows, as a flat list compared item by item: the things it is drawn
 * from (compared by identity) and the day reduced to what shows it. The fill, its patterns and
 * the labels' figures follow the fill's run of days (core/dayRuns.ts), the circles the points'
 * run; only something that shows its age (an event's ring fades day by day) needs the day
 * itself. Two frames with equal keys draw the same picture, so the second need not be drawn.
 */
export function pictureKey(
  parts: readonly unknown[],
  day: number,
  runs: { fill: Int32Array; points: Int32Array | null },
  dated: boolean,
): unknown[] {
  const fill = runs.fill[day] ?? day;
  const points = runs.points ? (runs.points[day] ?? day) : -1;
  return [...parts, fill, points, dated ? day : -1];
}

/** Whether two keys (pictureKey) draw the same picture; nothing equals a missing key. */
export function samePicture(a: readonly unknown[] | null, b: readonly unknown[] | null): boolean {
  if (!a || !b || a.length !== b.length) return false;
  return a.every((item, i) => Object.is(item, b[i]));
}
