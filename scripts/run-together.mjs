// Runs npm scripts at the same time and fails if any fails: what comes before the browser tests
// (lint, formatting, types, unit tests, the tests' build and browser) mostly uses one core each,
// and run one after another they took three quarters of a minute.
// Each script's output is printed whole when it ends, so two logs never interleave.
import { spawn } from 'node:child_process';

const names = process.argv.slice(2);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const results = await Promise.all(
  names.map(
    (name) =>
      new Promise((resolve) => {
        const child = spawn(npm, ['run', name], {
          shell: process.platform === 'win32',
        });
        let out = '';
        child.stdout.on('data', (d) => (out += d));
        child.stderr.on('data', (d) => (out += d));
        child.on('close', (code) => {
          process.stdout.write(`> ${name}: ${code === 0 ? 'ok' : `failed (${code})`}\n${out}`);
          resolve(code ?? 1);
        });
      }),
  ),
);
process.exit(results.some((code) => code !== 0) ? 1 : 0);
