/**
 * The Data panel: files in (picker, drop on the map, paste), the import's report, then "show on
 * the map". Parsing runs in the import worker, so the map already loaded keeps playing; cancel
 * ends the worker. A file that fails leaves the map as it was.
 */
import { createImportClient, ImportCancelled } from './importClient';
import type { ImportSummary, WireChoices } from '../core/ingest/importProtocol';
import { IMPORT_STAGES, type ImportStage } from '../core/ingest/analyseImport';
import type { ShippedChoice } from '../core/shippedBoundaries';
import { createBoundaryPicker, type BoundaryPickerView } from './boundaryPicker';
import { createJoinBoundary, type JoinBoundary, type JoinBoundaryDeps } from './joinBoundary';
import type { BoundaryCollection } from '../core/mapModel';
import type { Dataset, Region } from '../core/types';
import { say } from './dataStrings';
import { h, labelFor } from './dom';
import { keepingFocus } from './keepFocus';
import type { Lang } from './i18n';
import { renderImportReport } from './importReportView';
import { parseProject, writeProject, type Project } from '../core/ingest/projectFile';
import { download } from './download';
import { datasetFolder } from '../core/datasetFolder';
import { zipStore } from '../core/zipStore';

/** The map's own regions and China's shipped layers (`JoinBoundaryDeps`), and the map. */
export interface DataPanelDeps extends JoinBoundaryDeps {
  lang(): Lang;
  /**
   * Puts a dataset on the map, in the view `query` names when given; an error message when it
   * could not, the old map staying.
   */
  /** `boundaryFile`: the name of the user's own boundary file, '' for shipped boundaries. */
  load(
    dataset: Dataset,
    boundaries: BoundaryCollection,
    query: string | null,
    boundaryFile: string,
  ): string | null;
  /** The view as a query string, saved in a project file. */
  query(): string;
}

export interface DataPanel {
  element: HTMLElement;
  addFiles(files: File[]): Promise<void>;
  destroy(): void;
}

export function createDataPanel(deps: DataPanelDeps): DataPanel {
  const boundary = createJoinBoundary(deps);
  let input: TableInput | null = null;
  let choices: WireChoices = { overrides: [] };
  let summary: ImportSummary | null = null;
  let stage: ImportStage | null = null;
  let message = '';
  let pendingQuery: string | null = null;

  const client = createImportClient({ regions: boundary.regions, universeLabel, onStage });

  const { element, body, paint } = panelParts({
    files: (files) => void addFiles(files),
    text: (text) => void run(() => openTable(say('pasted', deps.lang()), { text })),
    boundary: (c) => void run(() => useShipped(c)),
  });

  function onStage(s: ImportStage) {
    stage = s;
    render();
  }

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

  /** The open table joined again, with the choices and boundaries now in force. */
  async function rejoin() {
    stage = 'decode';
    render();
    summary = await client.choose(choices);
  }

  async function choose(patch: Partial<WireChoices>) {
    choices = { ...choices, ...patch };
    await run(rejoin);
  }

  async function addFiles(files: File[]): Promise<void> {
    const { jsons, tables } = splitFiles(files);
    await run(async () => {
      for (const f of jsons) {
        const json = await readJson(f, deps.lang());
        const project = parseProject(json);
        if (project) await openProject(project);
        else boundary.useFile(f.name, json, deps.lang());
      }
      if (input && tables.length === 0 && jsons.length > 0 && !summary) return;
      const table = tables[0];
      if (table) await openTable(table.name, await tableContent(table));
      else if (input) await rejoin();
    });
  }

  async function useShipped(choice: ShippedChoice) {
    message = say('loadingBoundaries', deps.lang());
    render();
    await boundary.useShipped(choice);
    message = '';
    if (input) await rejoin();
  }

  async function openProject(p: Project) {
    await boundary.useProject(p);
    pendingQuery = p.query;
    await openTable(p.file, { text: p.text }, p.choices);
    show();
  }

  function show() {
    if (!summary) return;
    const err = deps.load(summary.dataset, boundary.polygons(), pendingQuery, boundary.ownFile());
    message = err ? `${say('failed', deps.lang())}${err}` : say('shown', deps.lang());
    pendingQuery = null;
    render();
  }

  function save(kind: SaveKind) {
    if (summary && input) saveAs(kind, { input, summary, choices, boundary, query: deps.query() });
  }

  function cancel() {
    client.cancel();
    stage = null;
    message = say('cancelled', deps.lang());
    render();
  }

  function render() {
    const lang = deps.lang();
    const progress = stage ? progressRow(stage, lang, cancel) : null;
    const view = { lang, boundary, summary, choices, message, regions: boundary.regions() };
    const actions = { show, save, choose: (p: Partial<WireChoices>) => void choose(p) };
    paint(lang, boundary.pickerView(lang), () => drawBody(body, view, progress, actions));
  }

  render();
  return { element, addFiles, destroy: () => client.destroy() };
}

