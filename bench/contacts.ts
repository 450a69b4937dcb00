// Contacts benchmark: 100,000 local contacts (deterministic pseudo-random German and English names
// with umlauts, 1-3 numbers each) imported in one transaction into a real database file, then
// type-ahead queries of 1-4 letters or digits and caller-ID lookups (hits in several written forms,
// and misses). Prints import time, database size, type-ahead p50/p95 and caller-ID p50/p99.
// Targets: type-ahead p95 < 10 ms, caller-ID p99 < 1 ms.
// Run: node --experimental-transform-types --import ./bench/register-loader.mjs bench/contacts.ts
//      (BENCH_CONTACTS=10000 for a smaller run)
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ContactFields, ContactPhone } from '../src/main/contacts/contact';
import { LocalContactStore } from '../src/main/contacts/local/local-contact-store';
import { ContactSearch } from '../src/main/contacts/search/contact-search';
import { openDatabase } from '../src/main/db/database';
import { printResult, spread } from './support/figures';

const CONTACTS = Number(process.env['BENCH_CONTACTS'] ?? 100_000);
const QUERIES = 200;
const LOOKUPS = 10_000;
const COUNTRY = 'DE';

const firstNames = [
  'Jürgen',
  'Jörg',
  'Müşerref',
  'Anna',
  'Björn',
  'Sören',
  'Käthe',
  'Özlem',
  'Günther',
  'Hans',
  'Erika',
  'Maximilian',
  'Sophie',
  'Lukas',
  'Lena',
  'Jonas',
  'Léa',
  'Renée',
  'Chloë',
  'Zoë',
  'John',
  'Mary',
  'James',
  'Patricia',
  'Robert',
  'Jennifer',
  'Michael',
  'Linda',
  'William',
  'Elizabeth',
  'David',
  'Barbara',
  'Richard',
  'Susan',
  'Thomas',
  'Jessica',
  'Charles',
  'Sarah',
  'Emily',
  'Oliver',
  'Änne',
];
const lastNames = [
  'Müller',
  'Schmidt',
  'Schneider',
  'Fischer',
  'Weber',
  'Meyer',
  'Wagner',
  'Becker',
  'Schulz',
  'Hoffmann',
  'Schäfer',
  'Koch',
  'Bauer',
  'Richter',
  'Klein',
  'Wolf',
  'Schröder',
  'Neumann',
  'Schwarz',
  'Zimmermann',
  'Braun',
  'Krüger',
  'Hofmann',
  'Hartmann',
  'Lange',
  'Schmitt',
  'Werner',
  'Schmitz',
  'Krause',
  'Böhm',
  'Smith',
  'Johnson',
  'Williams',
  'Brown',
  'Jones',
  'Miller',
  'Davis',
  'Wilson',
  'Anderson',
  'Taylor',
  'Thomas',
  'Moore',
  'Jackson',
  'Martin',
  'Lee',
  'Thompson',
  'White',
  'Harris',
  'Clark',
  'Lewis',
  'Öztürk',
  'Yılmaz',
  'Großmann',
  'Weiß',
  'Jäger',
  'Kühn',
  'Vogel',
  'Günther',
  'Lindström',
  'Dvořák',
];
const companies = ['', '', '', 'ACME GmbH', 'Müller & Söhne', 'Initech Ltd', 'Globex AG', 'Bäckerei Kühn'];
const types: ContactPhone['type'][] = ['work', 'mobile', 'home', 'fax', 'other'];

