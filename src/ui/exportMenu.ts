import { h, listen } from './dom';
import { t, type Lang } from './i18n';

/**
 * The Export button. `open` loads and opens the dialog (the app imports the export code on
 * the first click, so the map's first load carries none of it); it gives null while there
 * is nothing to export yet.
 */
export function createExportButton(open: () => Promise<unknown> | null) {
  const element = h('button', { type: 'button', class: 'export-open', 'aria-haspopup': 'dialog' });
  let opening = false;
  const off = listen(element, 'click', () => {
    if (opening) return;
    const opened = open();
    if (!opened) return;
    opening = true;
    element.setAttribute('aria-busy', 'true');
    opened
      .catch((err: unknown) => {
        element.title = String((err as Error).message ?? err);
      })
      .finally(() => {
        opening = false;
        element.removeAttribute('aria-busy');
      });
  });
  return {
    element,
    render(lang: Lang) {
      element.textContent = t('exportOpen', lang);
      element.title = t('exportHint', lang);
    },
    destroy() {
      off();
      element.remove();
    },
  };
}
