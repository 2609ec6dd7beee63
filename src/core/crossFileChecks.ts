/**
 * The checks of one file's rows against the other files: a region's parent, an event's region
 * and source, an observation's region, metric, unit, universe, source and value.
 */
import { checkObservation } from './checkObservation';
import { editRows } from './editRows';
import { issue } from './issueMessages';
import type { DataFile } from './parseDataset';
import type { Kept } from './firstOfEach';
import { valueProblem } from './valueBounds';
import type { Event, InputIssue, Observation, Region } from './types';

/** A region whose parent is not in the file is reported; it stays, as no value rests on it. */
export function parentIssues(
  regionRows: Kept<Region>,
  regionCodes: Set<string>,
  name: Record<DataFile, string>,
): InputIssue[] {
  const problems: InputIssue[] = [];
  regionRows.rows.forEach((r, i) => {
    if (r.parent === '' || regionCodes.has(r.parent)) return;
    problems.push({
      file: name.regions,
      row: regionRows.rowNumbers[i] ?? 0,
      field: 'parent',
      ...issue('unknown-code', { text: r.parent, file: name.regions }),
    });
  });
  return problems;
}

/** An event must name a known region (or none) and a known source. */
export function eventIssues(
  e: Event,
  regionCodes: Set<string>,
  sourceIds: Set<string>,
  name: Record<DataFile, string>,
): InputIssue[] {
  const problems: InputIssue[] = [];
  if (e.region !== '' && !regionCodes.has(e.region)) {
    problems.push({
      file: name.events,
      row: e.row,
      field: 'region',
      ...issue('unknown-code', { text: e.region, file: name.regions }),
    });
  }
  if (!sourceIds.has(e.source)) {
    problems.push({
      file: name.events,
      row: e.row,
      field: 'source',
      ...issue('unknown-id', { text: e.source, file: name.sources }),
    });
  }
  return problems;
}

/** Observations that pass every check, each given its metric's unit when it names none. */
export function validObservations(
  parsed: Kept<Observation>,
  known: Parameters<typeof checkObservation>[1],
  name: Record<DataFile, string>,
  issues: InputIssue[],
): Observation[] {
  return editRows(parsed.rows, (o) => {
    const problems = checkObservation(o, known, name);
    const metric = known.metrics.get(o.metric);
    const badValue = metric ? valueProblem(metric, o.value) : null;
    for (const p of problems) issues.push(p);
    if (badValue) issues.push({ file: name.observations, row: o.row, field: 'value', ...badValue });
    if (problems.length > 0 || badValue) return null;
    // A figure without a unit takes its metric's.
    return o.unit === '' && metric?.unit ? { ...o, unit: metric.unit } : o;
  });
}
