import { h, listen } from './dom';
import type { Lang } from './i18n';
import type { ExportSource } from '../export/source';

const LABEL = { zh: '导出', en: 'Export' } as const;
const HINT = {
  zh: '导出图片（PNG、SVG）或动画（WebM、MP4、GIF）',
  en: 'Export an image (PNG, SVG) or the animation (WebM, MP4, GIF)',
} as const;

/**
 * The Export button. The dialog and the encoders behind it are loaded on the first click
 * (dynamic import), so the map's first load carries none of them.
 */
export function createExportButton(source: () => ExportSource | null, onOpen?: () => void) {
  const element = h('button', { type: 'button', class: 'export-open', 'aria-haspopup': 'dialog' });
  let opening = false;
  const off = listen(element, 'click', () => {
    const src = source();
    if (!src || opening) return;
    opening = true;
    // Playback stops while exporting: frames are drawn from the state, not from the clock.
    onOpen?.();
    element.setAttribute('aria-busy', 'true');
    import('../export/exportDialog')
      .then((m) => m.openExportDialog(src))
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
      element.textContent = LABEL[lang];
      element.title = HINT[lang];
    },
    destroy() {
      off();
      element.remove();
    },
  };
}