/** mulberry32: small, fast and deterministic. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = random(42);
const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
const digits = (n: number): string => Array.from({ length: n }, () => Math.floor(rnd() * 10)).join('');

function phoneNumber(): string {
  const r = rnd();
  if (r < 0.35) return `0${pick(['30', '89', '40', '221', '69'])} ${1 + Math.floor(rnd() * 9)}${digits(6)}`;
  if (r < 0.6) return `+49 ${pick(['151', '160', '171', '176'])} ${digits(8)}`;
  if (r < 0.7) return `+44 20 ${digits(4)} ${digits(4)}`;
  if (r < 0.8) return `+1 (212) ${2 + Math.floor(rnd() * 7)}${digits(2)}-${digits(4)}`;
  return `${1 + Math.floor(rnd() * 9)}${digits(2 + Math.floor(rnd() * 2))}`;
}

function contact(): ContactFields {
  return {
    firstName: pick(firstNames),
    lastName: pick(lastNames),
    displayName: '',
    company: pick(companies),
    department: '',
    email: '',
    phones: Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => ({
      type: pick(types),
      number: phoneNumber(),
    })),
  };
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

function timed<T>(samples: number[], run: () => T): T {
  const started = performance.now();
  const result = run();
  samples.push(performance.now() - started);
  return result;
}

function main(): void {
  const dir = mkdtempSync(join(tmpdir(), 'bench-contacts-'));
  const file = join(dir, 'app.sqlite');
  const db = openDatabase(file);
  try {
    const store = new LocalContactStore(db, { defaultCountry: () => COUNTRY });
    const search = new ContactSearch(db, { defaultCountry: () => COUNTRY });
    const all = Array.from({ length: CONTACTS }, contact);

    const importStart = performance.now();
    const counts = store.importAll(all);
    const importMs = performance.now() - importStart;
    db.pragma('wal_checkpoint(TRUNCATE)');
    const sizeMb = statSync(file).size / 1024 / 1024;
    console.log(
      `import: ${counts.contacts} contacts, ${counts.phones} numbers in ${(importMs / 1000).toFixed(2)} s ` +
        `(${((importMs * 1000) / counts.contacts).toFixed(0)} µs/contact); database ${sizeMb.toFixed(1)} MB`,
    );

    const queries = Array.from({ length: QUERIES }, (_, i) => {
      const length = 1 + (i % 4);
      if (i % 3 === 2) {
        const number = pick(pick(all).phones).number.replace(/[^0-9]/g, '');
        const start = Math.floor(rnd() * Math.max(1, number.length - length));
        return number.slice(start, start + length);
      }
      const name = pick([pick(firstNames), pick(lastNames), pick(companies) || 'Kühn']);
      return rnd() < 0.3 ? name.slice(0, length).toLowerCase() : name.slice(0, length);
    });
    for (const q of queries.slice(0, 20)) search.searchLocal(q); // warm up statements and caches
    const searchMs: number[] = [];
    let hits = 0;
    for (const q of queries) hits += timed(searchMs, () => search.searchLocal(q, 20)).length;
    console.log(
      `type-ahead: ${QUERIES} queries of 1-4 letters/digits (limit 20, ${(hits / QUERIES).toFixed(1)} results avg): ` +
        `p50 ${percentile(searchMs, 50).toFixed(2)} ms, p95 ${percentile(searchMs, 95).toFixed(2)} ms, ` +
        `max ${percentile(searchMs, 100).toFixed(2)} ms (target p95 < 10 ms)`,
    );

    const lookups = Array.from({ length: LOOKUPS }, (_, i) => {
      if (i % 2 === 1) return `+49 30 9${digits(7)}`; // almost surely a miss
      const number = pick(pick(all).phones).number;
      const compact = number.replace(/[^0-9+]/g, '');
      return pick([number, compact, compact.replace(/^\+49/, '0'), `sip:${compact}@pbx.example`]);
    });
    for (const n of lookups.slice(0, 200)) search.callerId(n, COUNTRY);
    const lookupMs: number[] = [];
    let found = 0;
    for (const n of lookups) if (timed(lookupMs, () => search.callerId(n, COUNTRY))) found++;
    console.log(
      `caller ID: ${LOOKUPS} lookups (${found} found): p50 ${(percentile(lookupMs, 50) * 1000).toFixed(0)} µs, ` +
        `p99 ${(percentile(lookupMs, 99) * 1000).toFixed(0)} µs, max ${percentile(lookupMs, 100).toFixed(2)} ms ` +
        `(target p99 < 1 ms)`,
    );
    printResult('contacts', [
      { name: `import of ${counts.contacts} contacts`, unit: 'ms', value: importMs },
      { name: 'database size', unit: 'MB', value: sizeMb },
      spread('type-ahead (limit 20)', 'ms', searchMs, { of: 'p95', below: 10 }),
      spread('caller ID lookup', 'ms', lookupMs, { of: 'p99', below: 1 }),
    ]);
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main();
