import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { parseCsv } from '../../src/core/csv';
import { COLUMNS, parseObservations, parseRegions } from '../../src/core/parseDataset';
import { checkBoundaries } from '../../src/core/geojsonCheck';
import { decodeText } from '../../src/core/decodeText';
import { en } from './englishIssues';

// CSV-ish text: the characters that make quoting, rows and fields, plus anything else.
const csvText = fc
  .array(
    fc.oneof(
      fc.constantFrom(',', '"', '\n', '\r\n', '\r', ' ', '\uFEFF', '""', 'a', '1', '贵'),
      fc.string({ maxLength: 6 }),
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));
const withHeader = (columns: readonly string[]) =>
  csvText.map((body) => `${columns.join(',')}\n${body}`);

const RUNS = { numRuns: 200 };

describe('readers never throw on random input; they answer with messages', () => {
  it('parseCsv returns rows and issues for any text, and never both drops and keeps a row', () => {
    fc.assert(
      fc.property(csvText, (text) => {
        const t = parseCsv(text, 'x.csv');
        expect(t.records.length).toBe(t.rows.length);
        expect(new Set(t.rows).size).toBe(t.rows.length);
        for (const i of t.issues) expect(i.file).toBe('x.csv');
      }),
      RUNS,
    );
  });

  it('reading observations and regions from any body gives rows or named issues', () => {
    fc.assert(
      fc.property(withHeader(COLUMNS.observations), withHeader(COLUMNS.regions), (o, r) => {
        const obs = parseObservations(o, 'observations.csv');
        const reg = parseRegions(r, 'regions.csv');
        for (const i of [...obs.issues, ...reg.issues]) expect(en(i)).not.toBe('');
      }),
      RUNS,
    );
  });

  it('checkBoundaries answers any JSON value with a collection', () => {
    const geometry = fc.record({
      type: fc.constantFrom('Polygon', 'MultiPolygon', 'Point', 'Blob', null),
      coordinates: fc.jsonValue({ maxDepth: 5 }),
    });
    const feature = fc.record({
      type: fc.constant('Feature'),
      properties: fc.oneof(fc.record({ code: fc.string(), name: fc.string() }), fc.jsonValue()),
      geometry: fc.oneof(geometry, fc.jsonValue({ maxDepth: 2 })),
    });
    const collection = fc.record({
      type: fc.constantFrom('FeatureCollection', 'Feature'),
      features: fc.oneof(fc.array(feature, { maxLength: 5 }), fc.jsonValue({ maxDepth: 2 })),
    });
    fc.assert(
      fc.property(fc.oneof(collection, fc.jsonValue({ maxDepth: 4 })), (json) => {
        const r = checkBoundaries(json, 'b.geojson');
        expect(r.collection.type).toBe('FeatureCollection');
        expect(Array.isArray(r.collection.features)).toBe(true);
      }),
      RUNS,
    );
  });

  it('decodeText answers any bytes with text or a message, never both missing', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        const r = decodeText(bytes, 'x.csv');
        expect(r.text !== null || r.issue !== null).toBe(true);
      }),
      RUNS,
    );
  });
});
