import type { Action, AppState } from '../core/appState';
import { normalizeCamera, sameCamera } from '../core/camera';
import type { MapView } from '../render/mapView';
import type { Store } from './createStore';

/**
 * The camera goes both ways between the map and the state. A pan or zoom by the reader (a
 * move with a pointer, wheel, key or button event behind it, never a fit the app made) puts
 * the map's centre and zoom in the state, so that the address, links and embeds keep them;
 * a camera in the state (a link, history, update()) moves the map there; a state without
 * one shows its view, framed. Returns the way to stop.
 */
export function followCamera(
  view: MapView,
  store: Store<AppState, Action>,
  fitView: (view: string, animate: boolean) => void,
): () => void {
  const { map } = view;
  const first = store.get();
  // A page opens on its view without a camera animation. One still running while the page
  // around the map laid out put the camera's size from before back on each of its frames; on
  // a phone, where the map's box grows, deck.gl's far plane then fell short and nothing drew.
  if (first.camera) view.jumpTo(first.camera);
  else if (first.view !== 'all') fitView(first.view, false);

  let byReader = false;
  // While the reader's own move is being put in the state: its echo is not jumped to.
  let own: AppState['camera'] = undefined;
  const onStart = (e: { originalEvent?: unknown }) => {
    byReader = !!e.originalEvent;
  };
  const onEnd = (e: { originalEvent?: unknown }) => {
    if (!byReader && !e.originalEvent) return;
    byReader = false;
    const camera = normalizeCamera(view.camera());
    if (!camera) return;
    own = camera;
    store.dispatch({ type: 'setCamera', camera });
    own = undefined;
  };
  map.on('movestart', onStart);
  map.on('moveend', onEnd);
  const off = store.subscribe((s, prev) => {
    if (s.camera) {
      // The reader's own move comes back rounded: the map stays where they left it. Any
      // other camera (history, a link, update()) is jumped to even when it looks the same,
      // which also stops a framing still under way.
      if (s.camera !== prev.camera && !(own && sameCamera(s.camera, own))) view.jumpTo(s.camera);
    } else if (s.view !== prev.view || prev.camera) fitView(s.view, true);
  });
  return () => {
    off();
    map.off('movestart', onStart);
    map.off('moveend', onEnd);
  };
}
