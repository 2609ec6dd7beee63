// Runs npm scripts at the same time and fails if any fails. `npm test` runs the checks, the
// unit tests and the browser tests so: the browser tests alone keep both cores busy, but the
// checks mostly use one core each, and the browser tests' start (the app's build, two servers,
// the first page of each browser) leaves cores idle that the checks then fill.
//
//   node scripts/run-together.mjs [--live=<script>] [--lower=<script>,…] <script> …
//
// The `--live` script's output is printed as it comes (the browser tests' progress); every
// other script's is printed whole when it ends, so two logs never interleave mid-line. The
// `--lower` scripts run at a lower priority: the live one is the longest, so its start (the
// app's build) goes first, and they take the time its browsers leave. Only scripts with no
// time limit of their own belong there: a lowered unit test waits three times as long for a
// core while both are busy.
import { spawn } from 'node:child_process';
import { setPriority } from 'node:os';

const args = process.argv.slice(2);
const live = args.find((a) => a.startsWith('--live='))?.slice('--live='.length);
const lower = new Set(
  args.flatMap((a) => (a.startsWith('--lower=') ? a.slice('--lower='.length).split(',') : [])),
);
const names = args.filter((a) => !a.startsWith('--'));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
// The live script's last line until it is whole.
let liveHeld = '';
const results = await Promise.all(
  names.map(
    (name) =>
      new Promise((resolve) => {
        const child = spawn(npm, ['run', name], {
          shell: process.platform === 'win32',
        });
        if (lower.has(name) && child.pid !== undefined) {
          try {
            setPriority(child.pid, 5);
          } catch {
            // Left at the same priority: the live script starts later, nothing else changes.
          }
        }
        let out = '';
        const take = (d) => {
          if (name !== live) return void (out += d);
          // Whole lines only, so a block from another script never splits one of this one's.
          liveHeld += d;
          const end = liveHeld.lastIndexOf('\n');
          if (end < 0) return;
          process.stdout.write(liveHeld.slice(0, end + 1));
          liveHeld = liveHeld.slice(end + 1);
        };
        // Decoded as a stream: a character split between two chunks stays one character.
        child.stdout.setEncoding('utf8').on('data', take);
        child.stderr.setEncoding('utf8').on('data', take);
        child.on('close', (code) => {
          if (name === live && liveHeld) {
            process.stdout.write(`${liveHeld}\n`);
            liveHeld = '';
          }
          process.stdout.write(`> ${name}: ${code === 0 ? 'ok' : `failed (${code})`}\n${out}`);
          resolve(code ?? 1);
        });
      }),
  ),
);
process.exit(results.some((code) => code !== 0) ? 1 : 0);
