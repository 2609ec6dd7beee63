import { defineConfig } from '@playwright/test';
import { findChromium } from './scripts/find-chromium.mjs';
import { BUILT, DEV_PORT, PORT } from './test/e2e/servers';

const browser = await findChromium();
// The page's own text and panels rasterised and composited on the CPU. On a software GPU that
// costs the suite about a tenth less CPU than SwiftShader doing it (882 s against 1,000 s on two
// cores); the map's WebGL still runs in the GPU process, as it does for a reader.
const CPU_COMPOSITING = ['--disable-gpu-rasterization', '--disable-gpu-compositing'];
// SwiftShader compiles a program's vertex routine for the formats of all 32 attribute slots,
// the ones the program does not read included. With ANGLE's dynamic vertex input those slots
// keep the formats of whatever was drawn before, so a program was compiled again after each
// wider one: 13 routines for the first drawn map instead of 7, most of the GPU process's time.
// With the vertex input in the pipeline, and one pipeline cache without pipeline libraries, the
// GPU process spends about 1.55 s of CPU on a page load instead of 2.9 s. Only the software
// GPU's compiling changes: the map it draws is the same to the pixel.
const ONE_COMPILE_PER_PROGRAM = [
  '--disable-angle-features=supportsVertexInputDynamicState,supportsGraphicsPipelineLibrary',
  '--enable-angle-features=preferGlobalPipelineCache',
];

export default defineConfig({
  testDir: 'test/e2e',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  // Two browsers at once, test by test: on two cores a test spends much of its time in the GPU
  // process's software rasteriser, and the suite takes about three quarters as long. A file
  // that must keep its order says so (`mode: 'serial'`).
  fullyParallel: true,
  workers: 2,
  // Tests start in this order. The twenty-map remount test alone runs for over a minute, about
  // a tenth of the suite's test time: started last, as its file's name had it, the other worker
  // sat idle for a minute at the end.
  projects: [
    { name: 'remount', testMatch: 'remount.spec.ts' },
    { name: 'app', testIgnore: 'remount.spec.ts' },
  ],
  // The projects only order the tests: a screenshot's name does not carry one.
  snapshotPathTemplate:
    '{snapshotDir}/{testFileDir}/{testFileName}-snapshots/{arg}{-snapshotSuffix}{ext}',
  retries: 0,
  reporter: [['list'], ['json', { outputFile: '.reports/playwright.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    viewport: { width: 900, height: 640 },
    launchOptions: {
      executablePath: browser.executablePath,
      args: [...browser.args, ...CPU_COMPOSITING, ...ONE_COMPILE_PER_PROGRAM],
    },
    trace: 'off',
  },
  webServer: [
    {
      // The built app (scripts/e2e-server.mjs): built again if anything it is built from has
      // changed (scripts/build-for-tests.mjs), never an older build left running on the port.
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
