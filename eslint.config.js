// Lint: typescript-eslint's strict rules, React hooks rules for the UI, and the architecture's
// one hard boundary (after excalidraw's package rules): the engine is pure and may not reach
// for React, the store, charts, CodeMirror or the DOM.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const browserOnly = Object.keys(globals.browser).filter((g) => !(g in globals.node) && !(g in globals.worker));

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
    // Engine tests may read the example configs from disk.
    files: ['src/engine/**/*.test.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
);
