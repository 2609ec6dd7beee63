import { afterEach, describe, it, expect, vi } from 'vitest';
import { fetchDataFiles, type DataFiles } from '../../src/app/dataFiles';
import { english } from './englishIssues';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { COLUMNS, parseObservations } from '../../src/core/parseDataset';

const FILES: DataFiles = {
  regions: 'd/regions.csv',
  sources: 'd/sources.csv',
  metrics: 'd/metrics.csv',
  universes: 'd/universes.csv',
  subsets: 'd/subsets.csv',
  observations: 'd/observations.csv',
  precedence: 'd/precedence.csv',
  events: 'd/events.csv',
  boundaries: 'd/regions.geojson',
  provinces: 'd/provinces.geojson',
};
const INDEX = '<!doctype html>\n<html><head><title>App</title></head><body></body></html>';
const FC = '{"type":"FeatureCollection","features":[]}';

/** A host: a path → body map; anything else answers `missing` (404, or the index page). */
function serve(bodies: Record<string, string | Uint8Array>, missing: 'status' | 'index') {
  vi.stubGlobal('fetch', async (url: string) => {
    const body = new Map(Object.entries(bodies)).get(url);
    if (body !== undefined) return new Response(body as BodyInit);
    return missing === 'status'
      ? new Response('Not found', { status: 404 })
      : new Response(INDEX, { headers: { 'content-type': 'text/html' } });
  });
}
const all = {
  'd/regions.csv': 'code\n',
  'd/sources.csv': 'id\n',
  'd/metrics.csv': 'id\n',
  'd/universes.csv': 'id\n',
  'd/subsets.csv': 'id\n',
  'd/observations.csv': 'region\n',
  'd/precedence.csv': 'shown\n',
  'd/regions.geojson': FC,
  'd/provinces.geojson': FC,
};

const withoutCsv = () =>
  Object.fromEntries(Object.entries(all).filter(([path]) => path !== 'd/observations.csv'));

afterEach(() => vi.unstubAllGlobals());

