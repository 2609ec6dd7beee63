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

// MapLibre's message types (its private util/actor_messages.ts, `MessageType`), which is
// why maplibre-gl is pinned to an exact version: a unit test reads the enum from the
// installed package and fails when these sets no longer cover it.
/** Messages that keep the style in step or tidy up: answered with nothing. */
export const STYLE_MESSAGES: ReadonlySet<string> = new Set([
  'SR', // setReferrer
  'SL', // setLayers
  'UL', // updateLayers
  'SI', // setImages
  'UGS', // updateGlobalState
  'RS', // removeSource
  'RM', // removeMap
  'RMT', // removeTile
  'AT', // abortTile
  'RDT', // removeDEMTile
  'PI', // ping
  // Two that expect a result and get none: the RTL text plugin's state (never loaded: no
  // symbol layers) and a script import (only for a custom source type). Neither is sent
  // to a map without sources, plugin or custom protocol, and MapLibre tolerates the null.
  'SRPS', // syncRTLPluginState
  'IS', // importScript
]);
/** Messages that load or parse data: refused, saying why. */
export const DATA_MESSAGES: ReadonlySet<string> = new Set([
  'LD', // loadData
  'LT', // loadTile
  'RT', // reloadTile
  'LDT', // loadDEMTile
  'GCEZ', // getClusterExpansionZoom
  'GCC', // getClusterChildren
  'GCL', // getClusterLeaves
]);
/** Requests a worker sends to the map, never the other way: the stand-in never sees them. */
export const WORKER_TO_MAP_MESSAGES: ReadonlySet<string> = new Set([
  'GG', // getGlyphs
  'GDA', // getDashes
  'GI', // getImages
  'GR', // getResource
]);

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
    error: STYLE_MESSAGES.has(type)
      ? null
      : {
          $name: 'Error',
          message: DATA_MESSAGES.has(type)
            ? NO_SOURCES_MESSAGE
            : `The map's stand-in worker does not know the message type ${type}`,
        },
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
