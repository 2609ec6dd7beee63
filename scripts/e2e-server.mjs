/**
 * The browser tests' server: the app as `npm run build` makes it, with the library build in
 * lib/ beside it (scripts/build-for-tests.mjs, built again if its inputs changed since),
 * served as a static host serves them, and the project's data folder at data/ for the tests
 * of `?data=`. The tests so use what a reader gets (one file per chunk, the strict policy in
 * the page), and a page opens in a fraction of the time the dev server's hundreds of modules
 * take.
 *
 *   node scripts/e2e-server.mjs <port> <folder>
 */
import { buildForTests } from './build-for-tests.mjs';
import { serveFolder } from './serve-folder.mjs';

const port = Number(process.argv[2]);
const BUILT = process.argv[3];
if (!Number.isInteger(port) || port <= 0 || !BUILT) {
  console.error('usage: node scripts/e2e-server.mjs <port> <folder>');
  process.exit(2);
}

await buildForTests(BUILT);
const served = await serveFolder(BUILT, { folders: { 'data/': 'data' }, port });
console.log(`the built app at ${served.url}/`);
