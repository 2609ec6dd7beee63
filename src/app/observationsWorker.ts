/**
 * Reads a large observations file off the page's thread: the same reading, rules and messages
 * as on the page (`readObservations`, `readParquetObservations`), with each kept row passed on
 * in column batches as it is read, so the page builds its observations while the rest of the
 * file still arrives.
 */
import { batchBuffers, observationEncoder } from '../core/observationColumns';
import { observationColumnReader } from '../core/observationColumnReader';
import { readObservations } from './readObservations';
import { readParquetObservations } from './readParquetObservations';
import type { ObservationsMessage, ObservationsRequest } from './readObservationsFile';

// Large enough that posting costs little, small enough that the page keeps up as rows come.
const BATCH_ROWS = 1 << 16;

const post = (m: ObservationsMessage, transfer: Transferable[] = []) =>
  (self as unknown as Worker).postMessage(m, transfer);

self.onmessage = async (e: MessageEvent<ObservationsRequest>) => {
  const { url, name, form } = e.data;
  const encoder = observationEncoder(BATCH_ROWS);
  const send = () => {
    const batch = encoder.take();
    if (batch) post({ type: 'batch', batch }, batchBuffers(batch));
  };
  try {
    const rows = observationColumnReader(name, encoder, () => {
      if (encoder.size >= BATCH_ROWS) send();
    });
    const res = await fetch(url);
    const got =
      form === 'csv'
        ? await readObservations(res, name, rows)
        : await readParquetObservations(res, name, rows);
    if (got === null) post({ type: 'missing' });
    else if (got === 'read-whole') post({ type: 'read-whole' });
    else if (got instanceof Uint8Array) post({ type: 'bytes', bytes: got }, [got.buffer]);
    else if ('broken' in got) post({ type: 'broken', issue: got.broken });
    else {
      send();
      post({ type: 'done', issues: got.issues });
    }
  } catch (err) {
    post({ type: 'error', message: err instanceof Error ? err.message : String(err) });
  }
};
