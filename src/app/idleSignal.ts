/** The attribute on the map's root that reads "true" while the map rests. */
export const IDLE_ATTRIBUTE = 'data-idle';

// A frame can look quiet between a state change and the renderer picking it up (deck.gl
// decides to redraw in its own animation frame): the map counts as idle only after this many
// quiet frames in a row with no map draw in between.
const QUIET_FRAMES = 2;

export interface IdleSignal {
  /** Resolves once the map rests: nothing drawn, scheduled, moving or waiting on a timer. */
  idle(): Promise<void>;
  /** Something changed: the map is busy until `isQuiet` has held for a few frames. */
  wake(): void;
  destroy(): void;
}

/**
 * Tells a waiting test, benchmark or host page when the map has finished what it was asked to
 * do, so none of them has to guess with a fixed delay. While busy it looks once a frame;
 * at rest it costs nothing until the next `wake`.
 */
export function createIdleSignal(element: HTMLElement, isQuiet: () => boolean): IdleSignal {
  let frame = 0;
  let quietFrames = 0;
  let resting = false;
  let destroyed = false;
  let waiters: (() => void)[] = [];

  function setResting(value: boolean) {
    resting = value;
    element.setAttribute(IDLE_ATTRIBUTE, String(value));
    if (!value) return;
    const done = waiters;
    waiters = [];
    done.forEach((resolve) => resolve());
  }
  function look() {
    frame = 0;
    if (destroyed) return;
    quietFrames = isQuiet() ? quietFrames + 1 : 0;
    if (quietFrames >= QUIET_FRAMES) setResting(true);
    else frame = requestAnimationFrame(look);
  }
  function wake() {
    if (destroyed) return;
    quietFrames = 0;
    if (resting) setResting(false);
    if (!frame) frame = requestAnimationFrame(look);
  }
  element.setAttribute(IDLE_ATTRIBUTE, 'false');
  return {
    idle() {
      if (resting || destroyed) return Promise.resolve();
      return new Promise((resolve) => waiters.push(resolve));
    },
    wake,
    destroy() {
      destroyed = true;
      cancelAnimationFrame(frame);
      frame = 0;
      // Nothing will draw again: whoever waits is released rather than left hanging.
      setResting(true);
    },
  };
}
