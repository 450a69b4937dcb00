// LDAP benchmark: a real slapd on loopback with 2,000 inetOrgPerson entries (umlauts, 1-2 numbers
// each); 200 type-ahead searches of 2-4 letters and 200 caller-ID lookups (half of them misses,
// which take the slower fallback search) through LdapContactSource
// (one bound connection reused, as the app does). Prints median, p95 and max of each.
// Run: node --experimental-transform-types --import ./bench/register-loader.mjs bench/ldap-search.ts
import { performance } from 'node:perf_hooks';
import { resolveLdapConfig } from '../src/main/contacts/ldap/ldap-config';
import { LdapContactSource } from '../src/main/contacts/ldap/ldap-source';
import { silentLogger } from '../src/main/log/logger';
import { LDAP_BASE_DN, startSlapd } from '../tests/lab/slapd';
import { printResult, spread } from './support/figures';

const ENTRIES = 2_000;
const RUNS = 200;
const surnames = [
  'Müller',
  'Schmidt',
  'Schneider',
  'Fischer',
  'Weiß',
  'Köhler',
  'Jäger',
  'Smith',
  'Jones',
  'Brown',
];
const givens = ['Jürgen', 'Anna', 'Björn', 'Käthe', 'Özlem', 'John', 'Mary', 'Sören'];

function ldif(): string {
  const entries: string[] = [];
  for (let i = 0; i < ENTRIES; i++) {
    const sn = `${surnames[i % surnames.length]!}${i}`;
    const given = givens[i % givens.length]!;
    const lines = [
      `dn: cn=${given} ${sn},${LDAP_BASE_DN}`,
      'objectClass: inetOrgPerson',
      `cn: ${given} ${sn}`,
      `givenName: ${given}`,
      `sn: ${sn}`,
      `telephoneNumber: +49 30 ${String(1_000_000 + i)}`,
    ];
    if (i % 3 === 0) lines.push(`mobile: +49 170 ${String(2_000_000 + i)}`);
    entries.push(lines.join('\n'), '');
  }
  return entries.join('\n');
}

function stats(samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return `median ${at(0.5).toFixed(2)} ms, p95 ${at(0.95).toFixed(2)} ms, max ${sorted.at(-1)!.toFixed(2)} ms`;
}

const lab = await startSlapd({ ldif: ldif() });
try {
  const port = Number(new URL(lab.url).port);
  const source = new LdapContactSource({
    config: resolveLdapConfig({
      id: 'bench',
      host: '127.0.0.1',
      // the lab slapd has no TLS; a bind DN would otherwise default to StartTLS
      security: 'none',
      port,
      bindDn: lab.bindDn,
      baseDn: lab.baseDn,
    }),
    password: () => Promise.resolve(lab.bindPassword),
    logger: silentLogger,
    defaultCountry: () => 'DE',
  });
  await source.query('mü', 1); // bind once, as the running app has
  const searches: number[] = [];
  let found = 0;
  for (let i = 0; i < RUNS; i++) {
    const name = surnames[i % surnames.length]!;
    const query = name.slice(0, 2 + (i % 3)).toLowerCase();
    const start = performance.now();
    found += (await source.query(query, 50)).length;
    searches.push(performance.now() - start);
  }
  const lookups: number[] = [];
  let named = 0;
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    // every other lookup is a number the directory does not have
    const k = i % 2 === 0 ? (i * 7) % ENTRIES : ENTRIES + i;
    const hit = await source.lookupNumber(`+4930${String(1_000_000 + k)}`);
    lookups.push(performance.now() - start);
    if (hit) named++;
  }
  await source.dispose();
  console.log(
    `LDAP (slapd, ${ENTRIES} entries) type-ahead: ${RUNS} searches, ${(found / RUNS).toFixed(1)} results avg: ${stats(searches)}`,
  );
  console.log(`LDAP caller ID: ${RUNS} lookups (${named} found): ${stats(lookups)}`);
  printResult('ldap-search', [
    spread(`LDAP type-ahead (${ENTRIES} entries)`, 'ms', searches),
    spread('LDAP caller ID lookup', 'ms', lookups),
  ]);
} finally {
  await lab.stop();
}
