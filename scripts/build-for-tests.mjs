/**
 * The build the browser tests run against: the app as `npm run build` makes it, with the
 * library build in lib/ beside it. It is made again whenever what goes into it has changed
 * (the app's sources, assets, data, build configs or installed packages) and kept otherwise,
 * so running the browser tests again after changing only a test starts them at once.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where the browser tests' build is written and served from. */
export const TEST_BUILD = '.e2e';

const INPUT_FOLDERS = ['src', 'public', 'data'];
const INPUT_FILES = [
  'index.html',
  'package.json',
  'tsconfig.json',
  'vite.config.ts',
  'vite.lib.config.ts',
  // Rewritten by every install: a changed package is a changed build.
  'node_modules/.package-lock.json',
];
/** Written last, so a build cut short is never taken for a finished one. */
const STAMP = 'build-inputs.txt';

/**
 * A digest of the path, size and modification time of every input under `root`: cheap, and
 * any edit, added or removed file moves it.
 */
export function buildInputs(root = '.') {
  const folders = INPUT_FOLDERS.filter((f) => existsSync(join(root, f)));
  const paths = [
    ...folders.flatMap((f) =>
      readdirSync(join(root, f), { recursive: true }).map((p) => join(f, String(p))),
    ),
    ...INPUT_FILES.filter((f) => existsSync(join(root, f))),
  ].sort();
  const hash = createHash('sha256');
  for (const path of paths) {
    const stat = statSync(join(root, path));
    if (stat.isFile()) hash.update(`${path}\t${stat.size}\t${stat.mtimeMs}\n`);
  }
  return hash.digest('hex');
}

/** Builds into `folder` unless it already holds the build of the inputs as they are. */
export async function buildForTests(folder) {
  // Taken before building: a file saved during the build makes the next run build again.
  const inputs = buildInputs();
  const stamp = join(folder, STAMP);
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === inputs) return false;
  rmSync(folder, { recursive: true, force: true });
  // Loaded here, not with the module: the test config imports TEST_BUILD in every worker.
  const { build } = await import('vite');
  await build({ logLevel: 'warn', build: { outDir: folder } });
  await build({
    configFile: 'vite.lib.config.ts',
    logLevel: 'warn',
    build: { outDir: join(folder, 'lib') },
  });
  writeFileSync(stamp, inputs);
  return true;
}
