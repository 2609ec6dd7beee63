import type { Action, AppState } from '../core/appState';
import { sameExceptCamera, sameExceptDate } from '../core/appStateUrl';
import type { Session } from '../core/session';
import type { Store } from './createStore';
import { listen } from '../ui/dom';

const URL_SETTLE_MS = 300;

/** The query without the parameters that choose the data rather than the view. */
export function viewQuery(q: string): string {
  const p = new URLSearchParams(q);
  p.delete('data');
  return p.toString();
}

export interface UrlSyncDeps {
  session: Session;
  store: Store<AppState, Action>;
  /** Mirror the state in the address bar and follow history navigation. */
  syncUrl: boolean;
  onChange?: (state: AppState, query: string) => void;
}

/**
 * The address mirrors the state: a change of view adds a history entry, a timeline step
 * replaces it once the timeline rests, moving the map replaces it at once, and going back
 * sets the state the entry names.
 */
export function createUrlSync(deps: UrlSyncDeps): { pending(): boolean; destroy(): void } {
  const { session, store, syncUrl } = deps;
  // Parameters that choose the data, not the view, pass through the address bar untouched.
  const passthrough = new URLSearchParams(syncUrl ? window.location.search : '');
  for (const key of [...passthrough.keys()]) if (key !== 'data') passthrough.delete(key);
  const keep = passthrough.toString();
  let lastQuery = session.queryOf(store.get());
  let timer = 0;

  function writeUrl(s: AppState, push: boolean) {
    const query = session.queryOf(s);
    if (query === lastQuery) return;
    if (syncUrl) {
      const full = [keep, query].filter(Boolean).join('&');
      const url = `${window.location.pathname}${full ? `?${full}` : ''}${window.location.hash}`;
      if (push && !s.embed) window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
    }
    lastQuery = query;
    deps.onChange?.(s, query);
  }
  const cleanups = [
    store.subscribe((s, prev) => {
      if (s.date !== prev.date && sameExceptDate(s, prev)) {
        // Scrubbing and playing change the date many times a second: the address bar follows
        // once the timeline rests, and replaces the entry rather than adding one per day.
        window.clearTimeout(timer);
        timer = window.setTimeout(() => {
          timer = 0;
          writeUrl(store.get(), false);
        }, URL_SETTLE_MS);
      } else {
        // This write takes the waiting one's place; a timer number left behind would keep
        // `pending()` true, and the map from ever counting as idle.
        window.clearTimeout(timer);
        timer = 0;
        // Panning and zooming replace the entry too: Back leaves the map, not each drag.
        writeUrl(s, !(sameExceptCamera(s, prev) && s.date === prev.date));
      }
    }),
    () => window.clearTimeout(timer),
  ];
  if (syncUrl) {
    cleanups.push(
      listen(window, 'popstate', () => {
        const next = session.fromQuery(viewQuery(window.location.search), store.get());
        // Set first, so that arriving at a history entry does not push a new one.
        lastQuery = next.query;
        store.set(next.state);
      }),
    );
  }
  return {
    /** Whether the address waits for the timeline to rest. */
    pending: () => timer !== 0,
    destroy() {
      cleanups.forEach((f) => f());
    },
  };
}
