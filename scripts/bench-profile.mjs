// Sums a V8 CPU profile (CDP Profiler) by where the code comes from: the build's source maps
// say which package and file each sampled function belongs to, and files fall into the
// categories a step's cost is reported in.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SourceMapConsumer } from 'source-map-js';

const CATEGORIES = [
  ['our code', /(^|\/)src\//],
  ['MapLibre', /maplibre-gl\//],
  ['deck ↔ MapLibre glue', /@deck\.gl\/maplibre\//],
  ['deck text (TextLayer, font atlas)', /@deck\.gl\/layers\/dist\/text-layer\//],
  [
    'deck layer updates (diff, props, attributes)',
    /@deck\.gl\/core\/dist\/(lib\/(layer|composite-layer|layer-manager|attribute|uniform-transition)|lifecycle|utils|transitions)/,
  ],
  [
    'deck draw (passes, uniforms)',
    /@deck\.gl\/core\/dist\/(passes|effects|lib\/deck-renderer|shaderlib)/,
  ],
  ['deck other (Deck, views, viewports)', /@deck\.gl\/core\//],
  ['deck layers & extensions', /@deck\.gl\/(layers|extensions)\//],
  ['luma.gl (GL calls, uniforms)', /@luma\.gl\//],
  ['math.gl', /@math\.gl\//],
];

function categoryOf(source) {
  for (const [name, re] of CATEGORIES) if (re.test(source)) return name;
  const pkg = /node_modules\/((@[^/]+\/)?[^/]+)/.exec(source);
  return pkg ? pkg[1] : source || '(unmapped)';
}

export function summariseProfile(profile, distDir, baseUrl) {
  const consumers = new Map();
  const consumerFor = (url) => {
    if (!url.startsWith(baseUrl)) return null;
    if (consumers.has(url)) return consumers.get(url);
    const file = join(distDir, new URL(url).pathname);
    const map = `${file}.map`;
    const c = existsSync(map) ? new SourceMapConsumer(JSON.parse(readFileSync(map, 'utf8'))) : null;
    consumers.set(url, c);
    return c;
  };
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const nodeInfo = new Map();
  const infoOf = (id) => {
    if (nodeInfo.has(id)) return nodeInfo.get(id);
    const f = byId.get(id).callFrame;
    let source = f.url;
    let category;
    if (['(idle)', '(program)', '(garbage collector)', '(root)'].includes(f.functionName))
      category = f.functionName;
    else if (!f.url) category = 'browser (native functions)';
    else {
      const c = consumerFor(f.url);
      const pos = c?.originalPositionFor({ line: f.lineNumber + 1, column: f.columnNumber });
      source = pos?.source ?? f.url;
      category = categoryOf(source);
    }
    const info = { category, file: source.replace(/^.*node_modules\//, ''), name: f.functionName };
    nodeInfo.set(id, info);
    return info;
  };
  const byCategory = new Map();
  const byFile = new Map();
  const { samples, timeDeltas } = profile;
  for (let i = 0; i < samples.length; i++) {
    const ms = (timeDeltas[i + 1] ?? 0) / 1000;
    const info = infoOf(samples[i]);
    byCategory.set(info.category, (byCategory.get(info.category) ?? 0) + ms);
    if (!info.category.startsWith('(')) {
      const key = `${info.file} ${info.name || '(anonymous)'}`;
      byFile.set(key, (byFile.get(key) ?? 0) + ms);
    }
  }
  const sorted = (m) => [...m].sort((a, b) => b[1] - a[1]);
  return { byCategory: sorted(byCategory), topFunctions: sorted(byFile).slice(0, 12) };
}
