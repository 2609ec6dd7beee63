import type { Action, AppState } from '../core/appState';
import { createNoteList } from '../ui/noteList';
import type { NoteLines } from '../core/noteLines';
import { pinnedQuery } from '../core/appStateUrl';
import { pageCredit, type MapCredit } from '../core/credit';
import { shareUrl } from '../core/embedLink';
import { ALL_DATES } from '../core/episodes';
import type { Session } from '../core/session';
import { tableRegionRows, tableRows } from '../core/tableRows';
import type { ExportSource } from '../export/source';
import { universeText } from '../ui/describeCell';
import { createDetailPanel } from '../ui/detailPanel';
import { h, listen } from '../ui/dom';
import { createEmbedButton, openFullLabel } from '../ui/embedDialog';
import { createExportButton } from '../ui/exportMenu';
import { t, type Lang } from '../ui/i18n';
import { createControlsMenu } from '../ui/controlsMenu';
import { createLegend } from '../ui/legendView';
import { createPicker, metricLabel, metricOptions } from '../ui/pickers';
import { createPrintSources } from '../ui/printSources';
import { createRegionFinder } from '../ui/regionFinder';
import { createSettingsPanel } from '../ui/settingsPanel';
import { createTableView } from '../ui/tableView';
import { createTimelineControl } from '../ui/timelineControl';
import { createTimelineExtras } from '../ui/timelineExtras';
import type { Store } from './createStore';
import type { Derived } from './deriveStyle';
import { legendFor } from './legendFor';

export interface ShellDeps {
  root: HTMLElement;
  session: Session;
  store: Store<AppState, Action>;
  derive(s: AppState): Derived;
  /** The stand-alone page that embeds link to; empty for none (then no Embed button). */
  pageUrl: string;
  /** Lines for the notes above the map: what in the link or the data was not used. */
  notes: NoteLines;
  /** The export's view of the map, once the map exists. */
  exportSource(): ExportSource | null;
  /** Who the figures and boundaries come from, for the credit line under the map. */
  credit: MapCredit;
  /** The figures were imported in this browser: no link or embed can carry them. */
  imported: boolean;
}

/** The shell's parts as its render reads them. */
interface ShellParts {
  noteList: ReturnType<typeof createNoteList>;
  root: HTMLElement;
  session: Session;
  derive(s: AppState): Derived;
  pageUrl: string;
  title: HTMLElement;
  langButton: HTMLElement;
  menu: ReturnType<typeof createControlsMenu>;
  mapEl: HTMLElement;
  fillPicker: ReturnType<typeof createPicker>;
  pointPicker: ReturnType<typeof createPicker>;
  legend: ReturnType<typeof createLegend>;
  credit: HTMLElement;
  mapCredit: MapCredit;
  embedButton: ReturnType<typeof createEmbedButton>;
  exportButton: ReturnType<typeof createExportButton>;
  openFull: HTMLAnchorElement;
  updateOpenFull(): void;
  timeline: ReturnType<typeof createTimelineControl>;
  extras: ReturnType<typeof createTimelineExtras>;
  settings: ReturnType<typeof createSettingsPanel>;
  finder: ReturnType<typeof createRegionFinder>;
  detail: ReturnType<typeof createDetailPanel>;
  table: ReturnType<typeof createTableView>;
  tableRegions: ReturnType<typeof tableRegionRows>;
  /** What the controls that change rarely were last drawn for. */
  keys: { chrome: string; finder: string };
}

export interface Shell {
  /** The map's box: the canvas goes in here, the panels lie over it. */
  mapEl: HTMLElement;
  /** The polite live region that announcements are written to. */
  live: HTMLElement;
  /** Brings the print-only source list up to the state. */
  renderPrintSources(): void;
  destroy(): void;
}

