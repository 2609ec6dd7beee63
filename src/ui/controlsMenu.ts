import { compactLayout } from '../core/compactLayout';
import { h, listen, uniqueId } from './dom';
import { t, type Lang } from './i18n';

/**
 * One menu button that holds the pickers and settings while the map's box is compact (a
 * phone). The controls are the same elements in both layouts: folding moves each one into
 * the menu, unfolding puts it back where it was, so nothing is built twice. It sets the
 * root's `compact` and `short` classes, which the style sheet's small-screen rules follow.
 */
export function createControlsMenu(root: HTMLElement, folded: readonly HTMLElement[]) {
  const panel = h('div', { class: 'menu-panel', id: uniqueId('rmap-menu'), hidden: true });
  const button = h('button', {
    type: 'button',
    class: 'menu-toggle',
    'aria-expanded': 'false',
    'aria-controls': panel.id,
  });
  // Each control's place in the full layout, marked so that unfolding returns it there.
  const homes = folded.map((el) => {
    const mark = document.createComment('');
    el.before(mark);
    return { el, mark };
  });
  let isCompact = false;

  function setOpen(open: boolean, focus: 'menu' | 'button' | 'none' = 'none'): void {
    panel.hidden = !open;
    button.setAttribute('aria-expanded', String(open));
    if (focus === 'menu')
      panel.querySelector<HTMLElement>('button, select, input, a[href]')?.focus();
    if (focus === 'button') button.focus();
  }

  function fold(compact: boolean, short: boolean): void {
    root.classList.toggle('short', short);
    if (compact === isCompact) return;
    isCompact = compact;
    root.classList.toggle('compact', compact);
    if (compact) panel.append(...folded);
    else {
      setOpen(false);
      for (const { el, mark } of homes) mark.after(el);
    }
  }

  const observer = new ResizeObserver(() => {
    const { compact, short } = compactLayout(
      root.clientWidth,
      Math.min(root.clientHeight, window.innerHeight),
    );
    fold(compact, short);
  });
  observer.observe(root);

  const off = [
    listen(button, 'click', () => setOpen(panel.hidden, panel.hidden ? 'menu' : 'none')),
    // Escape anywhere in the menu closes it and gives the focus back to its button.
    listen(panel, 'keydown', (ev) => {
      if (ev.key !== 'Escape' || ev.defaultPrevented) return;
      ev.preventDefault();
      setOpen(false, 'button');
    }),
    listen(button, 'keydown', (ev) => {
      if (ev.key === 'Escape' && !panel.hidden) setOpen(false);
    }),
    // A tap outside the menu closes it, as any menu does.
    listen(document, 'pointerdown', (ev) => {
      const target = ev.target as Node;
      if (!panel.hidden && !panel.contains(target) && !button.contains(target)) setOpen(false);
    }),
  ];

  return {
    button,
    panel,
    render(lang: Lang): void {
      // The button is an icon on screen; its name is for screen readers and voice control.
      button.replaceChildren(
        h('span', { 'aria-hidden': 'true' }, '☰'),
        h('span', { class: 'sr-only' }, t('options', lang)),
      );
      panel.setAttribute('aria-label', t('options', lang));
    },
    destroy(): void {
      observer.disconnect();
      off.forEach((f) => f());
      fold(false, false);
      for (const { mark } of homes) mark.remove();
      button.remove();
      panel.remove();
    },
  };
}
