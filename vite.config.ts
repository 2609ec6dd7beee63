import { defineConfig, type Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from './src/contentSecurityPolicy.ts';

// The built pages carry the strict policy themselves, so any static host serves them under
// it. Only the build: the dev server injects styles inline for hot reloading.
const contentSecurityPolicy: Plugin = {
  name: 'content-security-policy',
  apply: 'build',
  transformIndexHtml: () => [
    {
      tag: 'meta',
      attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
      injectTo: 'head-prepend',
    },
  ],
};

// `base: './'` keeps every asset URL relative, so the built site works from any
// static host, any sub-path, or a folder opened offline.
export default defineConfig({
  base: './',
  plugins: [contentSecurityPolicy],
  server: {
    port: 5173,
    host: '127.0.0.1',
    // The browser tests' server (playwright.config.ts): a file saved while they run, or a
    // dependency found on first use, must not reload the pages under test halfway through.
    ...(process.env.RMAP_TEST_SERVER ? { hmr: false, watch: null } : {}),
  },
  preview: { port: 4173, host: '127.0.0.1' },
  optimizeDeps: {
    include: [
      'maplibre-gl',
      '@deck.gl/core',
      '@deck.gl/layers',
      '@deck.gl/maplibre',
      'd3-scale',
      'papaparse',
      // Loaded only by the export dialog; listed so the dev server does not discover them
      // on first use and reload the page in the middle of an export.
      'mediabunny',
      'gifenc',
      // The import worker's spreadsheet reader, loaded with the first .xlsx file.
      'read-excel-file/web-worker',
      // The Parquet reader, loaded with a dataset whose observations are a Parquet file.
      'hyparquet',
      // The import worker's traditional → simplified table, loaded with the first own file.
      'opencc-js/t2cn',
    ],
  },
  // Workers as modules, so what a worker loads on demand (the Parquet reader) is a chunk of
  // its own rather than part of the worker's first download.
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: false,
    // Every asset a file, never a data: URL, which a strict policy refuses.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1200,
    rollupOptions: {
      // The app, and the sample report page that embeds it (library mount and iframe).
      input: {
        main: 'index.html',
        report: 'src/examples/report.html',
      },
      output: {
        // The two map libraries in files of their own: they change with an upgrade, not with
        // each release of the app, so a reader's browser (or a report's host) keeps them
        // cached, and the page fetches three files at once rather than one of 2 MB.
        codeSplitting: {
          groups: [
            { name: 'maplibre', test: /node_modules[\\/]maplibre-gl[\\/]/ },
            {
              name: 'deckgl',
              test: /node_modules[\\/](@deck\.gl|@luma\.gl|@math\.gl|@loaders\.gl|@probe\.gl|mjolnir\.js)[\\/]/,
            },
          ],
        },
      },
    },
  },
});
