import { mount, type MountedMap } from './mount';

declare global {
  interface HTMLElement {
    /** The map mounted in this element, for the browser console and the end-to-end tests. */
    rmap?: MountedMap;
  }
}

const container = document.getElementById('app');
if (!container) throw new Error('index.html lacks #app');
// The stand-alone page owns the address bar; an embedded map (the library) does not.
container.rmap = mount(container, { syncUrl: true });
