import { defineConfig } from '@playwright/test';
import { findChromium } from './scripts/find-chromium.mjs';
import { BUILT, DEV_PORT, PORT } from './test/e2e/servers';

const browser = await findChromium();

export default defineConfig({
  testDir: 'test/e2e',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  // Two browsers at once, test by test: on two cores a test spends much of its time in the GPU
  // process's software rasteriser, and the suite takes about three quarters as long. A file
  // that must keep its order says so (`mode: 'serial'`).
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: '.reports/playwright.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    viewport: { width: 900, height: 640 },
    launchOptions: { executablePath: browser.executablePath, args: browser.args },
    trace: 'off',
  },
  webServer: [
    {
      // The built app (scripts/e2e-server.mjs): always built afresh, never an older build
      // left running on the port.
      command: `node scripts/e2e-server.mjs ${PORT} ${BUILT}`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: false,
      timeout: 120_000,
    },
    {
      // `npm start`'s server, for the test that the app runs there too (dev-server.spec.ts).
      command: `npx vite --port ${DEV_PORT} --strictPort --host 127.0.0.1`,
      env: { RMAP_TEST_SERVER: '1' },
      url: `http://127.0.0.1:${DEV_PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
    },
  ],
});
