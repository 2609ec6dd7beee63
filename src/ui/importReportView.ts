/**
 * What the import found, shown before anything reaches the map: the encoding, delimiter and
 * layout with their guesses, the role of each column with how sure the guess is and why, and
 * the join report (how each name matched, what did not, and the regions left without data).
 * Every guess is a control the user can change; a change calls back and the panel reruns.
 */
import type { WireChoices, ImportSummary } from '../core/ingest/importProtocol';
import { TEXT_ENCODINGS } from '../core/ingest/decodeBytes';
import { DELIMITERS, type Delimiter } from '../core/ingest/detectDelimiter';
import { COLUMN_ROLES, type ColumnRole } from '../core/ingest/mapColumns';
import { keyOf, MATCH_HOWS, type KeyMatch } from '../core/ingest/matchRegions';
import { ROW_PROBLEMS } from '../core/ingest/buildImport';
import type { Region } from '../core/types';
import { say } from './dataStrings';
import { h, labelFor, uniqueId } from './dom';
import type { Lang } from './i18n';

const MAX_KEYS_SHOWN = 300;
const DELIMITER_WORD: Record<Delimiter, 'comma' | 'semicolon' | 'tab'> = {
  ',': 'comma',
  ';': 'semicolon',
  '\t': 'tab',
};

export interface ReportDeps {
  lang: Lang;
  summary: ImportSummary;
  choices: WireChoices;
  regions: Region[];
  choose(patch: Partial<WireChoices>): void;
}

export function renderImportReport(d: ReportDeps): HTMLElement {
  return h('div', { class: 'import-report' }, settingsView(d), mappingView(d), joinView(d));
}

function select<T extends string>(
  caption: string,
  options: readonly T[],
  value: T,
  text: (o: T) => string,
  onChange: (v: T) => void,
): HTMLElement {
  const el = h('select', {});
  for (const o of options) el.append(h('option', { value: o, selected: o === value }, text(o)));
  el.addEventListener('change', () => onChange(el.value as T));
  return h('span', { class: 'field' }, labelFor(el, h('span', {}, caption), 'imp'), el);
}

function settingsView({ lang, summary: s, choices, choose }: ReportDeps): HTMLElement {
  const detected = (same: boolean) => (same ? ` (${say('detected', lang)})` : '');
  const parts: (HTMLElement | string)[] = [
    h('p', {}, `${say('file', lang)}: ${s.file} · ${s.rowCount} ${say('rows', lang)}`),
    select(
      say('encoding', lang),
      TEXT_ENCODINGS,
      s.encoding,
      (e) => `${e.toUpperCase()}${detected(e === s.encodingGuess.encoding)}`,
      (encoding) => choose({ encoding }),
    ),
    select(
      say('delimiter', lang),
      DELIMITERS,
      s.delimiter,
      (x) => say(DELIMITER_WORD[x], lang),
      (delimiter) => choose({ delimiter }),
    ),
    select(
      say('layout', lang),
      ['long', 'wide'] as const,
      s.layout,
      (x) => `${say(x, lang)}${detected(x === s.layoutGuess)}`,
      (layout) => choose({ layout, roles: undefined }),
    ),
  ];
  if (s.replacements > 0)
    parts.push(
      h('p', { class: 'warn', role: 'alert' }, `${s.replacements} ${say('replacements', lang)}`),
    );
  if (s.needsYear || choices.year !== undefined) {
    const input = h('input', {
      type: 'number',
      min: 1900,
      max: 2100,
      value: choices.year ?? '',
      class: 'year',
    });
    input.addEventListener('change', () =>
      choose({ year: input.value === '' ? undefined : Number(input.value) }),
    );
    parts.push(
      h(
        'span',
        { class: 'field' },
        labelFor(input, h('span', {}, say('year', lang)), 'imp'),
        input,
      ),
    );
  }
  return h('div', { class: 'import-settings' }, ...parts);
}

function mappingView({ lang, summary: s, choose }: ReportDeps): HTMLElement {
  const body = h('tbody');
  s.header.forEach((name, col) => {
    const g = s.guesses[col];
    const role = s.roles[col] ?? 'ignore';
    const el = h('select', { 'aria-label': `${say('role', lang)}: ${name}`, 'data-column': name });
    for (const r of COLUMN_ROLES)
      el.append(h('option', { value: r, selected: r === role }, say(`role_${r}`, lang)));
    el.addEventListener('change', () => {
      const roles = [...s.roles];
      // A role belongs to one column: giving it here takes it from wherever it was.
      const next = el.value as ColumnRole;
      if (next !== 'ignore') roles.forEach((r, i) => r === next && (roles[i] = 'ignore'));
      roles[col] = next;
      choose({ roles });
    });
    const why = g
      ? `${say(`why_${g.why}`, lang)} · ${say(`confidence_${g.confidence}`, lang)}`
      : '';
    body.append(
      h(
        'tr',
        {},
        h('th', { scope: 'row' }, name),
        h('td', {}, s.preview[0]?.[col] ?? ''),
        h('td', {}, el),
        h('td', {}, why),
      ),
    );
  });
  const head = h(
    'tr',
    {},
    ...(['column', 'sample', 'role', 'basis'] as const).map((k) =>
      h('th', { scope: 'col' }, say(k, lang)),
    ),
  );
  return h(
    'section',
    { class: 'import-mapping' },
    h('h3', {}, say('mapping', lang)),
    h('table', {}, h('thead', {}, head), body),
  );
}

