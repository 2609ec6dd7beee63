import { Status } from './status';
import type { MapModel } from './mapModel';

/** Opens on the first day that shows the most regions with a figure observed or carried. */
export function defaultDate(model: MapModel, metric: string, maxAgeDays: number): string {
  const tl = model.timeline(metric, { interpolate: false, maxAgeDays });
  const n = tl.regions.length;
  let best = tl.dates.length - 1;
  let bestCount = -1;
  for (const d of tl.metricObservationDays) {
    let count = 0;
    for (let r = 0; r < n; r++) {
      const st = tl.status[d * n + r] ?? 0;
      if (st === Status.Observed || st === Status.Carried) count++;
    }
    if (count > bestCount) {
      bestCount = count;
      best = d;
    }
  }
  return tl.dates[best] ?? '';
}
