import {
  INSET_TITLE,
  LOCATOR_DOT,
  locatorBox,
  type InsetCard,
  type Rect,
} from '../core/insetLayout';
import type { LocatorShape } from '../core/locatorShape';
import { h, listen, SVG_NS } from './dom';

/** The pointer over an inset, in CSS pixels from the map's corner (where the map picks). */
export interface InsetPointer {
  hover(x: number, y: number): void;
  leave(): void;
  click(x: number, y: number): void;
}

interface Shown {
  el: HTMLElement;
  caption: HTMLElement;
  locator: SVGSVGElement;
  dot: SVGCircleElement;
  stop: () => void;
  last: string;
}

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>) {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  return el;
}

const percent = (v: number, of: number) => `${((100 * v) / Math.max(1, of)).toFixed(3)}%`;

/** Puts an element at a box, in shares of its container's size. */
function place(el: HTMLElement | SVGElement, box: Rect, within: { width: number; height: number }) {
  el.style.left = percent(box.x, within.width);
  el.style.top = percent(box.y, within.height);
  el.style.width = percent(box.width, within.width);
  el.style.height = percent(box.height, within.height);
}

/** The locator: the whole country, and a dot where the inset's area lies. */
function locatorSvg(shape: LocatorShape): { locator: SVGSVGElement; dot: SVGCircleElement } {
  const locator = svg('svg', {
    class: 'map-inset-locator',
    viewBox: `0 0 ${shape.width} ${shape.height}`,
    role: 'img',
  });
  const dot = svg('circle', { class: 'map-inset-dot', r: LOCATOR_DOT, cx: 0, cy: 0 });
  locator.append(svg('path', { class: 'map-inset-country', d: shape.path }), dot);
  return { locator, dot };
}

/**
 * The insets' frames over the map. The map itself draws each inset's regions (one deck.gl view,
 * render/insetViews.ts); the frames carry the name and the locator, and take the pointer, so
 * that a drag on an inset does not pan the main panel and a hover picks the inset's region.
 */
export function createInsetFrames(mapEl: HTMLElement, shape: LocatorShape, pointer: InsetPointer) {
  const shown = new Map<string, Shown>();
  /** The inset under the pointer, if any. */
  let over: string | null = null;
  const at = (e: MouseEvent): [number, number] => {
    const box = mapEl.getBoundingClientRect();
    return [e.clientX - box.left, e.clientY - box.top];
  };

  function add(key: string): Shown {
    const caption = h('figcaption', { class: 'map-inset-title' });
    const { locator, dot } = locatorSvg(shape);
    const el = h('figure', { class: 'map-inset', 'data-inset': key }, caption, locator);
    const stops = [
      listen(el, 'pointermove', (e) => {
        over = key;
        pointer.hover(...at(e));
      }),
      listen(el, 'pointerleave', () => {
        if (over === key) over = null;
        pointer.leave();
      }),
      listen(el, 'click', (e) => pointer.click(...at(e))),
    ];
    mapEl.append(el);
    return { el, caption, locator, dot, stop: () => stops.forEach((f) => f()), last: '' };
  }

  return {
    /** Whether the pointer is over an inset: the main panel's hover, picked a frame late, is stale. */
    hasPointer: () => over !== null && shown.has(over),
    /** Shows these insets, and takes away any other. */
    update(cards: readonly InsetCard[], size: { width: number; height: number }) {
      const keys = new Set(cards.map((c) => c.key));
      for (const [key, s] of shown) {
        if (keys.has(key)) continue;
        s.stop();
        s.el.remove();
        shown.delete(key);
      }
      for (const card of cards) {
        let s = shown.get(card.key);
        if (!s) {
          s = add(card.key);
          shown.set(card.key, s);
        }
        const next = JSON.stringify([card, size]);
        if (next === s.last) continue;
        s.last = next;
        // In shares of the map's box and of the frame, so that a map scaled as a whole (a
        // printed page) keeps its insets where its canvas draws them.
        place(s.el, card.frame, size);
        place(s.locator, locatorBox(card.frame, shape), card.frame);
        s.caption.style.height = percent(INSET_TITLE, card.frame.height);
        s.el.setAttribute('aria-label', card.label);
        s.caption.textContent = card.title;
        s.locator.setAttribute('aria-label', card.locatorLabel);
        s.dot.setAttribute('cx', card.dot[0].toFixed(1));
        s.dot.setAttribute('cy', card.dot[1].toFixed(1));
      }
    },
    destroy() {
      for (const s of shown.values()) {
        s.stop();
        s.el.remove();
      }
      shown.clear();
      over = null;
    },
  };
}
