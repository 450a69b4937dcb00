// Contacts through the whole core, as the app runs them: the web shell's composition root with two
// accounts (so every number is normalised with the account's default country), a 20,000-row CSV
// imported through the contract router, then caller-ID lookups through the contacts service.
// The component benchmark (bench/contacts.ts) cannot see costs the wiring adds; this one can.
// Run: node --experimental-transform-types --import ./bench/register-loader.mjs bench/contacts-core.ts
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCore } from '../src/main/core';
import { MemorySecretStore } from '../src/main/secrets/memory-secret-store';
import { printResult, spread } from './support/figures';

const ROWS = Number(process.env['BENCH_CSV_ROWS'] ?? 20_000);
const LOOKUPS = 2_000;
const RUNS = 3;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

async function run(): Promise<{ importMs: number; lookupP50: number; lookupP99: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-contacts-core-'));
  const core = await createCore({
    dataDir: dir,
    shell: 'web',
    version: 'bench',
    platform: process.platform,
    secrets: new MemorySecretStore(),
  });
  try {
    for (const name of ['Office', 'Home office']) {
      await core.router.handle('accounts.create', {
        settings: {
          'account.name': name,
          'credentials.userName': '1001',
          'credentials.domain': '127.0.0.1',
          'functions.registerOnStartup': false,
        },
      });
    }
    const rows = ['Nachname;Vorname;Telefon;Mobil'];
    for (let i = 0; i < ROWS; i += 1)
      rows.push(`Kontakt ${i};Anna;+49 30 ${1_000_000 + i};0171 ${2_000_000 + i}`);
    const data = Buffer.from(rows.join('\n'), 'utf8').toString('base64');
    const started = performance.now();
    const answer = await core.router.handle('contacts.csvImport', {
      data,
      encoding: 'utf8',
      separator: ';',
      mapping: ['lastName', 'firstName', 'phone:work', 'phone:mobile'],
      dryRun: false,
    });
    const importMs = performance.now() - started;
    if (!answer.ok) throw new Error(`import failed: ${JSON.stringify(answer.error)}`);

    const lookupMs: number[] = [];
    for (let i = 0; i < LOOKUPS; i += 1) {
      const number = i % 2 === 0 ? `030${1_000_000 + i}` : `+49 40 ${9_000_000 + i}`;
      const t = performance.now();
      core.contacts.callerIdNow(number);
      lookupMs.push(performance.now() - t);
    }
    return { importMs, lookupP50: percentile(lookupMs, 50), lookupP99: percentile(lookupMs, 99) };
  } finally {
    await core.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const results = [];
for (let i = 0; i < RUNS; i += 1) results.push(await run());
const imports = results.map((r) => r.importMs);
console.log(
  `core CSV import, ${ROWS} rows with 2 numbers, 2 accounts: median ${(median(imports) / 1000).toFixed(2)} s ` +
    `(${((median(imports) * 1000) / ROWS).toFixed(0)} µs/row; runs ${imports.map((ms) => (ms / 1000).toFixed(2)).join(', ')} s)`,
);
console.log(
  `core caller ID, ${LOOKUPS} lookups, half of them misses: median p50 ${(median(results.map((r) => r.lookupP50)) * 1000).toFixed(0)} µs, ` +
    `median p99 ${(median(results.map((r) => r.lookupP99)) * 1000).toFixed(0)} µs (target p99 < 1 ms)`,
);
printResult('contacts-core', [
  spread(`core CSV import of ${ROWS} rows`, 'ms', imports),
  spread(
    `core caller ID p99 of ${LOOKUPS} lookups, over ${RUNS} runs`,
    'ms',
    results.map((r) => r.lookupP99),
    {
      of: 'median',
      below: 1,
    },
  ),
]);
