/**
 * Which boundaries a table is joined to: a file the user gave, the map's own regions, or China's
 * provinces, prefectures or counties as shipped, all of China or one province. Made once, so a
 * keyboard user keeps focus on a select while the panel below it is drawn again.
 */
import {
  hasAreas,
  SHIPPED_LEVELS,
  type ShippedChoice,
  type ShippedLevel,
} from '../core/shippedBoundaries';
import { say } from './dataStrings';
import { h, labelFor } from './dom';
import type { Lang } from './i18n';

export interface BoundaryPickerView {
  lang: Lang;
  /** The shipped choice in use, or null while a boundary file is. */
  choice: ShippedChoice | null;
  /** The name of the boundary file in use, if any: it is offered as the first option. */
  fileName: string | null;
  /** Provinces to narrow prefectures and counties to, once known. */
  areas: readonly { code: string; name: string }[];
}

export interface BoundaryPicker {
  element: HTMLElement;
  render(view: BoundaryPickerView): void;
}

const FILE = 'file';

export function createBoundaryPicker(onChoose: (choice: ShippedChoice) => void): BoundaryPicker {
  const level = h('select', {});
  const area = h('select', {});
  const levelCaption = h('span', {});
  const areaCaption = h('span', {});
  const areaField = h('span', { class: 'field' }, labelFor(area, areaCaption, 'area'), area);
  const element = h(
    'div',
    { class: 'boundary-picker' },
    h('span', { class: 'field' }, labelFor(level, levelCaption, 'boundaries'), level),
    areaField,
  );
  const chosen = (): ShippedChoice | null =>
    level.value === FILE ? null : { level: level.value as ShippedLevel, area: area.value };
  level.addEventListener('change', () => {
    const c = chosen();
    if (c) onChoose({ ...c, area: hasAreas(c.level) ? c.area : '' });
  });
  area.addEventListener('change', () => {
    const c = chosen();
    if (c) onChoose(c);
  });

  let drawn = '';
  function render(view: BoundaryPickerView): void {
    const { lang, choice, fileName } = view;
    // The options are made again only when they change, so an open list is not closed.
    const key = `${lang}\u0001${fileName ?? ''}\u0001${view.areas.length}`;
    if (key !== drawn) drawOptions(view);
    drawn = key;
    level.value = choice ? choice.level : FILE;
    area.value = choice?.area ?? '';
    areaField.hidden = !choice || !hasAreas(choice.level);
  }

  function drawOptions({ lang, fileName, areas }: BoundaryPickerView): void {
    levelCaption.textContent = say('joinTo', lang);
    areaCaption.textContent = say('area', lang);
    level.replaceChildren(
      ...(fileName ? [h('option', { value: FILE }, fileName)] : []),
      ...SHIPPED_LEVELS.map((l) => h('option', { value: l }, say(`level_${l}`, lang))),
    );
    area.replaceChildren(
      h('option', { value: '' }, say('allChina', lang)),
      ...areas.map((a) => h('option', { value: a.code }, a.name)),
    );
  }

  return { element, render };
}
