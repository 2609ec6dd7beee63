import type { Map as MapLibreMap } from 'maplibre-gl';

/**
 * What MapLibre has drawn and has still to draw, as far as its public events tell: a repaint
 * this view asked for, or one after a resize (the container's or an export's), is owed until
 * the next `render`. A frame also counts as drawn only once the GPU has done it: the page
 * hands its commands over and goes on, and a software GPU ran seconds behind (a zoom by the
 * + button was 4.6 s of queued drawing when the map had said it rested), so a screenshot or
 * a read-back then waited, and so did the next page opened in the same browser.
 */
export function trackRepaints(map: MapLibreMap) {
  let drawn = false;
  let owed = false;
  // The map's own context: a canvas gives the context it already has.
  const gl = map.getCanvas().getContext('webgl2');
  let fence: WebGLSync | null = null;
  map.on('render', () => {
    drawn = true;
    owed = false;
    if (!gl) return;
    if (fence) gl.deleteSync(fence);
    fence = gl.fenceSync(gl.SYNC_GPU_COMMANDS_COMPLETE, 0);
    // A fence the GPU was never sent may never be signalled.
    gl.flush();
  });
  map.on('resize', () => {
    owed = true;
  });
  // A fence made before a context was lost belongs to no context after the restore: asking
  // about it would never say "signalled", and deleting it is an error.
  map.on('webglcontextlost', () => {
    fence = null;
  });
  /** The last frame's commands are done; a lost context has none left to do. */
  const gpuDone = () =>
    !gl ||
    !fence ||
    gl.isContextLost() ||
    gl.getSyncParameter(fence, gl.SYNC_STATUS) === gl.SIGNALED;
  return {
    ask() {
      owed = true;
      map.triggerRepaint();
    },
    /** Nothing owed, nothing drawn since the last call, and the GPU done with what was. */
    resting(): boolean {
      const drewSinceLast = drawn;
      drawn = false;
      return !drewSinceLast && !owed && gpuDone();
    },
  };
}
