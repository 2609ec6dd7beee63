// Checks that every evidence phrase in data/observations.csv and data/events.csv occurs in
// the seed article it cites.
//
// Usage: node scripts/check-seeds.mjs [SEED_DIR]
//   SEED_DIR defaults to ../shared/seeds (relative to the repository root).
//
// A source id sNNN maps to the seed file whose name starts with NNN_ (s000 → 000_*.txt).
// Other sources (research pages, ids rNN) are not checked; they are counted as skipped.
//
// Both the article and the phrase are normalised before comparing:
//   1. all white space is removed;
//   2. for sources whose `script` is `traditional`, pinyin glosses are removed: a
//      parenthesised run of Latin letters (tone marks included) right after a CJK
//      character, e.g. 統(tǒng) → 統;
//   3. a comma directly before another punctuation mark is dropped, which undoes the
//      doubled punctuation of some copies: ,, → ,   ,、 → 、   ,。 → 。   ,; → ;   ,: → :
//      (ASCII and full-width forms alike).
// Exit status: 0 when every phrase is found, 1 otherwise (2 for unusable input).

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const seedDir = process.argv[2] ? resolve(process.argv[2]) : resolve(ROOT, '../shared/seeds');

/** RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') field += text[i++];
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length) rows.push([...row, field]);
  const [header, ...data] = rows.filter((r) => !(r.length === 1 && r[0] === ''));
  return data.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

function readCsv(name) {
  const path = join(ROOT, 'data', name);
  if (!existsSync(path)) {
    console.error(`seed check: ${path} not found`);
    process.exit(2);
  }
  return parseCsv(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
}

const CJK = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff';
const GLOSS = new RegExp(`([${CJK}])\\([A-Za-z\\u00c0-\\u024f\\u1e00-\\u1eff]+\\)`, 'g');
const DOUBLED = /[,，](?=[,，、。;；:：])/g;

function normalise(text, traditional) {
  let t = text.replace(/\s+/g, '');
  if (traditional) t = t.replace(GLOSS, '$1');
  return t.replace(DOUBLED, '');
}

if (!existsSync(seedDir)) {
  console.error(`seed check: seed folder ${seedDir} not found`);
  process.exit(2);
}
const seedFiles = readdirSync(seedDir).filter((f) => /^\d+_.*\.txt$/.test(f));
const sources = new Map(readCsv('sources.csv').map((s) => [s.id, s]));
const articles = new Map(); // source id → normalised text

function article(id) {
  if (!articles.has(id)) {
    const prefix = `${id.slice(1)}_`;
    const file = seedFiles.find((f) => f.startsWith(prefix));
    const traditional = sources.get(id)?.script === 'traditional';
    articles.set(
      id,
      file ? normalise(readFileSync(join(seedDir, file), 'utf8'), traditional) : null,
    );
  }
  return articles.get(id);
}

let found = 0;
let skipped = 0;
const failures = [];
for (const file of ['observations.csv', 'events.csv']) {
  readCsv(file).forEach((row, i) => {
    const where = `data/${file} row ${i + 1}`;
    const { source, evidence } = row;
    if (!sources.has(source)) return failures.push(`${where}: unknown source "${source}"`);
    if (!/^s\d+$/.test(source)) return skipped++;
    const text = article(source);
    if (text === null) return failures.push(`${where}: no seed file for ${source} in ${seedDir}`);
    const phrase = normalise(evidence, sources.get(source).script === 'traditional');
    if (!phrase) return failures.push(`${where}: empty evidence`);
    if (text.includes(phrase)) return found++;
    failures.push(`${where}: evidence not found in ${source}: ${evidence}`);
  });
}

for (const f of failures) console.error(f);
console.log(
  `seed check: ${found} phrases found, ${failures.length} missing, ${skipped} skipped (not seed sources)`,
);
process.exit(failures.length ? 1 : 0);