/** Everything around the map: the header's controls, legend, timeline, panels and credit. */
export function createShell(deps: ShellDeps): Shell {
  const { root, session, store, imported } = deps;
  const { model } = session;
  const dispatch = (a: Action) => store.dispatch(a);
  const cleanups: (() => void)[] = [];

  const title = h('h1', { class: 'title' });
  const langButton = h('button', { type: 'button', class: 'lang' });
  const fillPicker = createPicker(
    (l) => t('colour', l),
    (metric) => dispatch({ type: 'setMetric', metric }),
  );
  const pointPicker = createPicker(
    (l) => t('points', l),
    (points) => dispatch({ type: 'setPoints', points }),
  );
  const finder = createRegionFinder({
    setView: (v) => dispatch({ type: 'setView', view: v }),
    choose: (item) => dispatch({ type: 'select', region: item.code, view: item.view }),
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
  const extras = createTimelineExtras(dispatch);
  const settings = createSettingsPanel(dispatch);
  const timeline = createTimelineControl(dispatch, {
    before: [extras.before],
    after: [extras.after],
    below: [extras.options],
  });
  extras.options.append(settings.element);
  const detail = createDetailPanel(() => dispatch({ type: 'select', region: null }));
  const notes = h('div', { class: 'notes', role: 'note' });
  const live = h('div', { class: 'sr-only', 'aria-live': 'polite' });
  const credit = h('p', { class: 'credit' });
  const body = h('div', { class: 'body' }, mapEl, legend.element);
  // The panels lie over the map, inside its box but outside the canvas that takes map gestures.
  mapEl.append(detail.element, table.element);
  root.replaceChildren(header, notes, body, timeline.element, credit, live);
  const { pageUrl } = deps;
  // Links out of the map (the Embed dialog, an embed's "open the full map") pin every field.
  const currentQuery = () => pinnedQuery(store.get());
  const embedInfo = (lang: Lang) =>
    pageUrl
      ? { pageUrl, query: currentQuery(), lang, title: t('title', lang), root, imported }
      : null;
  const embedButton = createEmbedButton(() => embedInfo(store.get().lang));
  embedButton.element.hidden = !pageUrl;
  const exportButton = createExportButton(() => openExport(deps.exportSource(), dispatch));
  header.append(embedButton.element, exportButton.element);
  const menu = foldIntoMenu(root, header, title, extras.options);
  const printNow = mountPrintSources(root, model, () => store.get(), cleanups);
  const openFull = h('a', { class: 'open-full', target: '_blank', rel: 'noopener' });
  const updateOpenFull = () => {
    if (pageUrl) openFull.href = shareUrl(pageUrl, currentQuery());
  };
  cleanups.push(
    listen(langButton, 'click', () =>
      dispatch({ type: 'setLang', lang: store.get().lang === 'zh' ? 'en' : 'zh' }),
    ),
  );
  const noteList = createNoteList(notes, deps.notes);

  const parts: ShellParts = {
    root,
    session,
    derive: deps.derive,
    pageUrl,
    title,
    langButton,
    menu,
    mapEl,
    fillPicker,
    pointPicker,
    legend,
    credit,
    mapCredit: deps.credit,
    embedButton,
    exportButton,
    openFull,
    updateOpenFull,
    timeline,
    extras,
    settings,
    finder,
    detail,
    table,
    noteList,
    tableRegions: tableRegionRows(model),
    keys: { chrome: '', finder: '' },
  };
  cleanups.push(store.subscribe((s) => renderShell(parts, s)));
  renderShell(parts, store.get());

  return {
    mapEl,
    live,
    renderPrintSources: printNow,
    destroy() {
      cleanups.forEach((f) => f());
      for (const part of [timeline, extras, settings, finder, detail, table, legend])
        part.destroy();
      for (const part of [fillPicker, pointPicker, embedButton, exportButton, noteList, menu])
        part.destroy();
    },
  };
}

/** Opens the Export dialog, loaded on demand; playback stops, as frames are drawn from the state. */
function openExport(src: ExportSource | null, dispatch: (a: Action) => void) {
  if (!src) return null;
  dispatch({ type: 'pause' });
  return import('../export/exportDialog').then((m) => m.openExportDialog(src));
}

/**
 * On a phone the header's controls and the timeline's options fold into one menu, whose
 * button and panel sit right after the title.
 */
function foldIntoMenu(
  root: HTMLElement,
  header: HTMLElement,
  title: HTMLElement,
  options: HTMLElement,
) {
  const controls = [...header.children].filter((el): el is HTMLElement => el !== title);
  const menu = createControlsMenu(root, [...controls, options]);
  title.after(menu.button, menu.panel);
  return menu;
}

/** Runs on state changes, not on hover or transition frames. */
function renderShell(p: ShellParts, s: AppState): void {
  const { session, pageUrl, root } = p;
  const { model } = session;
  const d = p.derive(s);
  const { fill } = d;
  const lang = s.lang;
  const label = (id: string) => metricLabel(model.dataset, id, lang);
  const selectedRow = s.region ? (model.rowOf.get(s.region) ?? null) : null;
  // The surrounding controls change only with the metric, options or language; a timeline
  // step touches the map layers and the timeline alone.
  const chromeKey = `${d.key}|${lang}|${s.embed}`;
  if (chromeKey !== p.keys.chrome) {
    p.keys.chrome = chromeKey;
    root.setAttribute('lang', lang === 'zh' ? 'zh-CN' : 'en');
    p.title.textContent = t('title', lang);
    p.langButton.textContent = t('language', lang);
    p.menu.render(lang);
    root.classList.toggle('embed', s.embed);
    p.embedButton.render(lang);
    p.exportButton.render(lang);
    p.openFull.textContent = openFullLabel(lang);
    p.langButton.setAttribute('aria-label', t('languageLabel', lang));
    p.mapEl.setAttribute('aria-label', `${t('title', lang)} — ${label(s.metric)}`);
    p.fillPicker.render(metricOptions(session.layers.fill, lang), s.metric, lang);
    p.pointPicker.render(metricOptions(session.layers.points, lang), s.points ?? '', lang);
    p.legend.render(legendFor(model, s, d), lang);
    p.credit.textContent = pageCredit(p.mapCredit, lang);
    p.noteList.render(lang);
    // The way out to the full map comes first, so a narrow embed never cuts it off.
    if (s.embed && pageUrl) p.credit.prepend(p.openFull, ' · ');
  }
  // The way out follows the reader: the day they played to and where they moved the map, so
  // that hovering, copying or opening it gives what is on screen (a URL costs microseconds).
  if (s.embed) p.updateOpenFull();
  const axis = session.axisOf(s);
  p.timeline.render({
    dates: model.dates,
    dayIndex: s.dayIndex,
    playing: s.playing,
    lang,
    observationDays: fill.observationDays,
    axis,
    events: session.trackEvents(lang),
  });
  p.extras.render({
    lang,
    speed: s.speed,
    loop: s.loop,
    episode: s.episode ?? ALL_DATES,
    episodes: session.episodes,
  });
  p.settings.render({
    lang,
    interpolate: s.interpolate,
    maxAgeDays: s.maxAgeDays,
    scaleMode: s.scaleMode,
  });
  // The finder depends on the view and language only, never on the date.
  const finderKey = `${lang}|${s.view}`;
  if (finderKey !== p.keys.finder) {
    p.keys.finder = finderKey;
    p.finder.render({ lang, view: s.view, cities: session.cities, regions: session.finderRegions });
  }
  p.detail.render(
    selectedRow === null
      ? null
      : {
          model,
          row: selectedRow,
          fill,
          metric: s.metric,
          dayIndex: s.dayIndex,
          axis,
          lang,
          styleKey: d.key,
        },
  );
  p.table.render({
    lang,
    rows: () => tableRows(model, fill, s.dayIndex, lang, p.tableRegions),
    key: `${d.key}|${s.dayIndex}|${lang}`,
    metricLabel: label(s.metric),
    metricId: s.metric,
    universeText: (r) => (r.universe ? universeText(model, r, lang) : ''),
    date: s.date,
  });
}

/**
 * The print-only source list. It walks every region, so it follows the timeline once it
 * rests (see the announcer) and right before printing, never on each step.
 */
function mountPrintSources(
  root: HTMLElement,
  model: Session['model'],
  state: () => AppState,
  cleanups: (() => void)[],
): () => void {
  const printSources = createPrintSources(model);
  root.append(printSources.element);
  const printNow = () => printSources.render(state());
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
  return printNow;
}
