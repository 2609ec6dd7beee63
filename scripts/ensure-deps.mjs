// Installs a tool folder's own dependencies (scripts/boundaries, scripts/chromium) the first
// time they are needed, from that folder's lockfile, so `npm install` at the root stays light:
// a user who only starts the app never downloads the boundary generators or a browser.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Runs `npm ci` in `dir` unless its node_modules is already newer than its lockfile. */
export function ensureDeps(dir) {
  const lock = join(dir, 'package-lock.json');
  const installed = join(dir, 'node_modules', '.package-lock.json');
  if (existsSync(installed) && statSync(installed).mtimeMs >= statSync(lock).mtimeMs) return;
  console.error(`installing the dependencies of ${dir} (once) …`);
  // stdout goes to stderr too: callers such as the Playwright config print their own output.
  const r = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], {
    cwd: dir,
    stdio: ['ignore', 2, 2],
  });
  if (r.status !== 0) throw new Error(`npm ci in ${dir} failed (exit ${r.status ?? r.signal})`);
}
