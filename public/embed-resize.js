/*
 * Responsive height for the work-resumption map's iframe embeds. A page that includes this
 * file (the Embed dialog's snippet does) gives each embed's frame the height its content
 * asks for, so that nothing is cut off on a phone or left empty in a wide column.
 *
 * An embed posts { type: 'rmap:height', height } to its parent. Only a message whose sender
 * is one of this page's iframes, from the origin that iframe's address names, is acted on,
 * and only that iframe changes. Several embeds on one page are told apart by their window.
 * Loaded twice (two snippets on one page), the second copy sets the same heights again.
 */
(function () {
  'use strict';
  var MESSAGE = 'rmap:height';
  var MIN_HEIGHT = 120;
  var MAX_HEIGHT = 4000;

  function frameOf(source) {
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === source) return frames[i];
    }
    return null;
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== MESSAGE) return;
    var height = Number(data.height);
    if (!isFinite(height)) return;
    var frame = frameOf(event.source);
    if (!frame) return;
    var origin;
    try {
      origin = new URL(frame.src, document.baseURI).origin;
    } catch {
      return;
    }
    if (origin !== event.origin) return;
    height = Math.round(Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, height)));
    // The attribute, not a style: a host with a strict policy may refuse inline styles.
    if (frame.getAttribute('height') !== String(height))
      frame.setAttribute('height', String(height));
  });
})();
