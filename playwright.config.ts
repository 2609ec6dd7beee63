import { defineConfig } from '@playwright/test';
import { findChromium } from './scripts/find-chromium.mjs';

const browser = await findChromium();
const PORT = Number(process.env.E2E_PORT ?? 5199);

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
  webServer: {
    command: `npx vite --port ${PORT} --strictPort --host 127.0.0.1`,
    env: { RMAP_TEST_SERVER: '1' },
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
  },
});
