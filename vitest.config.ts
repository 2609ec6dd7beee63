import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
    // Workers as threads, not processes: the unit tests are pure functions over plain data,
    // and a thread starts in a fraction of a process's time on a small machine.
    pool: 'threads',
    // A timeout here catches a hang, never slowness (speed is the benchmark's): a test over
    // hundreds of thousands of rows takes several times as long while both cores are busy.
    testTimeout: 60_000,
    reporters: ['default', ['json', { outputFile: '.reports/vitest.json' }]],
  },
});
