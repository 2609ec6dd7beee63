// Finds a Chromium for the browser tests and the benchmark: CHROMIUM_PATH if set, else a
// system Chromium, else the binary shipped inside the `@sparticuz/chromium` npm package.
// That package (about 70 MB) is not a dependency of the app: it lives in scripts/chromium/
// with its own lockfile and is installed there from the npm registry the first time a
// machine without a system Chromium runs the tests, so no apt step is ever needed.
import { existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ensureDeps } from './ensure-deps.mjs';

const SYSTEM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
const NPM_CHROMIUM = join(dirname(fileURLToPath(import.meta.url)), 'chromium');

// Keeps Chromium from phoning home: the tests assert that no request leaves the app.
const QUIET = [
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--no-default-browser-check',
  '--disable-quic',
];

/** @returns {Promise<{ executablePath: string; args: string[]; origin: string }>} */
export async function findChromium() {
  const override = process.env.CHROMIUM_PATH;
  if (override)
    return { executablePath: override, args: [...QUIET, '--no-sandbox'], origin: 'CHROMIUM_PATH' };
  const system = SYSTEM_PATHS.find((p) => existsSync(p));
  if (system) return { executablePath: system, args: [...QUIET, '--no-sandbox'], origin: 'system' };
  ensureDeps(NPM_CHROMIUM);
  const entry = createRequire(join(NPM_CHROMIUM, 'package.json')).resolve('@sparticuz/chromium');
  const { default: sparticuz } = await import(pathToFileURL(entry).href);
  // The package unpacks into os.tmpdir()/chromium and reuses whatever it finds there, even a
  // binary of another version; a folder of our own keeps the pinned version.
  const tmp = process.env.TMPDIR;
  process.env.TMPDIR = join(NPM_CHROMIUM, 'node_modules', '.unpacked');
  mkdirSync(process.env.TMPDIR, { recursive: true });
  let executablePath;
  try {
    executablePath = await sparticuz.executablePath();
  } finally {
    if (tmp === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = tmp;
  }
  return {
    executablePath,
    args: [
      ...QUIET,
      '--use-angle=swiftshader',
      '--enable-unsafe-swiftshader',
      '--ignore-gpu-blocklist',
      '--no-sandbox',
      '--headless=shell',
    ],
    origin: '@sparticuz/chromium',
  };
}
