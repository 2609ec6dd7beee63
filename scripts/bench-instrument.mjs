// What the bench measures from outside the app, as a browser's profiler would: injected
// before any page script, it times every requestAnimationFrame callback and every keyboard,
// input and pointer-move listener, and counts WebGL draw calls per animation frame and the
// pixels read back from the GPU. Nothing in the app is asked how long it took.

/** Runs in the page (page.addInitScript): keep it self-contained. */
export function instrumentPage() {
  const now = () => performance.now();
  const P = {
    recording: false,
    /** The frame whose callbacks are running: all callbacks of a frame share a timestamp. */
    frame: null,
    frames: [],
    keyAt: -1,
    listenerMs: 0,
    strayDraws: 0,
    readBacks: 0,
  };
  window.__benchPerf = P;
  const raf = window.requestAnimationFrame.bind(window);
  let frameTime = -1;
  function enterFrame(t) {
    if (t !== frameTime) {
      frameTime = t;
      P.frame = { t, start: now(), js: 0, callbacks: 0, draws: 0, open: false };
      if (P.recording) P.frames.push(P.frame);
    }
    return P.frame;
  }
  window.requestAnimationFrame = function (cb) {
    return raf((t) => {
      const f = enterFrame(t);
      const t0 = now();
      f.open = true;
      try {
        cb(t);
      } finally {
        f.open = false;
        f.js += now() - t0;
        f.callbacks++;
      }
    });
  };
  // A draw call inside a frame's callbacks counts for that frame; one made elsewhere (a
  // synchronous redraw) is counted apart.
  for (const proto of [WebGL2RenderingContext.prototype, WebGLRenderingContext.prototype]) {
    for (const name of [
      'drawArrays',
      'drawElements',
      'drawArraysInstanced',
      'drawElementsInstanced',
      'drawRangeElements',
    ]) {
      const original = proto[name];
      if (typeof original !== 'function') continue;
      proto[name] = function (...args) {
        if (P.frame?.open) P.frame.draws++;
        else P.strayDraws++;
        return original.apply(this, args);
      };
    }
  }

  // A read-back waits for the GPU to draw everything asked of it: a hidden frame's cost.
  for (const proto of [WebGL2RenderingContext.prototype, WebGLRenderingContext.prototype]) {
    const original = proto.readPixels;
    proto.readPixels = function (...args) {
      P.readBacks++;
      return original.apply(this, args);
    };
  }

  const TIMED = new Set([
    'keydown',
    'keyup',
    'keypress',
    'beforeinput',
    'input',
    'change',
    'pointermove',
    'mousemove',
    'pointerover',
    'mouseover',
  ]);
  const wrapped = new WeakMap();
  const add = EventTarget.prototype.addEventListener;
  const remove = EventTarget.prototype.removeEventListener;
  EventTarget.prototype.addEventListener = function (type, listener, options) {
    if (TIMED.has(type) && typeof listener === 'function') {
      let w = wrapped.get(listener);
      if (!w) {
        w = function (ev) {
          const t0 = now();
          try {
            return listener.call(this, ev);
          } finally {
            P.listenerMs += now() - t0;
          }
        };
        wrapped.set(listener, w);
      }
      return add.call(this, type, w, options);
    }
    return add.call(this, type, listener, options);
  };
  EventTarget.prototype.removeEventListener = function (type, listener, options) {
    const w = typeof listener === 'function' ? wrapped.get(listener) : undefined;
    return remove.call(this, type, w ?? listener, options);
  };
  // A key press or a pointer move starts the window measured (the name stays the key's).
  add.call(window, 'keydown', () => (P.keyAt = now()), { capture: true });
  add.call(window, 'mousemove', () => (P.keyAt = now()), { capture: true });

  /** Before a key press: forget what came before. Returns the slider's position. */
  P.arm = () => {
    P.frames = [];
    P.recording = true;
    P.listenerMs = 0;
    P.readBacks = 0;
    P.keyAt = -1;
    const s = document.querySelector('input.tl-slider');
    return s ? { value: Number(s.value), min: Number(s.min), max: Number(s.max) } : null;
  };
  /**
   * After a key press: waits for the second frame after it to end, then for the map to stop
   * drawing (two frames without a draw call, or `maxMs`). Returns the step's costs.
   */
  P.settle = (maxMs) =>
    new Promise((resolve) => {
      const began = now();
      const poll = (t) => {
        // A frame with nothing but this poll still counts as a frame (one that cost nothing).
        if (t !== undefined) enterFrame(t);
        const after = P.keyAt < 0 ? [] : P.frames.filter((f) => f.start > P.keyAt);
        const last2 = after.slice(-2);
        const quiet = after.length >= 4 && last2.every((f) => f.draws === 0);
        if ((after.length >= 3 && (quiet || now() - began > maxMs)) || now() - began > 20_000) {
          P.recording = false;
          // Trailing quiet frames are not the step's.
          let end = after.length;
          while (end > 2 && after[end - 1].draws === 0) end--;
          const frames = after.slice(0, end).map((f) => ({ js: f.js, draws: f.draws }));
          resolve({
            keyed: P.keyAt >= 0,
            // Fewer than two frames came within 20 s: the window is short of its second frame.
            complete: after.length >= 3,
            listenerMs: P.listenerMs,
            readBacks: P.readBacks,
            windowMs: P.listenerMs + frames.slice(0, 2).reduce((a, f) => a + f.js, 0),
            frames,
          });
          return;
        }
        raf(poll);
      };
      raf(poll);
    });
  /** Frames that drew (start time and JS) while recording, for frame times while playing. */
  P.rawRaf = raf;
  P.record = () => {
    P.frames = [];
    P.recording = true;
  };
  P.drawnFrames = () => {
    P.recording = false;
    return P.frames.filter((f) => f.draws > 0).map((f) => ({ t: f.t, start: f.start, js: f.js }));
  };
}
