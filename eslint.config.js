// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const nativeModules = ['better-sqlite3', '@napi-rs/keyring', 'node-hid'];

/**
 * The only npm packages each side may import (a package's subpaths included). Every other bare
 * specifier is an error, so ws, sip.js, ldapts, a native module or a node: built-in can't slip in;
 * adding a package here is a decision, not an accident (Signal-Desktop lints the same way).
 */
const sharedPackages = ['zod', 'libphonenumber-js', 'i18next'];
const rendererPackages = ['react', 'react-dom', 'react-i18next', 'i18next'];

/**
 * A pattern that matches every bare import specifier whose package is not in `allowed`.
 * @param {string[]} allowed
 * @param {string} message
 */
function onlyPackages(allowed, message) {
  const names = allowed.map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  return { regex: `^(?!\\.\\.?(?:/|$)|(?:${names})(?:/|$))`, caseSensitive: true, message };
}

const electronOnlyInItsShell = {
  group: ['electron', 'electron/*'],
  message: 'Only src/main/shell/electron (and the preload) import electron.',
};
const noShellOrRenderer = {
  group: ['**/shell/**', '**/renderer/**'],
  message: 'Main code never imports a shell or the renderer.',
};
// From src/main/<capability>/...: ../core, ../../core, ../../main/api (with or without .js/.ts).
// A capability's own module therefore can't be named core or api.
const noCompositionRoot = {
  regex: '^(?:\\.\\./)+(?:main/)?(?:core|api)(?:\\.[jt]s)?$',
  caseSensitive: true,
  message: 'A capability never imports src/main/core.ts or src/main/api.ts; they compose capabilities.',
};

/** @param {object[]} patterns */
const restrict = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

/**
 * Layer rules from docs/ARCHITECTURE.md, enforced here rather than by review (tests/unit/build/
 * lint-zones.test.ts proves each zone rejects an example). The file sets are disjoint because a later
 * no-restricted-imports setting replaces an earlier one for a file instead of adding to it.
 */
const layers = [
  {
    files: ['src/shared/**/*.ts'],
    rules: restrict([
      {
        group: ['**/main/**', '**/renderer/**', '**/preload/**'],
        message: 'src/shared imports nothing of ours.',
      },
      onlyPackages(
        sharedPackages,
        `src/shared is pure TypeScript; its packages: ${sharedPackages.join(', ')}.`,
      ),
    ]),
  },
  {
    files: ['src/renderer/**/*.ts', 'src/renderer/**/*.tsx'],
    rules: restrict([
      {
        group: ['**/main/**', '**/preload/**'],
        message: 'The renderer talks to main only through the contract.',
      },
      onlyPackages(
        rendererPackages,
        `The renderer has no Node, Electron or native modules; its packages: ${rendererPackages.join(', ')}.`,
      ),
    ]),
  },
  {
    // The top-level files (core.ts, api.ts, router.ts, ...): the composition root may import api.ts.
    files: ['src/main/*.ts'],
    rules: restrict([electronOnlyInItsShell, noShellOrRenderer]),
  },
  {
    // Every capability folder of src/main (sip/, contacts/, net/, ...): whatever folders there are.
    files: ['src/main/*/**/*.ts'],
    ignores: ['src/main/shell/**'],
    rules: restrict([electronOnlyInItsShell, noShellOrRenderer, noCompositionRoot]),
  },
  {
    // The one place in src/main that imports electron.
    files: ['src/main/shell/electron/**/*.ts'],
    rules: restrict([
      { group: ['**/renderer/**'], message: 'A shell serves the renderer, never imports it.' },
    ]),
  },
  {
    files: ['src/main/shell/web/**/*.ts'],
    rules: restrict([
      {
        group: ['electron', 'electron/*', '**/electron/**'],
        message: 'The web shell runs without Electron.',
      },
      { group: ['**/renderer/**'], message: 'A shell serves the renderer, never imports it.' },
    ]),
  },
  {
    files: ['src/preload/**/*.ts'],
    rules: restrict([
      { group: ['**/main/**', '**/renderer/**'], message: 'The preload only bridges the contract.' },
      { group: ['node:*', ...nativeModules], message: 'A sandboxed preload has no Node modules.' },
    ]),
  },
];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', '.tools/**', '.lab/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'error',
    },
  },
  {
    files: ['src/renderer/**/*.tsx', 'src/renderer/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['tests/**/*.ts', 'bench/**/*.ts', 'tests/**/*.mjs', 'bench/**/*.mjs'],
    rules: { 'no-console': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  ...layers,
);
