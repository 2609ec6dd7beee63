import { defineConfig } from 'vite';

// The library build: one ES module exporting `mount` (dist-lib/resumption-map.js), its
// stylesheet, and the data, fonts and MapLibre worker as files beside it. Vite's library
// mode would inline every asset as base64 (megabytes of fonts and data in the JS), so this
// is an ordinary build with a JS entry: with base './' every asset URL is resolved against
// the module's own address (import.meta.url), and dist-lib/ works from any host or path.
export default defineConfig({
  base: './',
  publicDir: false,
  define: {
    // Lets src/lib.ts link its stylesheet, which only this build emits as a file.
    'import.meta.env.RMAP_LIB_CSS': JSON.stringify('resumption-map.css'),
  },
  build: {
    target: 'es2022',
    // Every asset a file, never a data: URL, so a host page need not allow data: for it.
    assetsInlineLimit: 0,
    outDir: 'dist-lib',
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 2000,
    cssCodeSplit: false,
    rollupOptions: {
      input: { 'resumption-map': 'src/lib.ts' },
      preserveEntrySignatures: 'exports-only',
      output: {
        format: 'es',
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
        assetFileNames: (info) =>
          (info.names?.[0] ?? '').endsWith('.css')
            ? 'resumption-map.css'
            : 'assets/[name]-[hash][extname]',
      },
    },
  },
});
