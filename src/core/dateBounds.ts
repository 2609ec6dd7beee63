/**
 * The period a dataset may span. Every day of the timeline costs a row in each metric's
 * tables and a texel row on the GPU, so a single typo (9999-12-31) once made a
 * 2.9-million-day timeline. Dates outside the plausible period are refused row by row,
 * and a dataset longer than MAX_TIMELINE_DAYS keeps its latest MAX_TIMELINE_DAYS.
 */
import { editRows } from './editRows';
import { fromDay, toDay } from './dates';
import { issue, type IssueMessage } from './issueMessages';
import type { InputIssue } from './types';

export const EARLIEST_DATE = '2000-01-01';
export const LATEST_DATE = '2100-12-31';
/** About eleven years: the colour texture of any WebGL2 device holds this many rows untiled. */
export const MAX_TIMELINE_DAYS = 4096;

/** Why a valid ISO date is refused, or null when it lies in the plausible period. */
export function dateProblem(iso: string): IssueMessage | null {
  if (iso < EARLIEST_DATE || iso > LATEST_DATE)
    return issue('date-out-of-range', { date: iso, earliest: EARLIEST_DATE, latest: LATEST_DATE });
  return null;
}

/**
 * Keeps the rows within MAX_TIMELINE_DAYS of the latest date (the newest figures are the
 * ones a reader comes for) and names each row left out.
 */
export function limitSpan<T extends { date: string; row: number }>(
  items: T[],
  file: string,
): { kept: T[]; issues: InputIssue[] } {
  let latest = '';
  for (const o of items) if (o.date > latest) latest = o.date;
  if (latest === '') return { kept: [...items], issues: [] };
  const first = fromDay(toDay(latest) - MAX_TIMELINE_DAYS + 1);
  const issues: InputIssue[] = [];
  const kept = editRows(items, (o) => {
    if (o.date >= first) return o;
    issues.push({
      file,
      row: o.row,
      field: 'date',
      ...issue('before-timeline', { date: o.date, first, days: MAX_TIMELINE_DAYS }),
    });
    return null;
  });
  return { kept: kept === items ? items.slice() : kept, issues };
}
