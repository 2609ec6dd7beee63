import { afterEach, describe, expect, it, vi } from 'vitest';
import { batchBuffers, observationEncoder } from '../../src/core/observationColumns';
import { COLUMNS, parseObservations } from '../../src/core/parseDataset';
import { readObservationsFile, type ObservationsMessage } from '../../src/app/readObservationsFile';

const HEADER = COLUMNS.observations.join(',');
const line = (i: number) =>
  `o${i},520100,2020-03-0${i + 1},stated,,work_rate,u1,,9${i},exact,%,,,s1,复工率,`;
const TEXT = [HEADER, line(0), line(1), line(2)].join('\n');

/** A worker that answers its one request with the given messages, as a real one would post. */
function fakeWorker(answer: (url: string) => ObservationsMessage[] | 'fail') {
  const made: { url: string | null; terminated: boolean }[] = [];
  class FakeWorker {
    onmessage: ((e: MessageEvent<ObservationsMessage>) => void) | null = null;
    onerror: ((e: ErrorEvent) => void) | null = null;
    private readonly state = { url: null as string | null, terminated: false };
    constructor() {
      made.push(this.state);
    }
    postMessage(req: { url: string; name: string }) {
      this.state.url = req.url;
      const messages = answer(req.url);
      setTimeout(() => {
        if (messages === 'fail') {
          this.onerror?.({ preventDefault: () => undefined, message: 'no' } as ErrorEvent);
          return;
        }
        for (const m of messages) {
          if (this.state.terminated) return;
          this.onmessage?.({ data: structuredClone(m) } as MessageEvent<ObservationsMessage>);
        }
      });
    }
    terminate() {
      this.state.terminated = true;
    }
  }
  vi.stubGlobal('Worker', FakeWorker);
  vi.stubGlobal('document', { baseURI: 'http://host/app/' });
  // Where the page reads the file itself.
  vi.stubGlobal('fetch', async () => new Response(TEXT));
  return made;
}

/** What the worker posts for `text`: its rows in batches of two, then the end. */
function workerMessages(text = TEXT): ObservationsMessage[] {
  const read = parseObservations(text, 'observations.csv');
  const encoder = observationEncoder(2);
  const out: ObservationsMessage[] = [];
  const send = () => {
    const batch = encoder.take();
    if (batch)
      out.push({ type: 'batch', batch: structuredClone(batch, { transfer: batchBuffers(batch) }) });
  };
  for (const o of read.rows) {
    encoder.add(o);
    if (encoder.size === 2) send();
  }
  send();
  out.push({ type: 'done', issues: read.issues });
  return out;
}

afterEach(() => vi.unstubAllGlobals());

describe('readObservationsFile', () => {
  it('gives the observations the page would read itself, and ends the worker', async () => {
    const made = fakeWorker(() => workerMessages());
    const got = await readObservationsFile('d/observations.csv', 'observations.csv', 'csv', true);
    // With the ids checked as the batches came: none repeats.
    expect(got).toEqual({ ...parseObservations(TEXT, 'observations.csv'), repeats: [] });
    // The worker resolves addresses against its own script: it is given the page's.
    expect(made).toEqual([{ url: 'http://host/app/d/observations.csv', terminated: true }]);
  });

  it('leaves out a row whose id an earlier batch had, and names it', async () => {
    // Row 4 repeats row 1's id, two batches later.
    const text = `${TEXT}\n${line(0).replace(',90,', ',99,')}`;
    fakeWorker(() => workerMessages(text));
    const got = await readObservationsFile('d/o.csv', 'observations.csv', 'csv', true);
    const read = parseObservations(text, 'observations.csv');
    expect(got).toMatchObject({ rows: read.rows.slice(0, 3), rowNumbers: [1, 2, 3] });
    expect(got).toHaveProperty('repeats', [
      expect.objectContaining({
        file: 'observations.csv',
        row: 4,
        field: 'id',
        code: 'repeated-key',
      }),
    ]);
  });

  it('reads a file on the page when told to, and starts no worker', async () => {
    const made = fakeWorker(() => workerMessages());
    const got = await readObservationsFile('d/o.csv', 'observations.csv', 'csv', false);
    expect(got).toEqual(parseObservations(TEXT, 'observations.csv'));
    expect(made).toEqual([]);
  });

  it('tells how many figures are read as each batch comes', async () => {
    fakeWorker(() => workerMessages());
    const counts: number[] = [];
    await readObservationsFile('d/o.csv', 'observations.csv', 'csv', true, undefined, (n: number) =>
      counts.push(n),
    );
    expect(counts).toEqual([2, 3]);
  });

  it('passes on a missing file, a file to read whole, one that cannot be read and its first bytes', async () => {
    fakeWorker(() => [{ type: 'missing' }]);
    expect(await readObservationsFile('x.csv', 'observations.csv', 'csv', true)).toBeNull();
    fakeWorker(() => [{ type: 'read-whole' }]);
    expect(await readObservationsFile('x.csv', 'observations.csv', 'csv', true)).toBe('read-whole');
    const issue = { file: 'observations.parquet', row: 0, field: '', code: 'x', params: {} };
    fakeWorker(() => [{ type: 'broken', issue } as ObservationsMessage]);
    expect(
      await readObservationsFile('x.parquet', 'observations.parquet', 'parquet', true),
    ).toEqual({
      broken: issue,
    });
    fakeWorker(() => [{ type: 'bytes', bytes: new Uint8Array([1, 2]) }]);
    expect(await readObservationsFile('x.csv', 'observations.csv', 'csv', true)).toEqual(
      new Uint8Array([1, 2]),
    );
  });

  it('reads the file on the page when the worker cannot start', async () => {
    const made = fakeWorker(() => 'fail');
    vi.stubGlobal('fetch', async () => new Response(TEXT));
    const got = await readObservationsFile('d/observations.csv', 'observations.csv', 'csv', true);
    expect(got).toEqual(parseObservations(TEXT, 'observations.csv'));
    expect(made[0]?.terminated).toBe(true);
  });

  it('stops the worker and fails as a fetch does when the load is cancelled', async () => {
    const made = fakeWorker(() => []);
    const abort = new AbortController();
    const reading = readObservationsFile('d/o.csv', 'observations.csv', 'csv', true, abort.signal);
    abort.abort();
    await expect(reading).rejects.toMatchObject({ name: 'AbortError' });
    expect(made[0]?.terminated).toBe(true);
  });

  it('names the error the worker met', async () => {
    fakeWorker(() => [{ type: 'error', message: 'Failed to fetch' }]);
    await expect(readObservationsFile('d/o.csv', 'observations.csv', 'csv', true)).rejects.toThrow(
      'Failed to fetch',
    );
  });
});