/** Boundaries (and project files) apart from tables: they are read first, so a table dropped
 * with them is joined to them. */
function splitFiles(files: File[]): { jsons: File[]; tables: File[] } {
  const jsons = files.filter((f) => /\.(geo|topo)?json$/i.test(f.name));
  return { jsons, tables: files.filter((f) => !jsons.includes(f)) };
}

/** A table file as the import worker reads it: its bytes (a spreadsheet is unpacked there). */
async function tableContent(f: File): Promise<{ bytes: Uint8Array }> {
  return { bytes: new Uint8Array(await f.arrayBuffer()) };
}

async function readJson(f: File, lang: Lang): Promise<unknown> {
  const text = await f.text();
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    throw new Error(`${f.name}: ${say('notJson', lang)}${(err as Error).message}`);
  }
}

const universeLabel = () => ({
  zh: say('universeNotStated', 'zh'),
  en: say('universeNotStated', 'en'),
});

/** The panel's fixed parts, and how to draw them again in a language. */
function panelParts(on: {
  files: (files: File[]) => void;
  text: (text: string) => void;
  boundary: (choice: ShippedChoice) => void;
}) {
  const element = h('section', { class: 'data-panel', 'data-testid': 'data-panel' });
  const { fileInput, paste, pasteButton } = importFields(on.files, on.text);
  const body = h('div', { class: 'data-body' });
  const picker = createBoundaryPicker(on.boundary);
  // The whole panel is drawn anew on each change: the control a change came from keeps the focus.
  const paint = (lang: Lang, view: BoundaryPickerView, drawBody: () => void) =>
    keepingFocus(element, () => {
      drawBody();
      pasteButton.textContent = say('usePaste', lang);
      picker.render(view);
      drawPanel(element, lang, { fileInput, paste, pasteButton, picker: picker.element, body });
    });
  return { element, body, paint };
}

/** The file picker and the paste box; a paste, or the button beside it, opens the text. */
function importFields(onFiles: (files: File[]) => void, onText: (text: string) => void) {
  const fileInput = h('input', {
    type: 'file',
    multiple: true,
    accept: '.csv,.tsv,.txt,.xlsx,.geojson,.json,.topojson',
  });
  fileInput.addEventListener('change', () => onFiles([...(fileInput.files ?? [])]));
  const paste = h('textarea', { rows: 3, class: 'paste' });
  paste.addEventListener('paste', (e) => {
    const text = e.clipboardData?.getData('text/plain');
    if (!text) return;
    e.preventDefault();
    paste.value = text;
    onText(text);
  });
  const pasteButton = h('button', { type: 'button' });
  pasteButton.addEventListener('click', () => onText(paste.value));
  return { fileInput, paste, pasteButton };
}

function progressRow(stage: ImportStage, lang: Lang, onCancel: () => void): HTMLElement {
  const cancel = h('button', { type: 'button' }, say('cancel', lang));
  cancel.addEventListener('click', onCancel);
  return h(
    'div',
    { class: 'progress', role: 'status' },
    h('progress', { max: IMPORT_STAGES.length, value: IMPORT_STAGES.indexOf(stage) + 1 }),
    ` ${say('reading', lang)}: ${say(`stage_${stage}`, lang)} `,
    cancel,
  );
}

