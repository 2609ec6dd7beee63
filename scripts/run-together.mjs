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
// os.setPriority's niceness: "below normal" on Windows.
const LOWER_PRIORITY = 5;
const results = await Promise.all(
  names.map(
    (name) =>
      new Promise((resolve) => {
        const child = spawn(npm, ['run', name], {
          shell: process.platform === 'win32',
        });
        if (lower.has(name) && child.pid !== undefined) {
          try {
            setPriority(child.pid, LOWER_PRIORITY);
          } catch {
            // Left at the same priority: the live script starts later, nothing else changes.
          }
        }
        // All of a buffered script's output; the live one's last line until it is whole.
        let out = '';
        const take = (d) => {
          out += d;
          if (name !== live) return;
          // Whole lines only, so a block from another script never splits one of this one's.
          const end = out.lastIndexOf('\n');
          if (end < 0) return;
          process.stdout.write(out.slice(0, end + 1));
          out = out.slice(end + 1);
        };
        // Decoded as a stream: a character split between two chunks stays one character.
        child.stdout.setEncoding('utf8').on('data', take);
        child.stderr.setEncoding('utf8').on('data', take);
        child.on('close', (code) => {
          const status = `> ${name}: ${code === 0 ? 'ok' : `failed (${code})`}\n`;
          if (name !== live) process.stdout.write(`${status}${out}`);
          else process.stdout.write(`${out ? `${out}\n` : ''}${status}`);
          resolve(code ?? 1);
        });
      }),
  ),
);
process.exit(results.some((code) => code !== 0) ? 1 : 0);
