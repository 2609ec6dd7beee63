/**
 * The observations file, read on the page for the shipped data and in a worker for own data,
 * which may be large (a year of every county's figures). The worker cuts and checks the rows;
 * the page only turns its column batches into observations as they come, checks that no id
 * repeats, and meanwhile reads the boundaries and the small files. Either way the answer holds
 * the observations `readObservations` (a CSV) or `readParquetObservations` gives; the worker's
 * also holds the repeats it found (`CheckedRead`), which `buildDataset` then need not look for.
 */
import type { StreamEnd } from '../core/csvRows';
import { firstOfEachAsRead, type CheckedRead } from '../core/firstOfEach';
import { observationDecoder, type ObservationBatch } from '../core/observationColumns';
import type { ReadResult } from '../core/readRows';
import type { InputIssue, Observation } from '../core/types';
import { readObservations } from './readObservations';
import { readParquetObservations } from './readParquetObservations';

export interface ObservationsRequest {
  /** Absolute: a worker resolves a relative address against its own script, not the page. */
  url: string;
  name: string;
  form: ObservationsForm;
}

export type ObservationsForm = 'csv' | 'parquet';

export type ObservationsMessage =
  | { type: 'batch'; batch: ObservationBatch }
  | { type: 'done'; issues: InputIssue[] }
  | { type: 'bytes'; bytes: Uint8Array }
  | { type: 'read-whole' }
  | { type: 'missing' }
  | { type: 'broken'; issue: InputIssue }
  | { type: 'error'; message: string };

type Answer =
  | ReadResult<Observation>
  | CheckedRead<Observation>
  | Uint8Array
  | StreamEnd
  | { broken: InputIssue }
  | null;

/** The answer is the observations read, not a reason to read the file another way. */
export const isRead = (a: Answer): a is ReadResult<Observation> =>
  a !== null && typeof a === 'object' && 'rows' in a;

/**
 * Reads the file at `url`, in a worker where `offPage`, and on the page otherwise: the shipped
 * data is small, and costs less to read than a worker costs to start and load its code.
 * `onFigures` hears how many observations are read so far in the worker.
 */
export async function readObservationsFile(
  url: string,
  name: string,
  form: ObservationsForm,
  offPage: boolean,
  signal?: AbortSignal,
  onFigures?: (count: number) => void,
): Promise<Answer> {
  const here = async (): Promise<Answer> => {
    const res = await fetch(url, { signal });
    return form === 'csv' ? readObservations(res, name) : readParquetObservations(res, name);
  };
  if (!offPage || typeof Worker === 'undefined') return here();
  // The worker asks for the file itself: a response handed over from the page would pass
  // each piece through the page's thread, which is busy with the boundaries meanwhile.
  return readInWorker({ url, name, form }, here, signal, onFigures);
}

/** Reads in a worker; `here` reads on the page where the worker cannot start or run. */
function readInWorker(
  request: ObservationsRequest,
  here: () => Promise<Answer>,
  signal?: AbortSignal,
  onFigures?: (count: number) => void,
): Promise<Answer> {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./observationsWorker.ts', import.meta.url), { type: 'module' });
  } catch {
    return here();
  }
  return new Promise<Answer>((resolve, reject) => {
    const read = { rows: [] as Observation[], rowNumbers: [] as number[] };
    const decode = observationDecoder();
    // Repeated ids are found as the batches come, while the page mostly waits for the rest
    // of the file: at millions of rows, this check took most of a second after the last one.
    const ids = firstOfEachAsRead<Observation>((o) => o.id, request.name, 'id');
    const onAbort = () => {
      finish();
      reject(signal?.reason);
    };
    // Always ended: a worker left running would keep the map's page alive after destroy().
    const finish = () => {
      worker.terminate();
      signal?.removeEventListener('abort', onAbort);
    };
    const settle = (answer: Answer) => {
      finish();
      resolve(answer);
    };
    if (signal?.aborted) return onAbort();
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.onmessage = (e: MessageEvent<ObservationsMessage>) => {
      const m = e.data;
      if (m.type === 'batch') {
        decode(m.batch, read.rows, read.rowNumbers);
        ids.take(read);
        onFigures?.(read.rows.length);
      } else if (m.type === 'done') {
        const { kept, repeats } = ids.end(read);
        settle({ ...kept, issues: m.issues, repeats });
      } else if (m.type === 'bytes') settle(m.bytes);
      else if (m.type === 'read-whole') settle('read-whole');
      else if (m.type === 'missing') settle(null);
      else if (m.type === 'broken') settle({ broken: m.issue });
      else {
        finish();
        reject(new Error(m.message));
      }
    };
    // The worker's script could not run (a host that serves it wrongly): read on the page.
    worker.onerror = (e) => {
      e.preventDefault();
      finish();
      here().then(resolve, reject);
    };
    worker.postMessage({ ...request, url: new URL(request.url, document.baseURI).href });
  });
}
