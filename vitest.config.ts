import { defineConfig } from 'vitest/config';

// CI sets VITEST_JSON_DIR so that .ci/run can print one "N passed, N failed" line.
const jsonDir = process.env['VITEST_JSON_DIR'];
const project = process.argv.includes('--project')
  ? process.argv[process.argv.indexOf('--project') + 1]
  : 'all';

export default defineConfig({
  test: {
    reporters: jsonDir
      ? ['default', ['json', { outputFile: `${jsonDir}/${project ?? 'all'}.json` }]]
      : ['default'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 60_000,
          fileParallelism: false,
          // Conditions that cross processes (SIP, the web shell, Chromium) get a CI-sized deadline;
          // vitest's default of 1 s failed on a loaded 2-core runner.
          expect: { poll: { timeout: 10_000 } },
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});
