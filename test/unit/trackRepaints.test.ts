import { describe, expect, it } from 'vitest';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { trackRepaints } from '../../src/render/trackRepaints';

/** A map that draws when told, on a context whose GPU finishes only when told. */
function fakeMap({ webgl2 = true } = {}) {
  const listeners = new Map<string, (() => void)[]>();
  let lost = false;
  const fences: { done: boolean; deleted: boolean }[] = [];
  const SIGNALED = 0x9119;
  const gl = {
    SYNC_GPU_COMMANDS_COMPLETE: 0x9117,
    SYNC_STATUS: 0x9114,
    SIGNALED,
    UNSIGNALED: 0x9118,
    fenceSync() {
      if (lost) return null;
      const fence = { done: false, deleted: false };
      fences.push(fence);
      return fence;
    },
    deleteSync(fence: { deleted: boolean }) {
      fence.deleted = true;
    },
    getSyncParameter(fence: { done: boolean }) {
      return fence.done ? SIGNALED : 0x9118;
    },
    flush() {},
    isContextLost: () => lost,
  };
  const map = {
    on(type: string, f: () => void) {
      listeners.set(type, [...(listeners.get(type) ?? []), f]);
    },
    getCanvas: () => ({ getContext: (kind: string) => (webgl2 && kind === 'webgl2' ? gl : null) }),
    triggerRepaint() {},
  };
  return {
    map: map as unknown as MapLibreMap,
    fences,
    draw: () => listeners.get('render')?.forEach((f) => f()),
    resize: () => listeners.get('resize')?.forEach((f) => f()),
    gpuCatchesUp: () => fences.forEach((f) => (f.done = true)),
    loseContext: () => {
      lost = true;
      listeners.get('webglcontextlost')?.forEach((f) => f());
    },
    restoreContext: () => (lost = false),
  };
}

describe('trackRepaints', () => {
  it('rests only once the GPU has done the last frame drawn', () => {
    const m = fakeMap();
    const repaints = trackRepaints(m.map);
    m.draw();
    // The frame that drew is not a quiet one; the one after waits on the GPU.
    expect(repaints.resting()).toBe(false);
    expect(repaints.resting()).toBe(false);
    expect(repaints.resting()).toBe(false);
    m.gpuCatchesUp();
    expect(repaints.resting()).toBe(true);
  });

  it('keeps one fence at a time: each frame lets go of the last one', () => {
    const m = fakeMap();
    trackRepaints(m.map);
    m.draw();
    m.draw();
    m.draw();
    expect(m.fences.map((f) => f.deleted)).toEqual([true, true, false]);
  });

  it('owes a frame that was asked for, or that a resize calls for, until it is drawn', () => {
    const m = fakeMap();
    const repaints = trackRepaints(m.map);
    repaints.ask();
    expect(repaints.resting()).toBe(false);
    m.draw();
    m.gpuCatchesUp();
    expect(repaints.resting()).toBe(false);
    expect(repaints.resting()).toBe(true);
    m.resize();
    expect(repaints.resting()).toBe(false);
  });

  it('does not wait on a lost context, or on one without fences', () => {
    const lost = fakeMap();
    const repaints = trackRepaints(lost.map);
    lost.draw();
    lost.loseContext();
    repaints.resting();
    expect(repaints.resting()).toBe(true);

    lost.restoreContext();
    expect(repaints.resting()).toBe(true);
    lost.draw();
    expect(lost.fences.map((f) => f.deleted)).toEqual([false, false]);

    const webgl1 = fakeMap({ webgl2: false });
    const plain = trackRepaints(webgl1.map);
    webgl1.draw();
    plain.resting();
    expect(plain.resting()).toBe(true);
  });
});
