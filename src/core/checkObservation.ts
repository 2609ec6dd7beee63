/**
 * The rules an observation must meet against the other tables: its region, metric, source,
 * universe and subset exist; its unit is the metric's; a bounded date keeps its bounds in
 * order. A row that fails any rule is kept off the map and reported.
 */
import { issue, type IssueMessage } from './issueMessages';
import type { InputIssue, Metric, Observation } from './types';

export interface KnownIds {
  regions: ReadonlySet<string>;
  sources: ReadonlySet<string>;
  metrics: ReadonlyMap<string, Metric>;
  universes: ReadonlySet<string>;
  subsets: ReadonlySet<string>;
}

export interface ObservationFiles {
  regions: string;
  sources: string;
  metrics: string;
  universes: string;
  subsets: string;
  observations: string;
}

export function checkObservation(
  o: Observation,
  known: KnownIds,
  files: ObservationFiles,
): readonly InputIssue[] {
  // Millions of rows pass: a row's list of problems is made only once it has one.
  let problems: InputIssue[] | null = null;
  const fail = (field: string, message: IssueMessage): void => {
    (problems ??= []).push({ file: files.observations, row: o.row, field, ...message });
  };
  if (!known.regions.has(o.region))
    fail('region', issue('unknown-code', { text: o.region, file: files.regions }));
  const metric = known.metrics.get(o.metric);
  if (!metric) {
    fail('metric', issue('unknown-id', { text: o.metric, file: files.metrics }));
  } else if (o.unit !== '' && o.unit !== metric.unit) {
    // One metric, one unit: otherwise 45 万人 and 450000 人 would share a colour scale.
    fail(
      'unit',
      issue('unit-differs', { unit: o.unit, metric: metric.id, metricUnit: metric.unit }),
    );
  }
  // Without a universe a figure could share a colour with one that counts something else.
  if (!known.universes.has(o.universe))
    fail('universe', issue('unknown-id', { text: o.universe, file: files.universes }));
  if (o.subset !== '' && !known.subsets.has(o.subset))
    fail('subset', issue('unknown-id', { text: o.subset, file: files.subsets }));
  if (!known.sources.has(o.source))
    fail('source', issue('unknown-id', { text: o.source, file: files.sources }));
  if (o.dateBasis !== 'not_before' && o.dateLatest !== '')
    fail('date_latest', issue('latest-without-bound', { basis: o.dateBasis }));
  if (o.dateBasis === 'not_before' && o.dateLatest !== '' && o.dateLatest < o.date)
    fail(
      'date_latest',
      issue('latest-before-earliest', { latest: o.dateLatest, earliest: o.date }),
    );
  return problems ?? NONE;
}

const NONE: readonly InputIssue[] = Object.freeze([]);
