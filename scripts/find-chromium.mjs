// Finds a Chromium that runs here without any download: CHROMIUM_PATH if set, else a
// system Chromium, else the binary shipped inside the `@sparticuz/chromium` npm package.
import { existsSync } from 'node:fs';

const SYSTEM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

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
  const { default: sparticuz } = await import('@sparticuz/chromium');
  const executablePath = await sparticuz.executablePath();
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
