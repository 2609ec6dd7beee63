/**
 * The library entry. `npm run build:lib` turns it into dist-lib/resumption-map.js; a report
 * page imports `mount` from there and places live maps in its own elements, no iframe:
 *
 *   import { mount } from './dist-lib/resumption-map.js';
 *   const map = mount(document.getElementById('fig1'), { query: 'date=2020-03-01' });
 *   await map.ready; map.update({ date: '2020-03-15' }); map.destroy();
 *
 * It sets no globals. Each mount has its own state, listeners and map; the stylesheet is
 * shared and linked once.
 */
export { mount } from './mount';
export type { MountOptions, MountedMap } from './mount';
export type { DataFiles } from './app/dataFiles';

// Only the library build defines this: its stylesheet is a file beside the module. In the
// app and the dev server Vite injects the same CSS itself.
const cssFile = import.meta.env.RMAP_LIB_CSS as string | undefined;
if (cssFile && typeof document !== 'undefined') {
  const href = new URL(cssFile, import.meta.url).href;
  if (!document.querySelector(`link[data-rmap-css]`)) {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    link.dataset.rmapCss = '';
    document.head.append(link);
  }
}
