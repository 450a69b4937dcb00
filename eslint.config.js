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

// Only provisioning/ (and the composition root) imports provisioning/: the capabilities it configures
// own their provisioned records and never reach back into it.
const noProvisioning = {
  regex: '^(?:\\.\\./)+(?:main/)?provisioning(?:/|$)',
  caseSensitive: true,
  message: 'Only src/main/provisioning (and the composition root) imports src/main/provisioning.',
};

/**
 * Infrastructure every capability uses: it knows no capability, so its dependencies point one way.
 * The folder names are matched as path segments of relative imports (../sip/..., ../../contacts/...).
 */
const infrastructureFolders = ['net', 'xml', 'log', 'secrets', 'db', 'events', 'media'];
const capabilityFolders = [
  'accounts',
  'blf',
  'contacts',
  'desktop',
  'history',
  'links',
  'provisioning',
  'settings',
  'sip',
];
const noCapability = {
  regex: `^(?:\\.\\./)+(?:main/)?(?:${capabilityFolders.join('|')})(?:/|$)`,
  caseSensitive: true,
  message: `Infrastructure (${infrastructureFolders.join(', ')}) imports no capability: dependencies point one way.`,
};

/** @param {object[]} patterns */
const restrict = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

const rendererBase = [
  {
    group: ['**/main/**', '**/preload/**'],
    message: 'The renderer talks to main only through the contract.',
  },
  onlyPackages(
    rendererPackages,
    `The renderer has no Node, Electron or native modules; its packages: ${rendererPackages.join(', ')}.`,
  ),
];

/** The renderer's folders below the features: features and app/ build on them, never the reverse. */
const rendererBelowFeatures = ['kit', 'ui', 'api', 'media', 'i18n', 'theme'].map(
  (folder) => `src/renderer/${folder}/**`,
);

/** @param {number} depth */
const featureFiles = (depth) => `src/renderer/features/*/${'*/'.repeat(depth)}*.{ts,tsx}`;
// Deeper files than this get only the renderer's base zone.
const featureDepths = [0, 1, 2, 3];

/**
 * The files `depth` folders below a feature's own folder (src/renderer/features/<name>/...). From there
 * `depth + 1` steps up reach features/ and `depth + 2` reach src/renderer, so the zone can tell another
 * feature's internals ('../calls/CallWindow' at depth 0) from its public entry ('../calls', the folder's
 * index.ts) and from the feature's own subfolders ('../fields/x' at depth 1).
 * @param {number} depth
 */
function featureZone(depth) {
  const up = (steps) => `(?:\\.\\./){${steps}}`;
  return {
    files: [featureFiles(depth)],
    rules: restrict([
      ...rendererBase,
      {
        regex: `^${up(depth + 2)}app(?:/|$)`,
        caseSensitive: true,
        message:
          'A feature never imports app/, which composes the features; shared hooks and controls live in kit/.',
      },
      {
        regex: `^${up(depth + 1)}[^./][^/]*/`,
        caseSensitive: true,
        message:
          'A feature imports another feature only through its public entry, features/<name>/index.ts (import the folder, not its files).',
      },
    ]),
  };
}

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
    ignores: ['src/renderer/app/**', ...featureDepths.map(featureFiles), ...rendererBelowFeatures],
    rules: restrict(rendererBase),
  },
  {
    // app/ composes the features, so it may import them, but only by their public entries.
    files: ['src/renderer/app/**/*.ts', 'src/renderer/app/**/*.tsx'],
    rules: restrict([
      ...rendererBase,
      {
        regex: '^(?:\\.\\./)+features/[^/]+/',
        caseSensitive: true,
        message:
          "app/ imports a feature only through its public entry, features/<name>/index.ts ('../features/<name>').",
      },
    ]),
  },
  ...featureDepths.map(featureZone),
  {
    files: rendererBelowFeatures,
    rules: restrict([
      ...rendererBase,
      {
        regex: '^(?:\\.\\./)+(?:features|app)(?:/|$)',
        caseSensitive: true,
        message:
          'kit/, ui/, api/, media/, i18n/ and theme/ sit below the features: they never import features/ or app/.',
      },
    ]),
  },
  {
    // The top-level files (core.ts, api.ts, router.ts, ...): the composition root may import api.ts.
    files: ['src/main/*.ts', 'src/main/wiring/**/*.ts'],
    rules: restrict([electronOnlyInItsShell, noShellOrRenderer]),
  },
  {
    // Every capability folder of src/main (sip/, contacts/, accounts/, ...): whatever folders there are.
    files: ['src/main/*/**/*.ts'],
    ignores: [
      'src/main/shell/**',
      'src/main/wiring/**',
      'src/main/provisioning/**',
      ...infrastructureFolders.map((folder) => `src/main/${folder}/**`),
    ],
    rules: restrict([electronOnlyInItsShell, noShellOrRenderer, noCompositionRoot, noProvisioning]),
  },
  {
    files: ['src/main/provisioning/**/*.ts'],
    rules: restrict([electronOnlyInItsShell, noShellOrRenderer, noCompositionRoot]),
  },
  {
    files: infrastructureFolders.map((folder) => `src/main/${folder}/**/*.ts`),
    rules: restrict([electronOnlyInItsShell, noShellOrRenderer, noCompositionRoot, noCapability]),
  },
  {
    // The one place in src/main that imports electron.
    files: ['src/main/shell/electron/**/*.ts'],
    rules: restrict([
      { group: ['**/renderer/**'], message: 'A shell serves the renderer, never imports it.' },
    ]),
  },
  {
    // What both shells share (renderer-files.ts): plain Node, so that the web shell can use it.
    files: ['src/main/shell/*.ts'],
    rules: restrict([
      {
        group: ['electron', 'electron/*', '**/electron/**', '**/web/**'],
        message: "The shells' shared files run without Electron and import neither shell.",
      },
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
