// Lint: typescript-eslint's strict rules, React hooks rules for the UI, and the architecture's
// layer edges (after excalidraw's package rules): the engine is pure and may not reach for
// React, the store, charts, CodeMirror or the DOM; no import circles; the worker does not
// reach up into the charts, the UI, the store or the editor; only engine/index.ts is public.
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const browserOnly = Object.keys(globals.browser).filter((g) => !(g in globals.node) && !(g in globals.worker));
// Zones are paths from this file's folder, wherever eslint is started from.
const root = fileURLToPath(new URL('.', import.meta.url));

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'output/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'separate-type-imports' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // Every import in this codebase is relative with its extension (`./x.ts`), so resolving
    // the path as written is all the TypeScript resolution the import rules need. Without the
    // extensions and parsers settings import-x skips .ts files, and no-cycle silently finds nothing.
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs'] })],
    },
    rules: {
      // Value imports only: the rule skips `import type` by design; scripts/importGraph.test.ts
      // checks the whole graph, type-only imports included. A package cannot import our files,
      // so walking node_modules finds no circle of ours and made the lint 4× slower.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': [
        'error',
        {
          basePath: root,
          zones: [
            { target: './src/engine', from: './src', except: ['./engine'], message: 'The engine imports nothing of ours.' },
            { target: './src/worker', from: ['./src/charts', './src/ui', './src/store', './src/editor'], message: 'The worker does not import the layers it serves (STYLE.md, "The shape").' },
            {
              target: './src/plot',
              from: ['./src/{ui,store,editor,worker,cli,share}/**', './src/charts/*.tsx'],
              message: 'plot/ draws SVG without a browser: it imports the engine and the charts\' pure helpers (.ts), nothing of React or the app.',
            },
            { target: './src/share', from: './src', except: ['./share', './engine/index.ts'], message: 'share/ is the share-link codec only: it imports nothing but the engine.' },
            {
              target: ['./src/!(engine)/**', './src/*.{ts,tsx}', './e2e/**', './bench/**', './scripts/**'],
              from: './src/engine',
              except: ['./index.ts'],
              message: 'Outside the engine, import src/engine/index.ts only (its public API).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/**/*.tsx', 'src/ui/**', 'src/editor/**', 'src/charts/**', 'src/store/**'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  {
    files: ['src/engine/**'],
    languageOptions: { globals: { ...globals['shared-node-browser'] } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-dom', 'react/*', 'react-dom/*'], message: 'The engine is pure: no React.' },
            { group: ['zustand', 'zustand/*'], message: 'The engine is pure: no store.' },
            { group: ['recharts', 'recharts/*'], message: 'The engine is pure: no charts.' },
            { group: ['@codemirror/*', 'codemirror'], message: 'The engine is pure: no editor.' },
            { group: ['../ui/*', '../store/*', '../editor/*', '../charts/*', '../worker/*', '../share/*', '../cli/*', 'node:*'], message: 'The engine may not import the layers above it or Node built-ins.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', ...browserOnly.map((name) => ({ name, message: 'The engine is DOM-free.' }))],
    },
  },
  {
    files: ['src/plot/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['react', 'react-dom', 'react/*', 'recharts', 'recharts/*'], message: 'plot/ is a pure SVG renderer: no React, no recharts.' }] }],
    },
  },
  {
    // Engine tests (and their helpers) may read the example configs and fixtures from disk.
    files: ['src/engine/**/*.test.ts', 'src/engine/**/*.testutil.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
);
