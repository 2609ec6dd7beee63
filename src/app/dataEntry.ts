/**
 * The way in to the Data panel: a button, and files dropped anywhere on the map. The panel's
 * code (and the import worker, and opencc) load on first use, so the map's first load does not
 * pay for them.
 */
import type { DataPanel, DataPanelDeps } from '../ui/dataPanel';
import { say } from '../ui/dataStrings';
import { h, listen } from '../ui/dom';

export function createDataEntry(root: HTMLElement, deps: DataPanelDeps): () => void {
  const button = h('button', { type: 'button', class: 'data-toggle', 'aria-expanded': 'false' });
  const holder = h('div', { class: 'data-entry' }, button);
  let panel: Promise<DataPanel> | null = null;
  const ensure = () =>
    (panel ??= import('../ui/dataPanel').then(({ createDataPanel }) => {
      const p = createDataPanel(deps);
      holder.append(p.element);
      return p;
    }));
  const setOpen = async (open: boolean) => {
    button.setAttribute('aria-expanded', String(open));
    holder.classList.toggle('open', open);
    if (open) await ensure();
  };
  const label = () => (button.textContent = say('openPanel', deps.lang()));
  label();
  button.addEventListener(
    'click',
    () => void setOpen(button.getAttribute('aria-expanded') !== 'true'),
  );
  const off = [
    listen(root, 'dragover', (e) => {
      if (!e.dataTransfer?.types.includes('Files')) return;
      e.preventDefault();
      root.classList.add('dropping');
    }),
    listen(root, 'dragleave', (e) => {
      if (e.target === root) root.classList.remove('dropping');
    }),
    listen(root, 'drop', (e) => {
      const files = [...(e.dataTransfer?.files ?? [])];
      root.classList.remove('dropping');
      if (files.length === 0) return;
      e.preventDefault();
      void setOpen(true).then(() => ensure().then((p) => p.addFiles(files)));
    }),
    // The panel covers much of the map: Escape puts it away, as it does the dialogs, and
    // leaves the focus on the button that opens it again.
    listen(holder, 'keydown', (e) => {
      if (e.key !== 'Escape' || button.getAttribute('aria-expanded') !== 'true') return;
      e.preventDefault();
      void setOpen(false);
      button.focus();
    }),
    // The button's words follow the page's language.
    listen(root, 'click', () => queueMicrotask(label)),
  ];
  root.prepend(holder);
  return () => {
    off.forEach((f) => f());
    void panel?.then((p) => p.destroy());
    holder.remove();
  };
}
