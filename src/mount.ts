import '@fontsource/noto-sans-sc/400.css';
import './styles/index.css';
import { buildDataset } from './core/parseDataset';
import { buildMapModel, type MapModel } from './core/mapModel';
import { lineSimplifier } from './core/lineSimplifier';
import { outlineWarmup } from './core/outlineWarmup';
import type { UrlState } from './core/urlState';
import type { AppState } from './core/appState';
import type { InputIssue } from './core/types';
import { DEFAULT_FILES, fetchDataFiles, type DataFiles } from './app/dataFiles';
import { createMapSlot } from './app/mapSlot';
import type { MapOptions } from './app/startMap';
import type { BenchHooks } from './app/benchHooks';
import { createIdleSignal } from './app/idleSignal';
import { createDataEntry } from './app/dataEntry';
import { createShippedBoundaries } from './app/shippedBoundaryFiles';
import { warmOutlines } from './app/warmOutlines';
import { warmFont } from './app/warmFont';
import { warmGlyphs } from './app/warmGlyphs';
import { createSdfGlyphs } from './render/sdfGlyphs';
import { GLYPH_SETTINGS } from './render/mapFont';
import { h } from './ui/dom';
import { applyStyleProperties } from './ui/styleProperties';
import { t } from './ui/i18n';
import { fillIn } from './core/fillIn';
import { datasetCredit, SHIPPED_CREDIT } from './core/credit';
import { formatNumber } from './core/format';

export type { BenchHooks } from './app/benchHooks';

export interface MountOptions extends MapOptions {
  /** Override where any input file is read from; the embedded default data otherwise. */
  files?: Partial<DataFiles>;
  /** Problems the page found before the map (a refused `?data=`), noted with the data's own. */
  issues?: readonly InputIssue[];
}

export interface MountedMap {
  /** Resolves when data is loaded and the first map frame is drawn. */
  ready: Promise<void>;
  /**
   * Resolves once the map rests: data loaded, no frame pending, no colour transition, label
   * placement or settling timer left. The root's `data-idle` attribute says the same.
   */
  idle(): Promise<void>;
  /** Moves the map to a new state given as URL parameters. */
  update(patch: Partial<UrlState>): void;
  getState(): AppState | null;
  /** Screen position (CSS pixels, relative to the map) of a longitude/latitude. */
  project(lon: number, lat: number): [number, number] | null;
  destroy(): void;
  /** Unstable hooks for the benchmark: one timeline step, timed in its two parts. */
  readonly bench: BenchHooks | null;
}

export function mount(container: HTMLElement, options: MountOptions = {}): MountedMap {
  const files: DataFiles = { ...DEFAULT_FILES, ...options.files };
  const shipped =
    files.observations === DEFAULT_FILES.observations && files.sources === DEFAULT_FILES.sources;
  const abort = new AbortController();
  let destroyed = false;
  let closeDataEntry = () => {};

  const root = h('div', { class: 'rmap', lang: 'zh-CN' });
  applyStyleProperties(root);
  const status = h('p', { class: 'status', role: 'status' }, t('loading', 'zh'));
  // The count changes many times a second: shown, but not read out each time.
  const figuresRead = h('span', { 'aria-hidden': 'true' });
  status.append(' ', figuresRead);
  root.append(status);
  const showFiguresRead = (n: number) => {
    figuresRead.textContent = fillIn(t('figuresRead', 'zh'), { n: formatNumber(n, 'zh') });
  };
  container.append(root);

  const idleSignal = createIdleSignal(root, () => slot.current()?.isQuiet() ?? false);
  const slot = createMapSlot(root, options, () => idleSignal.wake());
  const api = () => slot.current();

  // The outlines are simplified, and the font's files for the regions' names loaded and their
  // glyphs drawn, while a large file of figures is still arriving, when the page's thread
  // mostly waits; the map then finds them done instead of doing them first.
  const simplify = lineSimplifier();
  const glyphs = createSdfGlyphs();
  const warming = new AbortController();
  const ready = (async () => {
    const texts = await fetchDataFiles(files, abort.signal, showFiguresRead, (boundaries) => {
      void warmFont(boundaries).then((characters) => {
        if (characters) warmGlyphs(glyphs, GLYPH_SETTINGS, characters, warming.signal);
      });
      const work = outlineWarmup(boundaries, root.clientWidth, root.clientHeight);
      if (work) warmOutlines(work, simplify, warming.signal);
    });
    warming.abort();
    if (destroyed) return;
    const { dataset, issues } = buildDataset(texts);
    const model = buildMapModel(dataset, texts.boundaries, simplify);
    performance.mark('rmap:data-parsed');
    const provinces = texts.provinces;
    const first = slot.open({
      model,
      provinces,
      issues: [...(options.issues ?? []), ...texts.issues, ...issues],
      // The shipped figures are news reports, listed below the map; a data folder's are named.
      credit: shipped ? SHIPPED_CREDIT : datasetCredit(dataset),
      glyphs,
    });
    status.remove();
    // Own data replaces the map only once its model is built: a failure keeps what was loaded.
    closeDataEntry = createDataEntry(root, {
      lang: () => api()?.getState().lang ?? 'zh',
      mapRegions: () => ({
        regions: model.dataset.regions,
        boundaries: { type: 'FeatureCollection', features: model.features },
      }),
      shippedLayer: createShippedBoundaries(),
      query: () => api()?.query() ?? '',
      load(data, boundaries, query, boundaryFile) {
        let next: MapModel;
        try {
          next = buildMapModel(data, boundaries);
        } catch (err) {
          return (err as Error).message;
        }
        // The notes belong to the data shown: own data has its own report in the Data panel.
        const credit = datasetCredit(data, boundaryFile);
        slot.open(
          { model: next, provinces, issues: [], credit, imported: true, glyphs },
          query ?? '',
        );
        return null;
      },
    });
    performance.mark('rmap:interactive');
    await first.ready;
    performance.mark('rmap:first-draw');
  })().catch((err: unknown) => {
    if (destroyed) return;
    status.textContent = `${t('loadError', 'zh')} / ${t('loadError', 'en')}: ${(err as Error).message}`;
    status.classList.add('error');
    // A failure after the page was laid out would otherwise write to a detached element.
    if (!status.isConnected) root.prepend(status);
    throw err;
  });

  return {
    ready,
    idle: () => idleSignal.idle(),
    update: (patch) => api()?.update(patch),
    getState: () => api()?.getState() ?? null,
    project: (lon, lat) => api()?.project(lon, lat) ?? null,
    get bench() {
      return api()?.bench ?? null;
    },
    destroy() {
      destroyed = true;
      abort.abort();
      warming.abort();
      idleSignal.destroy();
      slot.destroy();
      closeDataEntry();
      root.remove();
    },
  };
}
