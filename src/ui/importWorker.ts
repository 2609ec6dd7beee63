/**
 * The import runs here, off the main thread, so the map already loaded keeps playing while a
 * large file is read. The bytes stay in the worker; each correction the user makes reruns the
 * analysis on them and sends back a summary small enough to post (a preview, not the table).
 */
import {
  analyseImport,
  analyseText,
  type ImportAnalysis,
  type ImportChoices,
} from '../core/ingest/analyseImport';
import type { ImportRequest, ImportResponse, ImportSummary } from '../core/ingest/importProtocol';
import { sheetToText } from '../core/ingest/sheetToText';

const PREVIEW_ROWS = 8;
let input: { bytes?: Uint8Array; text?: string; file: string } | null = null;
let toSimplified: ((s: string) => string) | undefined;

const post = (m: ImportResponse) => (self as unknown as Worker).postMessage(m);

self.onmessage = async (e: MessageEvent<ImportRequest>) => {
  const m = e.data;
  try {
    if (m.type === 'open') input = await opened(m);
    if (!input) return;
    // opencc's dictionary loads only when a file is opened, and only here.
    if (!toSimplified) {
      const { Converter } = await import('opencc-js/t2cn');
      toSimplified = Converter({ from: 'tw', to: 'cn' });
    }
    const context = {
      regions: m.regions,
      toSimplified,
      universeLabel: m.universeLabel,
      onStage: (stage: ImportSummary['stage']) => post({ type: 'progress', id: m.id, stage }),
    };
    const choices: ImportChoices = { ...m.choices, overrides: new Map(m.choices.overrides) };
    const a = input.bytes
      ? analyseImport(input.bytes, input.file, choices, context)
      : analyseText(input.text ?? '', input.file, choices, context);
    post({ type: 'result', id: m.id, summary: summarise(a) });
  } catch (err) {
    post({ type: 'error', id: m.id, message: (err as Error).message });
  }
};

/**
 * A spreadsheet becomes its first sheet as tab-separated text here, not on the page: unzipping
 * and reading the sheet's XML of a large workbook takes seconds. The reader loads on first use.
 */
async function opened(m: Extract<ImportRequest, { type: 'open' }>): Promise<typeof input> {
  if (!m.bytes || !/\.xlsx$/i.test(m.file)) return { bytes: m.bytes, text: m.text, file: m.file };
  post({ type: 'progress', id: m.id, stage: 'read' });
  const { readSheet } = await import('read-excel-file/web-worker');
  const bytes = m.bytes.slice().buffer;
  return { text: sheetToText(await readSheet(bytes)), file: m.file };
}

function summarise(a: ImportAnalysis): ImportSummary {
  return {
    file: a.file,
    stage: 'build',
    encodingGuess: a.encodingGuess,
    encoding: a.encoding,
    replacements: a.replacements,
    delimiter: a.delimiter,
    layout: a.layout,
    layoutGuess: a.layoutGuess,
    header: a.table.header,
    preview: a.table.rows.slice(0, PREVIEW_ROWS),
    rowCount: a.table.rows.length,
    guesses: a.guesses,
    roles: a.roles,
    needsYear: a.needsYear,
    keys: a.join.keys,
    byHow: a.join.byHow,
    unmatchedKeys: a.join.unmatchedKeys,
    regionsWithoutData: a.join.regionsWithoutData,
    problems: a.result.problems,
    examples: a.result.examples,
    figures: a.result.figures,
    dataset: a.result.dataset,
  };
}
