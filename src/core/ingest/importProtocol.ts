/** Messages between the page and the import worker. */
import type { ImportResult } from './buildImport';
import type { EncodingGuess, TextEncodingName } from './decodeBytes';
import type { Delimiter } from './detectDelimiter';
import type { ColumnGuess, ColumnRole } from './mapColumns';
import type { JoinReport } from './matchRegions';
import type { ImportStage, WireChoices } from './analyseImport';
import type { Layout } from './reshapeWide';
import type { Region } from '../types';

export type { WireChoices } from './analyseImport';

interface Common {
  id: number;
  regions: Region[];
  universeLabel: { zh: string; en: string };
  choices: WireChoices;
}

export type ImportRequest =
  | (Common & { type: 'open'; file: string; bytes?: Uint8Array; text?: string })
  | (Common & { type: 'choose' });

export interface ImportSummary {
  file: string;
  stage: ImportStage;
  encodingGuess: EncodingGuess;
  encoding: TextEncodingName;
  replacements: number;
  delimiter: Delimiter;
  layout: Layout;
  layoutGuess: Layout;
  header: string[];
  preview: string[][];
  rowCount: number;
  guesses: ColumnGuess[];
  roles: ColumnRole[];
  needsYear: boolean;
  keys: JoinReport['keys'];
  byHow: JoinReport['byHow'];
  unmatchedKeys: number[];
  regionsWithoutData: string[];
  problems: ImportResult['problems'];
  examples: ImportResult['examples'];
  figures: number;
  dataset: ImportResult['dataset'];
}

export type ImportResponse =
  | { type: 'progress'; id: number; stage: ImportStage }
  | { type: 'result'; id: number; summary: ImportSummary }
  | { type: 'error'; id: number; message: string };