function joinView(d: ReportDeps): HTMLElement {
  const { lang, summary: s, regions } = d;
  const byCode = new Map(regions.map((r) => [r.code, r]));
  const matched = MATCH_HOWS.reduce((n, how) => n + s.byHow[how], 0);
  const unmatched = s.unmatchedKeys.reduce((n, k) => n + (s.keys[k]?.rows ?? 0), 0);
  const hows = MATCH_HOWS.filter((how) => s.byHow[how] > 0).map(
    (how) => `${say(`how_${how}`, lang)} ${s.byHow[how]}`,
  );
  const summary = h(
    'ul',
    { class: 'join-summary' },
    h(
      'li',
      { 'data-count': 'matched' },
      `${say('matchedRows', lang)}: ${matched}${hows.length ? ` (${hows.join(', ')})` : ''}`,
    ),
    h('li', { 'data-count': 'unmatched' }, `${say('unmatchedRows', lang)}: ${unmatched}`),
    h(
      'li',
      { 'data-count': 'without-data' },
      `${say('regionsWithoutData', lang)}: ${s.regionsWithoutData.length}`,
    ),
  );
  const problems = h('ul', { class: 'join-problems' });
  for (const p of ROW_PROBLEMS) {
    if (s.problems[p] === 0) continue;
    const rows = s.examples
      .filter((e) => e.problem === p)
      .map(
        (e) => `${say('row', lang)}${e.row}${say('rowSuffix', lang)}${e.raw ? ` “${e.raw}”` : ''}`,
      );
    problems.append(
      h('li', {}, `${s.problems[p]} ${say(`problem_${p}`, lang)}: ${rows.join('; ')}`),
    );
  }
  if (s.dataset.conflicts.length > 0)
    problems.append(h('li', {}, `${s.dataset.conflicts.length} ${say('conflicts', lang)}`));

  const listId = uniqueId('regions');
  const datalist = h('datalist', { id: listId });
  for (const r of regions) datalist.append(h('option', { value: regionLabel(r, byCode) }));
  const order = [
    ...s.unmatchedKeys,
    ...s.keys.map((_, i) => i).filter((i) => !s.unmatchedKeys.includes(i)),
  ];
  const body = h('tbody');
  for (const i of order.slice(0, MAX_KEYS_SHOWN)) {
    const k = s.keys[i];
    if (k) body.append(keyRow(d, k, byCode, listId));
  }
  const head = h(
    'tr',
    {},
    ...(['asWritten', 'rows', 'firstRow', 'region', 'how', 'choose'] as const).map((c) =>
      h('th', { scope: 'col' }, say(c, lang)),
    ),
  );
  const more =
    order.length > MAX_KEYS_SHOWN ? h('p', {}, `… +${order.length - MAX_KEYS_SHOWN}`) : null;
  const without = h(
    'p',
    { class: 'without-data' },
    `${say('regionsWithoutData', lang)}: ${s.regionsWithoutData
      .slice(0, 60)
      .map((c) => byCode.get(c)?.name ?? c)
      .join('、')}${s.regionsWithoutData.length > 60 ? ' …' : ''}`,
  );
  return h(
    'section',
    { class: 'join-report', 'aria-label': say('joinReport', lang) },
    h('h3', {}, say('joinReport', lang)),
    summary,
    problems,
    h('table', {}, h('thead', {}, head), body),
    more,
    without,
    datalist,
  );
}

function keyRow(
  d: ReportDeps,
  k: KeyMatch,
  byCode: Map<string, Region>,
  listId: string,
): HTMLElement {
  const { lang } = d;
  const written = [
    k.cells.code,
    k.cells.name,
    k.cells.parent ? `(${say('under', lang)} ${k.cells.parent})` : '',
  ]
    .filter(Boolean)
    .join(' ');
  let region: string;
  if (k.code !== null) region = regionLabel(byCode.get(k.code), byCode) || k.code;
  else if (k.candidates.length > 0)
    region = `${say('notMatched', lang)} · ${say('ambiguous', lang)}${k.candidates.map((c) => regionLabel(byCode.get(c), byCode)).join(' / ')}`;
  else if (k.suggestions.length > 0)
    region = `${say('notMatched', lang)} · ${say('suggestions', lang)}${k.suggestions.map((c) => regionLabel(byCode.get(c), byCode)).join(' / ')}`;
  else region = say('notMatched', lang);
  const input = h('input', {
    type: 'text',
    list: listId,
    placeholder: say('choose', lang),
    'aria-label': `${say('choose', lang)} ${written}`,
  });
  input.addEventListener('change', () => {
    const code = /\(([^()]+)\)$/.exec(input.value)?.[1];
    if (!code || !byCode.has(code)) return;
    const overrides = d.choices.overrides.filter(([key]) => key !== keyOf(k.cells));
    d.choose({ overrides: [...overrides, [keyOf(k.cells), code]] });
  });
  return h(
    'tr',
    { class: k.code === null ? 'unmatched' : 'matched' },
    h('td', {}, written),
    h('td', {}, String(k.rows)),
    h('td', {}, String(k.firstRow)),
    h('td', {}, region),
    h('td', {}, k.how ? say(`how_${k.how}`, lang) : '—'),
    h('td', {}, input),
  );
}

/** `城关镇 · 织金县 (999001)`: the parent tells apart two regions of one name. */
function regionLabel(r: Region | undefined, byCode: Map<string, Region>): string {
  if (!r) return '';
  const parent = byCode.get(r.parent)?.name ?? r.parentName;
  return `${r.name}${parent ? ` · ${parent}` : ''} (${r.code})`;
}
