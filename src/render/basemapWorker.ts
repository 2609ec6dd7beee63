/**
 * Stands in for MapLibre's worker (147 KB gzip) on a map whose style has no sources: all
 * MapLibre then sends are broadcasts that keep the style in step (referrer, layers, images,
 * a liveness ping), which need an answer and no work. Anything that asks for data or tiles
 * gets an error saying why, so a source added to the style later fails loudly, not blank.
 */
export interface WorkerMessage {
  id?: string;
  type?: string;
}

export interface WorkerReply {
  id: string;
  type: '<response>';
  sourceMapId: null;
  origin: string;
  error: { $name: 'Error'; message: string } | null;
  data: null;
}

// MapLibre's message types that load or parse data (its util/actor_messages.ts).
const DATA_MESSAGES = new Set(['LD', 'LT', 'RT', 'LDT', 'GCEZ', 'GCC', 'GCL']);

export const NO_SOURCES_MESSAGE =
  'This map draws its data with deck.gl; MapLibre sources are not supported';

/** The answer to one message from the map, or null where MapLibre expects none. */
export function replyTo(message: WorkerMessage, origin: string): WorkerReply | null {
  const { id, type } = message;
  if (!id || !type || type === '<response>' || type === '<cancel>') return null;
  return {
    id,
    type: '<response>',
    sourceMapId: null,
    origin,
    // MapLibre rebuilds errors from `$name` and the fields beside it.
    error: DATA_MESSAGES.has(type) ? { $name: 'Error', message: NO_SOURCES_MESSAGE } : null,
    data: null,
  };
}

declare const WorkerGlobalScope: unknown;
if (typeof WorkerGlobalScope !== 'undefined') {
  const scope = self as unknown as {
    location: Location;
    addEventListener(type: 'message', fn: (e: MessageEvent<WorkerMessage>) => void): void;
    postMessage(message: unknown): void;
  };
  scope.addEventListener('message', (e) => {
    const reply = replyTo(e.data, scope.location.origin);
    if (reply) scope.postMessage(reply);
  });
}
