/**
 * The Data panel: files in (picker, drop on the map, paste), the import's report, then "show on
 * the map". Parsing runs in the import worker, so the map already loaded keeps playing; cancel
 * ends the worker. A file that fails leaves the map as it was.
 */
import { createImportClient, ImportCancelled } from './importClient';
import type { ImportSummary, WireChoices } from '../core/ingest/importProtocol';
import { IMPORT_STAGES, type ImportStage } from '../core/ingest/analyseImport';
import { regionsFromGeoJson } from '../core/ingest/regionsFromGeoJson';
import type { BoundaryCollection } from '../core/mapModel';
import type { Dataset, Region } from '../core/types';
import { say } from './dataStrings';
import { h, labelFor } from './dom';
import type { Lang } from './i18n';
import { renderImportReport } from './importReportView';
import { parseProject, writeProject, type Project } from '../core/ingest/projectFile';
import { download } from './download';

export interface DataPanelDeps {
  lang(): Lang;
  /** The regions and polygons of the map as shipped, used until a boundary file is given. */
  shipped(): { regions: Region[]; boundaries: BoundaryCollection };
  /**
   * Puts a dataset on the map, in the view `query` names when given; an error message when it
   * could not, the old map staying.
   */
  load(dataset: Dataset, boundaries: BoundaryCollection, query: string | null): string | null;
  /** The view as a query string, saved in a project file. */
  query(): string;
}

export interface DataPanel {
  element: HTMLElement;
  addFiles(files: File[]): Promise<void>;
  destroy(): void;
}

interface Boundary {
  file: string;
  regions: Region[];
  boundaries: BoundaryCollection;
  skipped: number;
}

