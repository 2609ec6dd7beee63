import type { AppState, Action } from '../core/appState';
import { labelMapControls } from '../render/mapControlLabels';
import { t, type Lang } from '../ui/i18n';
import type { Store } from './createStore';

const labelsIn = (lang: Lang) => ({
  canvas: t('mapCanvas', lang),
  zoomIn: t('zoomIn', lang),
  zoomOut: t('zoomOut', lang),
});

/** Keeps MapLibre's own names in the page's language, now and at each switch; returns the way to stop. */
export function followMapControlLanguage(
  container: HTMLElement,
  store: Store<AppState, Action>,
): () => void {
  labelMapControls(container, labelsIn(store.get().lang));
  return store.subscribe((s, prev) => {
    if (s.lang !== prev.lang) labelMapControls(container, labelsIn(s.lang));
  });
}
