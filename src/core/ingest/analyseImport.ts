/**
 * The whole import as one pure step, rerun whenever the user corrects a choice: bytes → text
 * (encoding) → table (delimiter) → long form (layout) → column roles → join → dataset. Each
 * stage's guess is returned beside what was used, so the panel can show and override it.
 */
import type { Region } from '../types';
import { buildImport, type ImportResult } from './buildImport';
import {
  countReplacements,
  decodeBytes,
  detectEncoding,
  type EncodingGuess,
  type TextEncodingName,
} from './decodeBytes';
import { detectDelimiter, type Delimiter } from './detectDelimiter';
import { mapColumns, type ColumnGuess, type ColumnRole } from './mapColumns';
import { matchRegions, type JoinReport } from './matchRegions';
import { parseDate } from './parseDate';
import { readTable, type RawTable } from './readTable';
import { dateColumns, detectLayout, reshapeWide, VALUE_HEADER, type Layout } from './reshapeWide';

export interface ImportChoices {
  encoding?: TextEncodingName;
  delimiter?: Delimiter;
  layout?: Layout;
  /** One role per column of the long table; undefined keeps the guess. */
  roles?: ColumnRole[];
  year?: number;
  /** Join overrides by key (see matchRegions' keyOf) → region code. */
  overrides?: ReadonlyMap<string, string>;
}

/** Choices as plain data (overrides as pairs), for a worker message or a project file. */
export interface WireChoices extends Omit<ImportChoices, 'overrides'> {
  overrides: [string, string][];
}

export type ImportStage = 'decode' | 'read' | 'map' | 'join' | 'build';
export const IMPORT_STAGES: readonly ImportStage[] = ['decode', 'read', 'map', 'join', 'build'];

export interface ImportContext {
  regions: Region[];
  /** Called as each stage starts, for a progress bar. */
  onStage?: (stage: ImportStage) => void;
  toSimplified?: (s: string) => string;
  universeLabel: { zh: string; en: string };
}

export interface ImportAnalysis {
  file: string;
  encodingGuess: EncodingGuess;
  encoding: TextEncodingName;
  /** Characters the chosen encoding could not decode: non-zero means the choice is wrong. */
  replacements: number;
  delimiter: Delimiter;
  layout: Layout;
  layoutGuess: Layout;
  /** The table as read, before reshaping (for the preview). */
  original: RawTable;
  table: RawTable;
  guesses: ColumnGuess[];
  roles: ColumnRole[];
  /** Some dates are written without a year and none was given. */
  needsYear: boolean;
  join: JoinReport;
  result: ImportResult;
}

export function analyseImport(
  bytes: Uint8Array,
  file: string,
  choices: ImportChoices,
  context: ImportContext,
): ImportAnalysis {
  context.onStage?.('decode');
  const encodingGuess = detectEncoding(bytes);
  const encoding = choices.encoding ?? encodingGuess.encoding;
  const text = decodeBytes(bytes, encoding);
  return analyseText(text, file, choices, context, {
    encodingGuess,
    encoding,
    replacements: countReplacements(text),
  });
}

export function analyseText(
  text: string,
  file: string,
  choices: ImportChoices,
  context: ImportContext,
  decoded: Pick<ImportAnalysis, 'encodingGuess' | 'encoding' | 'replacements'> = {
    encodingGuess: { encoding: 'utf-8', bom: false, why: 'valid_utf8' },
    encoding: 'utf-8',
    replacements: 0,
  },
): ImportAnalysis {
  context.onStage?.('read');
  const delimiter = choices.delimiter ?? detectDelimiter(text).delimiter;
  const original = readTable(text, delimiter);
  const layoutGuess = detectLayout(original.header);
  const layout = choices.layout ?? layoutGuess;
  const table = layout === 'wide' ? reshapeWide(original, dateColumns(original.header)) : original;
  context.onStage?.('map');
  const names = new Set(context.regions.flatMap((r) => [r.name, r.short, ...r.aliases]));
  const guesses = mapColumns(
    table,
    (s) => names.has(s) || names.has(`${s}市`) || names.has(`${s}县`),
  );
  const roles =
    choices.roles && choices.roles.length === table.header.length
      ? choices.roles
      : guesses.map((g) => g.role);

  const at = (role: ColumnRole) => roles.indexOf(role);
  const cell = (r: string[], c: number) => (c >= 0 ? (r[c] ?? '') : '');
  const [codeCol, nameCol, parentCol, dateCol, valueCol] = [
    at('region_code'),
    at('region_name'),
    at('parent'),
    at('date'),
    at('value'),
  ];
  context.onStage?.('join');
  const join = matchRegions(
    table.rows.map((r) => ({
      code: cell(r, codeCol),
      name: cell(r, nameCol),
      parent: cell(r, parentCol),
    })),
    table.refs.map((r) => r.row),
    context.regions,
    { toSimplified: context.toSimplified, overrides: choices.overrides },
  );
  const needsYear =
    choices.year === undefined &&
    table.rows.some((r) => parseDate(cell(r, dateCol)).kind === 'needs_year');
  const valueHeader = table.header[valueCol] ?? '';
  const metricName =
    valueHeader && valueHeader !== VALUE_HEADER ? valueHeader : file.replace(/\.[^.]+$/, '');
  context.onStage?.('build');
  const result = buildImport(table, roles, join, context.regions, {
    file,
    year: choices.year,
    metricName,
    universeLabel: context.universeLabel,
  });
  return {
    file,
    ...decoded,
    delimiter,
    layout,
    layoutGuess,
    original,
    table,
    guesses,
    roles,
    needsYear,
    join,
    result,
  };
}
