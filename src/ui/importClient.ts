/**
 * The page's side of the import worker: one request at a time, the latest wins, and cancel
 * ends the worker outright (a fresh one starts with the next file), so a long parse never has
 * to reach a checkpoint to stop.
 */
import type { Region } from '../core/types';
import type {
  ImportRequest,
  ImportResponse,
  ImportSummary,
  WireChoices,
} from '../core/ingest/importProtocol';
import type { ImportStage } from '../core/ingest/analyseImport';

export interface ImportClient {
  open(
    file: string,
    data: { bytes?: Uint8Array; text?: string },
    choices: WireChoices,
  ): Promise<ImportSummary>;
  choose(choices: WireChoices): Promise<ImportSummary>;
  cancel(): void;
  destroy(): void;
}

export interface ImportClientOptions {
  regions(): Region[];
  universeLabel(): { zh: string; en: string };
  onStage(stage: ImportStage): void;
}

export class ImportCancelled extends Error {
  constructor() {
    super('cancelled');
  }
}

export function createImportClient(options: ImportClientOptions): ImportClient {
  let worker: Worker | null = null;
  let nextId = 1;
  let pending: { id: number; resolve(s: ImportSummary): void; reject(e: Error): void } | null =
    null;
  let lastOpen: Extract<ImportRequest, { type: 'open' }> | null = null;

  const ensure = (): Worker => {
    if (worker) return worker;
    worker = new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<ImportResponse>) => {
      const m = e.data;
      if (!pending || m.id !== pending.id) return;
      if (m.type === 'progress') options.onStage(m.stage);
      else if (m.type === 'result') settle().resolve(m.summary);
      else settle().reject(new Error(m.message));
    };
    worker.onerror = (e) => settle()?.reject(new Error(e.message));
    return worker;
  };
  const settle = () => {
    const p = pending;
    pending = null;
    return p ?? { resolve: () => undefined, reject: () => undefined };
  };
  const send = (req: ImportRequest): Promise<ImportSummary> => {
    pending?.reject(new ImportCancelled());
    return new Promise((resolve, reject) => {
      pending = { id: req.id, resolve, reject };
      ensure().postMessage(req);
    });
  };
  const common = (choices: WireChoices) => ({
    id: nextId++,
    regions: options.regions(),
    universeLabel: options.universeLabel(),
    choices,
  });

  return {
    open(file, data, choices) {
      lastOpen = { ...common(choices), type: 'open', file, ...data };
      return send(lastOpen);
    },
    choose(choices) {
      // A cancelled worker lost the file: open it again rather than asking a blank worker.
      if (!worker && lastOpen) return send({ ...lastOpen, ...common(choices), type: 'open' });
      return send({ ...common(choices), type: 'choose' });
    },
    cancel() {
      worker?.terminate();
      worker = null;
      pending?.reject(new ImportCancelled());
      pending = null;
    },
    destroy() {
      this.cancel();
      lastOpen = null;
    },
  };
}