export function createDataPanel(deps: DataPanelDeps): DataPanel {
  let boundary: Boundary | null = null;
  let input: { file: string; text?: string; bytes?: Uint8Array } | null = null;
  let choices: WireChoices = { overrides: [] };
  let summary: ImportSummary | null = null;
  let stage: ImportStage | null = null;
  let message = '';
  let pendingQuery: string | null = null;

  const regions = () => boundary?.regions ?? deps.shipped().regions;
  const client = createImportClient({
    regions,
    universeLabel: () => ({
      zh: say('universeNotStated', 'zh'),
      en: say('universeNotStated', 'en'),
    }),
    onStage: (s) => {
      stage = s;
      render();
    },
  });

  const element = h('section', { class: 'data-panel', 'data-testid': 'data-panel' });
  const fileInput = h('input', {
    type: 'file',
    multiple: true,
    accept: '.csv,.tsv,.txt,.geojson,.json,.topojson',
  });
  fileInput.addEventListener('change', () => void addFiles([...(fileInput.files ?? [])]));
  const paste = h('textarea', { rows: 3, class: 'paste' });
  paste.addEventListener('paste', (e) => {
    const text = e.clipboardData?.getData('text/plain');
    if (!text) return;
    e.preventDefault();
    paste.value = text;
    void run(() => openTable(say('pasted', deps.lang()), { text }));
  });
  const pasteButton = h('button', { type: 'button' });
  pasteButton.addEventListener(
    'click',
    () => void run(() => openTable(say('pasted', deps.lang()), { text: paste.value })),
  );
  const body = h('div', { class: 'data-body' });

  async function run(task: () => Promise<void>): Promise<void> {
    message = '';
    try {
      await task();
    } catch (err) {
      if (!(err instanceof ImportCancelled))
        message = `${say('failed', deps.lang())}${(err as Error).message}`;
    }
    stage = null;
    render();
  }

  async function openTable(
    file: string,
    data: { text?: string; bytes?: Uint8Array },
    next: WireChoices = { overrides: [] },
  ) {
    input = { file, ...data };
    choices = next;
    summary = null;
    stage = 'decode';
    render();
    summary = await client.open(file, data, choices);
  }

  async function choose(patch: Partial<WireChoices>) {
    choices = { ...choices, ...patch };
    await run(async () => {
      stage = 'decode';
      summary = await client.choose(choices);
    });
  }

  function useBoundaries(file: string, json: unknown) {
    const fc = json as { type?: string; features?: unknown[] };
    if (fc.type === 'Topology') throw new Error(say('topojsonLater', deps.lang()));
    const r = regionsFromGeoJson(fc);
    boundary = { file, regions: r.regions, boundaries: r.boundaries, skipped: r.skipped.length };
  }

  async function addFiles(files: File[]): Promise<void> {
    // Boundaries first, so a table dropped with them is joined to them.
    const jsons = files.filter((f) => /\.(geo|topo)?json$/i.test(f.name));
    const tables = files.filter((f) => !jsons.includes(f));
    await run(async () => {
      for (const f of jsons) {
        const text = await f.text();
        let json: unknown;
        try {
          json = JSON.parse(text);
        } catch (err) {
          throw new Error(`${f.name}: ${say('notJson', deps.lang())}${(err as Error).message}`);
        }
        const project = parseProject(json);
        if (project) await openProject(project);
        else useBoundaries(f.name, json);
      }
      if (input && tables.length === 0 && jsons.length > 0 && !summary) return;
      const table = tables[0];
      if (table) await openTable(table.name, { bytes: new Uint8Array(await table.arrayBuffer()) });
      else if (input) await choose({});
    });
  }

  async function openProject(p: Project) {
    if (p.boundaries)
      boundary = { file: p.boundaryFile, ...regionsFromGeoJsonCollection(p.boundaries) };
    pendingQuery = p.query;
    await openTable(p.file, { text: p.text }, p.choices);
    show();
  }

  function show() {
    if (!summary) return;
    const b = boundary?.boundaries ?? deps.shipped().boundaries;
    const err = deps.load(summary.dataset, b, pendingQuery);
    message = err ? `${say('failed', deps.lang())}${err}` : say('shown', deps.lang());
    pendingQuery = null;
    render();
  }

  function save() {
    if (!summary || !input) return;
    const text = input.text ?? new TextDecoder(summary.encoding).decode(input.bytes);
    const json = writeProject({
      file: input.file,
      text,
      choices: { ...choices, encoding: undefined },
      boundaryFile: boundary?.file ?? '',
      boundaries: boundary?.boundaries ?? null,
      query: deps.query(),
    });
    download(
      new Blob([json], { type: 'application/json' }),
      `${input.file.replace(/\.[^.]+$/, '')}.project.json`,
    );
  }

  function render() {
    const lang = deps.lang();
    const b = boundary;
    const cancel = h('button', { type: 'button' }, say('cancel', lang));
    cancel.addEventListener('click', () => {
      client.cancel();
      stage = null;
      message = say('cancelled', lang);
      render();
    });
    const progress = stage
      ? h(
          'div',
          { class: 'progress', role: 'status' },
          h('progress', { max: IMPORT_STAGES.length, value: IMPORT_STAGES.indexOf(stage) + 1 }),
          ` ${say('reading', lang)}: ${say(`stage_${stage}`, lang)} `,
          cancel,
        )
      : null;
    const showButton = h(
      'button',
      { type: 'button', class: 'show', disabled: !summary || summary.figures === 0 },
      say('show', lang),
    );
    showButton.addEventListener('click', show);
    const saveButton = h(
      'button',
      { type: 'button', disabled: !summary },
      say('saveProject', lang),
    );
    saveButton.addEventListener('click', save);
    pasteButton.textContent = say('usePaste', lang);
    body.replaceChildren(
      h(
        'p',
        { class: 'boundary' },
        `${say('boundaries', lang)}: ${b ? `${b.file} · ${b.regions.length} ${say('regionsCount', lang)}` : say('shippedBoundaries', lang)}${b && b.skipped > 0 ? ` · ${b.skipped} ${say('skippedFeatures', lang)}` : ''}`,
      ),
      progress ?? '',
      summary
        ? renderImportReport({
            lang,
            summary,
            choices,
            regions: regions(),
            choose: (p) => void choose(p),
          })
        : '',
      summary ? h('p', { class: 'figures' }, `${summary.figures} ${say('figures', lang)}`) : '',
      h('div', { class: 'actions' }, showButton, saveButton),
      message ? h('p', { class: 'message', role: 'status' }, message) : '',
      h('p', { class: 'note' }, say('projectNote', lang)),
      h('p', { class: 'note' }, say('embedNote', lang)),
    );
    element.replaceChildren(
      h('h2', {}, say('heading', lang)),
      h('p', {}, say('privacy', lang)),
      h(
        'div',
        { class: 'field' },
        labelFor(fileInput, h('span', {}, say('chooseFile', lang)), 'data'),
        fileInput,
      ),
      h(
        'div',
        { class: 'field' },
        labelFor(paste, h('span', {}, say('paste', lang)), 'data'),
        paste,
        pasteButton,
      ),
      body,
    );
  }

  render();
  return { element, addFiles, destroy: () => client.destroy() };
}

function regionsFromGeoJsonCollection(fc: BoundaryCollection): Omit<Boundary, 'file'> {
  const r = regionsFromGeoJson(fc);
  return { regions: r.regions, boundaries: r.boundaries, skipped: r.skipped.length };
}
