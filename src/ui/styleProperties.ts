import { cssCustomProperties } from '../core/styleTokens';

/**
 * Gives the style sheet its colours: one custom property per token, set on the map's root
 * through the CSSOM, which a strict policy allows (it refuses style attributes and inline
 * <style>). The dialogs are appended to the root, so they inherit them.
 *
 * Some of the style sheet paints outside the root: the page itself when printing, and a
 * dialog's ::backdrop, which older browsers let inherit nothing. For those the properties are
 * also registered once per document with the tokens as initial values; registration changes
 * no element's style, so a host page of the library keeps its own.
 */
export function applyStyleProperties(root: HTMLElement): void {
  registerOnce();
  for (const [name, value] of cssCustomProperties()) root.style.setProperty(name, value);
}

let registered = false;

function registerOnce(): void {
  if (registered) return;
  registered = true;
  if (typeof CSS === 'undefined' || typeof CSS.registerProperty !== 'function') return;
  for (const [name, initialValue] of cssCustomProperties()) {
    try {
      CSS.registerProperty({ name, syntax: '<color>', inherits: true, initialValue });
    } catch {
      // Already registered: a second copy of the library on the page got there first.
    }
  }
}