describe('fetchDataFiles', () => {
  it.each(['status', 'index'] as const)(
    'reads observations.parquet where the folder has no observations.csv (answered by %s)',
    async (missing) => {
      const cells: Record<string, [string, string]> = {
        id: ['o1', 'o2'],
        region: ['520100', '520300'],
        date: ['2020-02-03', '2020-02-03'],
        date_basis: ['stated', 'stated'],
        metric: ['work_rate', 'work_rate'],
        universe: ['u1', 'u1'],
        qualifier: ['exact', 'exact'],
        source: ['s1', 's1'],
        evidence: ['96%', '90.5%'],
      };
      const parquet = parquetWriteBuffer({
        columnData: COLUMNS.observations.map((name) =>
          name === 'value'
            ? { name, data: [96, 90.5], type: 'DOUBLE' as const }
            : { name, data: cells[name] ?? ['', ''], type: 'STRING' as const },
        ),
      });
      const rest = withoutCsv();
      serve({ ...rest, 'd/observations.parquet': new Uint8Array(parquet) }, missing);
      const texts = await fetchDataFiles(FILES);
      if (typeof texts.observations === 'string') throw new Error('read as CSV');
      expect(texts.observations.issues).toEqual([]);
      expect(texts.observations.rows.map((o) => [o.region, o.value])).toEqual([
        ['520100', 96],
        ['520300', 90.5],
      ]);
    },
  );

  it('names a broken Parquet file, and a folder with neither file misses observations.csv', async () => {
    const rest = withoutCsv();
    const broken = new TextEncoder().encode('PAR1 not really PAR1');
    serve({ ...rest, 'd/observations.parquet': broken }, 'status');
    await expect(fetchDataFiles(FILES)).rejects.toThrow(
      /observations\.parquet: not a readable Parquet file/,
    );
    serve(rest, 'status');
    await expect(fetchDataFiles(FILES)).rejects.toThrow(/observations\.csv: file not found/);
  });

  it.each(['status', 'index'] as const)(
    'loads without a missing events.csv (answered by %s) and says it is not found',
    async (missing) => {
      serve(all, missing);
      const texts = await fetchDataFiles(FILES);
      expect(texts.events).toBeUndefined();
      expect(english(texts.issues)).toEqual([
        { file: 'events.csv', row: 0, field: '', message: 'file not found' },
      ]);
    },
  );

  it('calls a required file answered by the index page "file not found", naming it in both languages', async () => {
    serve(
      Object.fromEntries(Object.entries(all).filter(([path]) => path !== 'd/metrics.csv')),
      'index',
    );
    await expect(fetchDataFiles(FILES)).rejects.toThrow('metrics.csv: file not found');
    await expect(fetchDataFiles(FILES)).rejects.toThrow('metrics.csv：找不到文件');
  });

  describe('observations.csv, read as it arrives', () => {
    const header = COLUMNS.observations.join(',');
    const line = (id: string, value: string, evidence = 's') =>
      `${id},520100,2020-02-03,stated,,work_rate,u1,,${value},exact,%,,,s1,${evidence},`;
    /** A body that arrives in pieces of `size` bytes. */
    const inPieces = (bytes: Uint8Array, size: number) =>
      new ReadableStream<Uint8Array>({
        start(c) {
          for (let i = 0; i < bytes.length; i += size) c.enqueue(bytes.slice(i, i + size));
          c.close();
        },
      });
    /** Serves the observations in pieces; says how many times they were asked for. */
    function serveObservations(body: Uint8Array, size: number): () => number {
      let asked = 0;
      vi.stubGlobal('fetch', async (url: string) => {
        if (url === 'd/observations.csv') {
          asked++;
          return new Response(inPieces(body, size));
        }
        const other = new Map(Object.entries(all)).get(url);
        return other === undefined
          ? new Response('Not found', { status: 404 })
          : new Response(other);
      });
      return () => asked;
    }

    it('gives the rows, row numbers and messages that reading the whole text gives', async () => {
      // Long enough to arrive in many pieces, with a bad row and a multi-byte character cut
      // between two of them.
      const rows = Array.from({ length: 400 }, (_, i) =>
        line(`o${i}`, i === 7 ? 'x' : String(i % 90), i % 3 ? 's' : '百分之九十'),
      );
      const text = [header, ...rows].join('\n') + '\n';
      serveObservations(new TextEncoder().encode(text), 333);
      const texts = await fetchDataFiles(FILES);
      if (typeof texts.observations === 'string' || !('rows' in texts.observations))
        throw new Error('not read as it arrived');
      expect(texts.observations).toEqual(parseObservations(text));
      expect(texts.observations.issues).toHaveLength(1);
      expect(texts.observations.rows).toHaveLength(399);
    });

    it('reads a file with quoted fields whole, as before, asking for it once', async () => {
      const text = `${header}\n${line('o1', '90', '"90%, or so"')}\n`;
      const asked = serveObservations(new TextEncoder().encode(text), 16);
      const texts = await fetchDataFiles(FILES);
      expect(texts.observations).toBe(text);
      expect(asked()).toBe(1);
    });

    it('fetches a file again to read it whole when its first quote mark comes late', async () => {
      const rows = Array.from({ length: 20_000 }, (_, i) => line(`o${i}`, '90'));
      const text = [header, ...rows, line('late', '90', '"90%, or so"')].join('\n') + '\n';
      expect(text.length).toBeGreaterThan(1 << 20);
      const asked = serveObservations(new TextEncoder().encode(text), 65_536);
      const texts = await fetchDataFiles(FILES);
      expect(texts.observations).toBe(text);
      expect(asked()).toBe(2);
    });

    it('reads a GBK file whole and notes its encoding', async () => {
      const gbk = new Uint8Array([
        ...new TextEncoder().encode(`${header}\n${line('o1', '90', '')}`),
        0xb9,
        0xf3,
        0xd1,
        0xf4,
        0x0a,
      ]);
      const asked = serveObservations(gbk, 64);
      const texts = await fetchDataFiles(FILES);
      expect(asked()).toBe(1);
      expect(texts.observations).toBe(`${header}\n${line('o1', '90', '')}贵阳\n`);
      expect(texts.issues).toContainEqual(expect.objectContaining({ file: 'observations.csv' }));
    });
  });

  it('decodes a GBK file and notes its encoding', async () => {
    const gbk = new Uint8Array([...new TextEncoder().encode('code\n'), 0xb9, 0xf3, 0xd1, 0xf4]);
    serve({ ...all, 'd/regions.csv': gbk, 'd/events.csv': 'id\n' }, 'status');
    const texts = await fetchDataFiles(FILES);
    expect(texts.regions).toBe('code\n贵阳');
    expect(texts.issues[0]).toMatchObject({ file: 'regions.csv' });
  });

  it('keeps the good boundary features of a file with a bad one, naming the bad one', async () => {
    const geo = JSON.stringify({
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { code: '1', name: 'a' }, geometry: null },
        {
          type: 'Feature',
          properties: { code: '2', name: 'b' },
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [1, 1],
                [2, 1],
                [1, 2],
                [1, 1],
              ],
            ],
          },
        },
      ],
    });
    serve({ ...all, 'd/regions.geojson': geo, 'd/events.csv': 'id\n' }, 'status');
    const texts = await fetchDataFiles(FILES);
    expect(texts.boundaries.features.map((f) => f.properties.code)).toEqual(['2']);
    expect(texts.issues).toEqual([
      expect.objectContaining({ file: 'regions.topojson', field: 'feature 0: geometry' }),
    ]);
  });

  it('reads TopoJSON boundaries as features plus borders where a shared border is one line', async () => {
    // Two unit squares sharing the edge x = 1 (arc 0).
    const topo = JSON.stringify({
      type: 'Topology',
      arcs: [
        [
          [1, 0],
          [1, 1],
        ],
        [
          [1, 1],
          [0, 1],
          [0, 0],
          [1, 0],
        ],
        [
          [1, 0],
          [2, 0],
          [2, 1],
          [1, 1],
        ],
      ],
      objects: {
        regions: {
          type: 'GeometryCollection',
          geometries: [
            { type: 'Polygon', arcs: [[0, 1]], properties: { code: 'L', name: 'l' } },
            { type: 'Polygon', arcs: [[2, -1]], properties: { code: 'R', name: 'r' } },
          ],
        },
      },
    });
    serve({ ...all, 'd/regions.geojson': topo, 'd/events.csv': 'id\n' }, 'status');
    const texts = await fetchDataFiles(FILES);
    expect(texts.issues).toEqual([]);
    expect(texts.boundaries.features.map((f) => f.properties.code)).toEqual(['L', 'R']);
    // 7 units of line, not 8: the shared edge is not drawn a second time.
    const points = (texts.boundaries.borders as number[][][]).flat();
    const length = points
      .slice(1)
      .reduce((sum, p, i) => sum + Math.hypot(p[0]! - points[i]![0]!, p[1]! - points[i]![1]!), 0);
    expect(length).toBe(7);
  });

  it('outlines every ring of GeoJSON boundaries: they carry no shared borders', async () => {
    serve({ ...all, 'd/events.csv': 'id\n' }, 'status');
    const texts = await fetchDataFiles(FILES);
    expect(texts.boundaries.borders).toBeUndefined();
  });
});
