import { mount, type MountedMap } from './mount';
import { dataFolder } from './core/dataFolder';

declare global {
  interface HTMLElement {
    /** The map mounted in this element, for the browser console and the end-to-end tests. */
    rmap?: MountedMap;
  }
}

const container = document.getElementById('app');
if (!container) throw new Error('index.html lacks #app');
// `?data=folder/` reads another dataset laid out like data/ from the same server (the
// benchmark's stress set, a user's own files); core/dataFolder.ts says which values are read.
const { folder, problem } = dataFolder(new URLSearchParams(window.location.search).get('data'));
const files = folder
  ? {
      regions: `${folder}regions.csv`,
      sources: `${folder}sources.csv`,
      metrics: `${folder}metrics.csv`,
      universes: `${folder}universes.csv`,
      subsets: `${folder}subsets.csv`,
      observations: `${folder}observations.csv`,
      precedence: `${folder}precedence.csv`,
      events: `${folder}events.csv`,
      boundaries: `${folder}boundaries/regions.topojson`,
    }
  : undefined;

// The stand-alone page owns the address bar; an embedded map (the library) does not.
container.rmap = mount(container, {
  syncUrl: true,
  ...(files ? { files } : {}),
  ...(problem ? { issues: [problem] } : {}),
});
// A failure to load is written on the page itself (mount.ts); a host that mounts the map
// awaits `ready` and hears it there.
container.rmap.ready.catch(() => {});
