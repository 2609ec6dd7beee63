/**
 * What a figure of each kind can plausibly be. A share (复工率 of firms, 返岗率 of workers)
 * lies between 0 and 100; a rate against a plan or a year before may pass 100 (plan
 * completion 145.8%) or fall below 0 (growth −3%), but not past −100% nor by orders of
 * magnitude; a count or an amount is never negative. A value outside its bounds is a typo or
 * an attack, and drawing it would stretch the colour scale until every real figure looks
 * alike, so it is refused with a message instead.
 */
import { issue, type IssueMessage, type ValueKindWord } from './issueMessages';
import type { Metric } from './types';

export interface ValueRange {
  min: number;
  max: number;
}

/** Shares that colour the polygons: part of a whole. */
export const SHARE_RANGE: ValueRange = { min: 0, max: 100 };
/** Other rates (against a plan, year on year). */
export const OTHER_RATE_RANGE: ValueRange = { min: -100, max: 1000 };
/** Counts and amounts: more than a billion workers, firms or 亿元 is not a figure of this map. */
export const QUANTITY_RANGE: ValueRange = { min: 0, max: 1e9 };

export function valueRange(metric: Pick<Metric, 'kind' | 'layer'>): ValueRange {
  if (metric.kind === 'rate') return metric.layer === 'choropleth' ? SHARE_RANGE : OTHER_RATE_RANGE;
  return QUANTITY_RANGE;
}

/** Why `value` cannot be a figure of `metric`, or null when it can. */
export function valueProblem(
  metric: Pick<Metric, 'id' | 'kind' | 'layer'>,
  value: number,
): IssueMessage | null {
  if (!Number.isFinite(value)) return issue('value-not-finite', { value });
  const { min, max } = valueRange(metric);
  if (value >= min && value <= max) return null;
  const kind: ValueKindWord =
    metric.kind === 'rate' ? (metric.layer === 'choropleth' ? 'share' : 'rate') : metric.kind;
  return issue('value-out-of-range', { value, min, max, kind, metric: metric.id });
}
