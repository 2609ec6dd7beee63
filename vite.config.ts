import { defineConfig } from 'vite';

// `base: './'` keeps every asset URL relative, so the built site works from any
// static host, any sub-path, or a folder opened offline.
export default defineConfig({
  base: './',
  server: { port: 5173, host: '127.0.0.1' },
  preview: { port: 4173, host: '127.0.0.1' },
  optimizeDeps: {
    include: [
      'maplibre-gl',
      '@deck.gl/core',
      '@deck.gl/layers',
      '@deck.gl/maplibre',
      'd3-scale',
      'papaparse',
    ],
  },
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
  },
});
