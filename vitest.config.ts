import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
    // Workers as threads, not processes: the unit tests are pure functions over plain data,
    // and a thread starts in a fraction of a process's time on a small machine.
    pool: 'threads',
    // One module graph per thread, not one per file: a fresh graph for each of ~100 files was
    // two thirds of the run. A test that stubs a global or spies on one restores it after.
    isolate: false,
    // A timeout here catches a hang, never slowness (speed is the benchmark's): a test over
    // hundreds of thousands of rows takes several times as long while both cores are busy.
    testTimeout: 60_000,
    reporters: ['default', ['json', { outputFile: '.reports/vitest.json' }]],
  },
});
