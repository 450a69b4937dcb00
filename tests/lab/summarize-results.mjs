// Sums vitest's JSON reports into the one line the CI harness reads: "N passed, N failed".
//   node tests/lab/summarize-results.mjs <report-dir> [--exit-code <npm test's exit code>]
// A test file that failed without a failing test (an import error, a failed beforeAll, requireLab())
// counts as one failure, and so does a non-zero exit code with no failure in any report (lint, typecheck,
// or a run that crashed before writing its report): a red run must never print "0 failed".
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import process from 'node:process';

const print = (line) => process.stdout.write(`${line}\n`);

function parseArgs(argv) {
  const [dir, ...rest] = argv;
  if (!dir) {
    process.stderr.write('usage: summarize-results.mjs <report-dir> [--exit-code N]\n');
    process.exit(2);
  }
  let exitCode = 0;
  for (let i = 0; i < rest.length; i++) {
    if (rest[i] === '--exit-code') exitCode = Number(rest[++i] ?? '1') || 0;
  }
  return { dir, exitCode };
}

function reportFiles(dir) {
  try {
    return readdirSync(dir)
      .filter((name) => name.endsWith('.json'))
      .sort()
      .map((name) => join(dir, name));
  } catch {
    return [];
  }
}

function summarize(file) {
  const report = JSON.parse(readFileSync(file, 'utf8'));
  const passed = Number(report.numPassedTests ?? 0);
  let failed = Number(report.numFailedTests ?? 0);
  const brokenFiles = [];
  for (const result of report.testResults ?? []) {
    const failedTests = (result.assertionResults ?? []).filter((a) => a.status === 'failed').length;
    if (result.status === 'failed' && failedTests === 0) {
      failed += 1;
      brokenFiles.push(result.name);
    }
  }
  return { passed, failed, brokenFiles };
}

const { dir, exitCode } = parseArgs(process.argv.slice(2));
let passed = 0;
let failed = 0;
for (const file of reportFiles(dir)) {
  try {
    const part = summarize(file);
    passed += part.passed;
    failed += part.failed;
    print(`  ${file}: ${part.passed} passed, ${part.failed} failed`);
    for (const name of part.brokenFiles) print(`    failed without a failing test: ${name}`);
  } catch (error) {
    failed += 1;
    print(`  ${file}: unreadable report (${error instanceof Error ? error.message : String(error)})`);
  }
}
if (exitCode !== 0 && failed === 0) {
  failed = 1;
  print(`  npm test exited with ${exitCode} and no report shows a failure: counted as 1 failed`);
}
print(`${passed} passed, ${failed} failed`);
