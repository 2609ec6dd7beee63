/**
 * The notes above the map: what in the link or the data was not used. A hostile file can
 * give thousands; the first few show, with their count and a button that reveals the rest,
 * so nothing is hidden and the map is not pushed off the screen.
 */
import { h, listen } from './dom';
import type { NoteLines } from '../core/noteLines';
import { fillIn, t, type Lang } from './i18n';

export const NOTES_SHOWN = 8;

export interface NoteList {
  render(lang: Lang): void;
  destroy(): void;
}

export function createNoteList(element: HTMLElement, notes: NoteLines): NoteList {
  let expanded = false;
  let lang: Lang = 'zh';
  let off: (() => void) | null = null;
  const draw = () => {
    off?.();
    off = null;
    const lines = notes(lang);
    if (lines.length === 0) {
      element.replaceChildren();
      return;
    }
    const shown = expanded ? lines : lines.slice(0, NOTES_SHOWN);
    const children: Node[] = [
      h('p', { class: 'notes-count' }, noteCount(shown.length, lines.length, lang)),
      ...shown.map((n) => h('p', {}, n)),
    ];
    if (shown.length < lines.length) {
      const more = h('button', { type: 'button', class: 'notes-all' }, t('showAllNotes', lang));
      off = listen(more, 'click', () => {
        expanded = true;
        draw();
      });
      children.push(more);
    }
    element.replaceChildren(...children);
  };
  return {
    render(next) {
      if (next === lang && element.childElementCount > 0) return;
      lang = next;
      draw();
    },
    destroy() {
      off?.();
    },
  };
}

export function noteCount(shown: number, total: number, lang: Lang): string {
  return fillIn(t('notesCount', lang), { shown, total });
}
