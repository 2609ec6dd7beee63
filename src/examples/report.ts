// The sample report: two maps mounted with the library entry, each with its own state.
// (A report outside this repository imports the same `mount` from dist-lib/resumption-map.js.)
import { mount, type MountedMap } from '../lib';

declare global {
  interface HTMLElement {
    rmap?: MountedMap;
  }
}

const figures: [string, string][] = [
  // The compact embed layout (title, map, legend, timeline, credit), as in a printed figure.
  ['fig1', 'date=2020-03-01&view=guizhou&embed=1'],
  // The full explorer, as on the stand-alone page.
  ['fig2', 'date=2020-03-15&lang=en'],
];

for (const [id, query] of figures) {
  const el = document.getElementById(id);
  if (!el) continue;
  const state = document.getElementById(`${id}-state`);
  el.rmap = mount(el, {
    query,
    // Where the Embed dialog's snippet points: the stand-alone app of this site.
    appUrl: new URL('../../', window.location.href).href,
    onChange: (s) => {
      if (state) state.textContent = s.date;
    },
  });
}

document.querySelectorAll<HTMLButtonElement>('button[data-fig]').forEach((b) => {
  b.addEventListener('click', () => {
    const el = document.getElementById(`fig${b.dataset.fig}`);
    el?.rmap?.update({ date: b.dataset.date });
  });
});
