/** The namespace of SVG elements, for document.createElementNS. */
export const SVG_NS = 'http://www.w3.org/2000/svg';

/** Tiny helper to build DOM without a framework; attributes are set, not properties. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number | boolean | undefined> = {},
  ...children: (Node | string | null | undefined)[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children) if (c != null) el.append(c);
  return el;
}

/** Adds a listener and returns its removal, so components can clean up in one place. */
export function listen<K extends keyof WindowEventMap>(
  target: HTMLElement | Window | Document,
  type: K,
  handler: (ev: WindowEventMap[K]) => void,
  options?: AddEventListenerOptions,
): () => void {
  target.addEventListener(type, handler as EventListener, options);
  return () => target.removeEventListener(type, handler as EventListener, options);
}

let nextId = 0;
/** An id unique in the page, so that two maps on one page never share one. */
export function uniqueId(prefix: string): string {
  nextId += 1;
  return `${prefix}-${nextId}`;
}

/** A caption tied to its control by `for`: a control nested in its label would lend its options' text to the label. */
export function labelFor(control: HTMLElement, caption: HTMLElement, prefix: string): HTMLElement {
  if (!control.id) control.id = uniqueId(prefix);
  const label = h('label', { for: control.id });
  label.append(caption);
  return label;
}

// A timeline step re-renders every control; writing an unchanged attribute or text still
// costs a DOM mutation (and wakes observers such as screen readers), so these compare first.

/** Sets an attribute only when its value changes. */
export function setAttr(el: Element, name: string, value: string): void {
  if (el.getAttribute(name) !== value) el.setAttribute(name, value);
}

/** Sets an element's text only when it changes. */
export function setText(el: Node, text: string): void {
  if (el.textContent !== text) el.textContent = text;
}
