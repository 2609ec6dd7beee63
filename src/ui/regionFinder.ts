import { h, labelFor, listen, uniqueId } from './dom';
import { t, type Lang } from './i18n';
import type { Region } from '../core/types';
import { displayName, otherName } from '../core/displayName';

/** A region the finder offers, with what its name may be typed as. */
export interface FinderRegion {
  code: string;
  /** The view it opens: 'guizhou' for the province, the code otherwise. */
  view: string;
  region: Region;
}

export interface FinderView {
  lang: Lang;
  view: string;
  /** Preset views after all regions and Guizhou: the cities outside Guizhou. */
  cities: readonly Region[];
  regions: readonly FinderRegion[];
}

/**
 * View presets and a searchable region list. The list is an ARIA combobox
 * (an input that filters a listbox) matching Chinese names, short forms,
 * English names, aliases (traditional forms included) and codes; choosing a
 * region zooms to it and pins its details.
 */
export function createRegionFinder(handlers: {
  setView: (view: string) => void;
  choose: (item: FinderRegion) => void;
}) {
  const preset = h('select', { class: 'view-preset' });
  const presetCaption = h('span', {});
  const listId = uniqueId('rmap-finder-list');
  const input = comboboxInput(listId);
  const list = h('ul', { class: 'finder-list', role: 'listbox', id: listId });
  list.hidden = true;
  const finderCaption = h('span', { class: 'sr-only' });
  const element = h(
    'div',
    { class: 'finder' },
    h('span', { class: 'picker' }, labelFor(preset, presetCaption, 'rmap-view'), preset),
    h('span', { class: 'picker finder-box' }, labelFor(input, finderCaption, 'rmap-find'), input),
    list,
  );

  let current: FinderView | null = null;
  let matches: FinderRegion[] = [];
  let active = -1;
  let key = '';

  function open(): void {
    if (!current) return;
    matches = filterRegions(current.regions, input.value);
    active = matches.length ? 0 : -1;
    drawList();
  }
  function close(): void {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
  }
  function drawList(): void {
    if (!current) return;
    const lang = current.lang;
    list.setAttribute('aria-label', t('regions', lang));
    list.replaceChildren(
      ...(matches.length
        ? matches.map((m, i) => optionItem(m, i === active, listId, lang))
        : [h('li', { class: 'finder-empty', 'aria-disabled': 'true' }, t('noMatch', lang))]),
    );
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    const activeItem = matches[active];
    if (activeItem) {
      input.setAttribute('aria-activedescendant', `${listId}-${activeItem.code}`);
      list.children[active]?.scrollIntoView?.({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  }
  function choose(item: FinderRegion | undefined): void {
    if (!item || !current) return;
    input.value = displayName(item.region, current.lang);
    close();
    handlers.choose(item);
  }

  const off = [
    listen(preset, 'change', () => handlers.setView(preset.value)),
    listen(input, 'input', open),
    listen(input, 'focus', () => input.select()),
    listen(input, 'keydown', (ev) => {
      const move = (d: number) => {
        if (list.hidden) open();
        else if (matches.length) {
          active = (active + d + matches.length) % matches.length;
          drawList();
        }
      };
      if (ev.key === 'ArrowDown') move(1);
      else if (ev.key === 'ArrowUp') move(-1);
      else if (ev.key === 'Enter') choose(matches[active]);
      else if (ev.key === 'Escape') {
        if (list.hidden) input.value = '';
        close();
      } else return;
      ev.preventDefault();
    }),
    listen(input, 'blur', close),
    // Mouse down would blur the input and close the list before the click arrives.
    listen(list, 'mousedown', (ev) => ev.preventDefault()),
    listen(list, 'click', (ev) => {
      const li = (ev.target as HTMLElement).closest<HTMLElement>('[role="option"]');
      choose(matches.find((m) => m.code === li?.dataset.code));
    }),
  ];

  return {
    element,
    render(view: FinderView): void {
      current = view;
      const { lang } = view;
      const nextKey = `${lang}|${view.view}|${view.cities.map((c) => c.code).join(',')}`;
      if (nextKey !== key) {
        key = nextKey;
        presetCaption.textContent = t('view', lang);
        finderCaption.textContent = t('findRegion', lang);
        input.setAttribute('aria-label', t('findRegion', lang));
        input.placeholder = t('findRegion', lang);
        preset.replaceChildren(...presetOptions(view));
      }
      preset.value = view.view;
      if (!list.hidden) drawList();
    },
    destroy() {
      off.forEach((f) => f());
      element.remove();
    },
  };
}

/** The text box of an ARIA combobox that filters the listbox with the given id. */
function comboboxInput(listId: string): HTMLInputElement {
  return h('input', {
    type: 'text',
    class: 'finder-input',
    role: 'combobox',
    autocomplete: 'off',
    spellcheck: 'false',
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': listId,
  });
}

/** The preset views, and the view shown when a link or the finder reached one that is none. */
function presetOptions(view: FinderView): HTMLElement[] {
  const { lang } = view;
  const cityName = (r: Region) => (lang === 'zh' ? r.short : displayName(r, lang));
  const options = [
    h('option', { value: 'all' }, t('viewAll', lang)),
    h('option', { value: 'guizhou' }, t('viewGuizhou', lang)),
    h(
      'optgroup',
      { label: t('viewCities', lang) },
      ...view.cities.map((c) => h('option', { value: c.code }, cityName(c))),
    ),
  ];
  // A view reached from the finder or a link is shown by name even when it is no preset.
  const other = view.regions.find(
    (r) => r.view === view.view && !view.cities.some((c) => c.code === r.view),
  );
  if (other && view.view !== 'guizhou') {
    options.push(h('option', { value: other.view }, cityName(other.region)));
  }
  return options;
}

function optionItem(m: FinderRegion, selected: boolean, listId: string, lang: Lang): HTMLElement {
  return h(
    'li',
    {
      role: 'option',
      id: `${listId}-${m.code}`,
      class: 'finder-option',
      'data-code': m.code,
      'aria-selected': String(selected),
    },
    displayName(m.region, lang),
    h('span', { class: 'finder-alt' }, otherName(m.region, lang)),
  );
}

/**
 * Regions whose names start with, then contain, what was typed; case and
 * spaces ignored. An empty query lists every region.
 */
export function filterRegions(regions: readonly FinderRegion[], query: string): FinderRegion[] {
  const q = normalise(query);
  if (!q) return [...regions];
  const scored: { item: FinderRegion; score: number; order: number }[] = [];
  regions.forEach((item, order) => {
    const r = item.region;
    const names = [r.name, r.short, r.nameEn, r.code, ...r.aliases].map(normalise);
    const score = names.some((n) => n.startsWith(q))
      ? 0
      : names.some((n) => n.includes(q))
        ? 1
        : -1;
    if (score >= 0) scored.push({ item, score, order });
  });
  return scored.sort((a, b) => a.score - b.score || a.order - b.order).map((s) => s.item);
}

function normalise(s: string): string {
  return s.toLowerCase().replace(/[\s'’-]/g, '');
}
