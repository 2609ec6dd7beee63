import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'scripts/_*',
      'dist',
      'dist-lib',
      'node_modules',
      'bench-results',
      'test-results',
      'playwright-report',
      '.reports',
      '.e2e',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // Small parts: a file says one thing, a function does one thing.
    files: ['src/**/*.ts'],
    rules: {
      'max-lines': ['error', { max: 400 }],
      'max-lines-per-function': ['error', { max: 120 }],
    },
  },
  // Layers: core ← render, ui ← export ← app ← mount. A module imports its own layer or those
  // below it, never upward (the export code is loaded on demand, by a dynamic import in app).
  layer('src/core/**/*.ts', ['app', 'render', 'ui', 'export'], {
    extra: ['maplibre-gl', '@deck.gl/*', '@luma.gl/*'],
    globals: ['document', 'window', 'navigator', 'localStorage'],
  }),
  layer('src/render/**/*.ts', ['app', 'ui', 'export']),
  layer('src/ui/**/*.ts', ['app', 'render', 'export']),
  layer('src/export/**/*.ts', ['app', 'render']),
  layer('src/app/**/*.ts', []),
);

/** The folders a layer must not import from, and for the core, what else it must not touch. */
function layer(files, above, { extra = [], globals = [] } = {}) {
  const folders = ['mount', ...above];
  const patterns = [...extra, ...folders.flatMap((f) => [`../${f}`, `../${f}/*`, `../../${f}/*`])];
  return {
    files: [files],
    rules: {
      'no-restricted-imports': ['error', { patterns }],
      ...(globals.length ? { 'no-restricted-globals': ['error', ...globals] } : {}),
    },
  };
}
