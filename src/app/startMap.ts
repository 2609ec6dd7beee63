import { noteLines } from '../core/noteLines';
import { mapAttribution, SHIPPED_CREDIT, type MapCredit } from '../core/credit';
import type { InputIssue } from '../core/types';
import type { MapModel } from '../core/mapModel';
import { createSession } from '../core/session';
import { safeUrl } from '../core/safeUrl';
import type { UrlState } from '../core/urlState';
import type { Action, AppState } from '../core/appState';
import { createStore } from './createStore';
import { createStyleDeriver } from './deriveStyle';
import { createPlaybackClock } from './playbackClock';
import { createExportSource } from './exportSource';
import { createShell } from './shell';
import { createMapRenderer } from './mapRenderer';
import { createAnnouncer } from './announcer';
import { createUrlSync, viewQuery } from './urlSync';
import { createBenchHooks, type BenchHooks } from './benchHooks';
import { postEmbedHeight } from './postEmbedHeight';
import type { SdfGlyphs } from '../render/sdfGlyphs';

/** How a map shows itself and where its state goes; the mount's options less its files. */
export interface MapOptions {
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

export interface StartHooks {
  onBusy(): void;
  onContextRestored(): void;
  /** The state to open on instead of the query's: a map made again after a context loss. */
  carry?: AppState;
}

/** One map over one model: its store and the parts that follow it. */
export interface StartedMap {
  ready: Promise<void>;
  update(patch: Partial<UrlState>): void;
  getState(): AppState;
  query(): string;
  bench: BenchHooks;
  project(lon: number, lat: number): [number, number] | null;
  /** No announcement, address-bar write or frame is waiting. */
  isQuiet(): boolean;
  destroy(): void;
}

export interface MapInput {
  model: MapModel;
  provinces: GeoJSON.FeatureCollection;
  /** Problems found in the data, shown as notes above the map. */
  issues: readonly InputIssue[];
  /** Who the figures and boundaries come from; the shipped news reports and boundaries if left out. */
  credit?: MapCredit;
  /** The figures were imported in this browser (the Data panel), not read from an address. */
  imported?: boolean;
  /** The labels' glyphs, drawn ahead while the figures arrived; drawn as the labels need them if left out. */
  glyphs?: SdfGlyphs;
}

// Speed is days per second: at 8× the date moves eight days each second of the clock.
const PLAY_DAYS_PER_SECOND = 1;

/** Wires the parts, each of which follows the store on its own. */
export function startMap(
  root: HTMLElement,
  { model, provinces, issues, credit = SHIPPED_CREDIT, imported = false, glyphs }: MapInput,
  options: MapOptions,
  hooks: StartHooks,
): StartedMap {
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
    pageUrl: pageUrl(options),
    notes: noteLines(session.queryProblems, issues),
    exportSource: () => exportSource,
    credit,
    imported,
  });
  const renderer = createMapRenderer({
    mapEl: shell.mapEl,
    glyphs,
    session,
    store,
    provinces,
    attribution: mapAttribution(credit),
    derive,
    onBusy: hooks.onBusy,
    onContextRestored: hooks.onContextRestored,
  });
  const clock = createPlaybackClock(
    store,
    (days): Action => ({ type: 'tick', days }),
    PLAY_DAYS_PER_SECOND,
  );
  const offPlay = store.subscribe((s, prev) => {
    if (s.playing && !prev.playing) clock.start();
  });
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
  // A stand-alone embed in a report's frame asks for the height of its content.
  const stopHeight =
    options.syncUrl && session.initial.embed ? postEmbedHeight(root, shell.mapEl) : () => {};
  exportSource = createExportSource({
    view: renderer.view,
    mapElement: shell.mapEl,
    root,
    model,
    provinces,
    credit,
    state: () => store.get(),
    query: () => session.queryOf(store.get()),
    derive,
    drawFrame: renderer.drawDay,
    insets: renderer.insets,
    locator: renderer.locator,
  });

  return {
    ready: renderer.ready,
    update: (patch) => store.set(session.patch(store.get(), patch)),
    getState: () => store.get(),
    query: () => session.queryOf(store.get()),
    bench: createBenchHooks(store, renderer.view, {
      dayCount: model.dates.length,
      rows: model.rows.length,
    }),
    project: renderer.project,
    isQuiet: () => !announcer.pending() && !urlSync.pending() && renderer.isQuiet(),
    destroy() {
      offPlay();
      stopHeight();
      clock.stop();
      announcer.destroy();
      urlSync.destroy();
      shell.destroy();
      renderer.destroy();
    },
  };
}

/** Where "open the full map" and the embed snippet point. */
function pageUrl(options: MapOptions): string {
  // A javascript: or data: appUrl would reach an href: only http(s) or relative pass.
  const url =
    options.appUrl !== undefined
      ? safeUrl(options.appUrl, document.baseURI)
      : options.syncUrl
        ? safeUrl(window.location.href, document.baseURI)
        : null;
  return url ?? '';
}
