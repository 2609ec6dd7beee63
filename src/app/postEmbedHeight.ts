import { embedHeight, HEIGHT_MESSAGE } from '../core/embedLink';

/**
 * An embed in a frame tells its host page the height it asks for (core/embedLink.ts's
 * `embedHeight`) whenever its layout changes; the host's resize script
 * (public/embed-resize.js) sets the frame to it. A page that is no frame, or a host without
 * the script, is left as it was. Returns the way to stop.
 */
export function postEmbedHeight(root: HTMLElement, mapEl: HTMLElement): () => void {
  const body = mapEl.parentElement;
  const legend = body?.querySelector<HTMLElement>('.legend');
  if (window.parent === window || !body || !legend || typeof ResizeObserver === 'undefined') {
    return () => {};
  }
  let sent = 0;
  let frame = 0;
  const send = () => {
    frame = 0;
    const map = mapEl.getBoundingClientRect();
    const beside = legend.getBoundingClientRect();
    const height = embedHeight({
      content: document.documentElement.scrollHeight,
      body: body.getBoundingClientRect().height,
      mapWidth: map.width,
      legend: legend.scrollHeight,
      stacked: beside.top >= map.bottom - 1,
    });
    if (height === sent || !(height > 0)) return;
    sent = height;
    // Any host may frame the embed, so any may hear its height: a number, nothing private.
    window.parent.postMessage({ type: HEIGHT_MESSAGE, height }, '*');
  };
  // One measurement a frame, after the layout has settled.
  const observer = new ResizeObserver(() => {
    if (!frame) frame = requestAnimationFrame(send);
  });
  for (const el of [root, body, legend]) observer.observe(el);
  return () => {
    observer.disconnect();
    cancelAnimationFrame(frame);
  };
}
