/**
 * A panel drawn anew on every change (the Data panel's report) would drop the focus of the
 * control the change came from: a keyboard user's next key would go to the page. The control
 * that had the focus is found again in the new drawing by its kind and its accessible name,
 * which stay the same where its id does not.
 */
export function keepingFocus<T>(container: HTMLElement, draw: () => T): T {
  const active = container.ownerDocument.activeElement;
  const had = active instanceof HTMLElement && container.contains(active) ? active : null;
  const key = had ? keyOf(had) : null;
  const drawn = draw();
  // Even the very element loses the focus when the drawing takes it out and puts it back.
  if (key === null || container.ownerDocument.activeElement === had) return drawn;
  const again = [...container.querySelectorAll<HTMLElement>(key.tag)].find(
    (el) => keyOf(el).name === key.name,
  );
  again?.focus();
  return drawn;
}

function keyOf(el: HTMLElement): { tag: string; name: string } {
  const aria = el.getAttribute('aria-label');
  const labels = 'labels' in el ? (el as HTMLInputElement).labels : null;
  const name =
    aria ??
    (labels && labels.length > 0
      ? [...labels].map((l) => l.textContent ?? '').join(' ')
      : (el.textContent ?? ''));
  return { tag: el.tagName.toLowerCase(), name };
}
