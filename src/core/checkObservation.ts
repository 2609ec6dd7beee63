/**
 * The rules an observation must meet against the other tables: its region, metric, source,
 * universe and subset exist; its unit is the metric's; a bounded date keeps its bounds in
 * order. A row that fails any rule is kept off the map and reported.
 */
import { quote } from './readRows';
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
): InputIssue[] {
  const problems: InputIssue[] = [];
  const fail = (field: string, message: string): void => {
    problems.push({ file: files.observations, row: o.row, field, message });
  };
  if (!known.regions.has(o.region))
    fail('region', `${quote(o.region)} is not a code in ${files.regions}`);
  const metric = known.metrics.get(o.metric);
  if (!metric) {
    fail('metric', `${quote(o.metric)} is not an id in ${files.metrics}`);
  } else if (o.unit !== '' && o.unit !== metric.unit) {
    // One metric, one unit: otherwise 45 万人 and 450000 人 would share a colour scale.
    fail(
      'unit',
      `${quote(o.unit)} differs from the unit of metric ${metric.id} (${quote(metric.unit)})`,
    );
  }
  // Without a universe a figure could share a colour with one that counts something else.
  if (!known.universes.has(o.universe))
    fail('universe', `${quote(o.universe)} is not an id in ${files.universes}`);
  if (o.subset !== '' && !known.subsets.has(o.subset))
    fail('subset', `${quote(o.subset)} is not an id in ${files.subsets}`);
  if (!known.sources.has(o.source))
    fail('source', `${quote(o.source)} is not an id in ${files.sources}`);
  if (o.dateBasis !== 'not_before' && o.dateLatest !== '')
    fail('date_latest', `is only for date_basis not_before (here ${o.dateBasis})`);
  if (o.dateBasis === 'not_before' && o.dateLatest !== '' && o.dateLatest < o.date)
    fail('date_latest', `${o.dateLatest} is before the earliest possible day ${o.date}`);
  return problems;
}