/** A project file to reopen here, or a data folder to host beside the app for `?data=`. */
type SaveKind = 'project' | 'folder';

/** What is saved: the table as read, what the panel made of it, and the view. */
interface Saved {
  input: TableInput;
  summary: ImportSummary;
  choices: WireChoices;
  boundary: JoinBoundary;
  query: string;
}

function saveAs(kind: SaveKind, saved: Saved): void {
  const { input, summary, boundary } = saved;
  if (kind === 'folder') saveFolder(input.file, summary.dataset, boundary.polygons());
  else saveProject(saved);
}

/** The table as the panel read it: its file's name, and its text or bytes. */
type TableInput = { file: string; text?: string; bytes?: Uint8Array };

/** A file's name without its extension, for the files saved from it. */
const stemOf = (file: string) => file.replace(/\.[^.]+$/, '');

/** The dataset as a data folder laid out like data/, in one ZIP. */
function saveFolder(file: string, dataset: Dataset, boundaries: BoundaryCollection): void {
  const utf8 = new TextEncoder();
  const files = datasetFolder(dataset, boundaries);
  const zip = zipStore(files.map((f) => ({ path: f.path, data: utf8.encode(f.text) })));
  download(new Blob([zip], { type: 'application/zip' }), `${stemOf(file)}.data.zip`);
}

/** The table as read, the choices made and the boundaries used, as one project file. */
function saveProject({ input, summary, choices, boundary, query }: Saved): void {
  const text = input.text ?? new TextDecoder(summary.encoding).decode(input.bytes);
  const json = writeProject({
    file: input.file,
    text,
    choices: { ...choices, encoding: undefined },
    ...boundary.forProject(),
    query,
  });
  download(new Blob([json], { type: 'application/json' }), `${stemOf(input.file)}.project.json`);
}

/** What the panel's body shows: the boundaries in use, the import's report and the outcome. */
interface BodyView {
  lang: Lang;
  boundary: JoinBoundary;
  summary: ImportSummary | null;
  choices: WireChoices;
  message: string;
  regions: Region[];
}

function drawBody(
  body: HTMLElement,
  view: BodyView,
  progress: HTMLElement | null,
  actions: {
    show: () => void;
    save: (kind: SaveKind) => void;
    choose: (p: Partial<WireChoices>) => void;
  },
): void {
  const { lang, summary, choices } = view;
  const showButton = h(
    'button',
    { type: 'button', class: 'show', disabled: !summary || summary.figures === 0 },
    say('show', lang),
  );
  showButton.addEventListener('click', actions.show);
  const saveButton = h('button', { type: 'button', disabled: !summary }, say('saveProject', lang));
  saveButton.addEventListener('click', () => actions.save('project'));
  const folderButton = h('button', { type: 'button', disabled: !summary }, say('saveFolder', lang));
  folderButton.addEventListener('click', () => actions.save('folder'));
  body.replaceChildren(
    h('p', { class: 'boundary' }, view.boundary.describe(lang)),
    view.boundary.isShipped() ? h('p', { class: 'note' }, say('chinaVintage', lang)) : '',
    progress ?? '',
    summary
      ? renderImportReport({
          lang,
          summary,
          choices,
          regions: view.regions,
          choose: actions.choose,
        })
      : '',
    summary ? h('p', { class: 'figures' }, `${summary.figures} ${say('figures', lang)}`) : '',
    h('div', { class: 'actions' }, showButton, saveButton, folderButton),
    view.message ? h('p', { class: 'message', role: 'status' }, view.message) : '',
    h('p', { class: 'note' }, say('projectNote', lang)),
    h('p', { class: 'note' }, say('embedNote', lang)),
  );
}

/** The panel's heading, its privacy note, the file and paste fields, and the body below. */
function drawPanel(
  element: HTMLElement,
  lang: Lang,
  parts: {
    fileInput: HTMLInputElement;
    paste: HTMLTextAreaElement;
    pasteButton: HTMLButtonElement;
    picker: HTMLElement;
    body: HTMLElement;
  },
): void {
  const { fileInput, paste, pasteButton, picker, body } = parts;
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
    picker,
    body,
  );
}
