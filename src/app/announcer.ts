import { Status } from '../core/status';
import type { Action, AppState } from '../core/appState';
import { formatDate } from '../core/format';
import { fillIn, t } from '../ui/i18n';
import type { Store } from './createStore';
import type { Derived } from './deriveStyle';

const REST_MS = 700;

export interface AnnouncerDeps {
  live: HTMLElement;
  store: Store<AppState, Action>;
  regionCount: number;
  derive(s: AppState): Derived;
  /** Work that follows the timeline once it rests rather than on each step. */
  onRest(s: AppState): void;
}

/**
 * Tells a screen reader what the map shows once the reader stops on a day, not every frame:
 * the date, how many regions have a figure and how many of those were observed that day.
 */
export function createAnnouncer(deps: AnnouncerDeps): { pending(): boolean; destroy(): void } {
  const { live, store } = deps;
  let timer = 0;
  function announce(s: AppState) {
    window.clearTimeout(timer);
    // Playing, nothing waits: a number left behind would keep `pending()` true.
    timer = 0;
    if (s.playing) return;
    timer = window.setTimeout(() => {
      timer = 0;
      deps.onRest(store.get());
      const { fill } = deps.derive(s);
      const n = deps.regionCount;
      let observed = 0;
      let shown = 0;
      for (let r = 0; r < n; r++) {
        const st = fill.status[s.dayIndex * n + r] ?? 0;
        if (st === Status.Observed) observed++;
        if (st !== Status.None && st !== Status.Stale) shown++;
      }
      live.textContent = fillIn(t('dayAnnouncement', s.lang), {
        date: formatDate(s.date, s.lang),
        shown,
        observed,
      });
    }, REST_MS);
  }
  const unsubscribe = store.subscribe(announce);
  return {
    /** Whether an announcement waits for the timeline to rest. */
    pending: () => timer !== 0,
    destroy() {
      unsubscribe();
      window.clearTimeout(timer);
    },
  };
}
