import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../src/main/log/logger';
import { resolveLdapConfig, type LdapConfigInput } from '../../../src/main/contacts/ldap/ldap-config';
import { LdapContactSource } from '../../../src/main/contacts/ldap/ldap-source';
import { requireLab } from '../../lab/secret-service';
import { startSlapd, type SlapdLab } from '../../lab/slapd';

const BASE = 'dc=example,dc=com';
const PEOPLE = 12;
const SERVER_LIMIT = 4;

const LDIF = [
  [`dn: ou=people,${BASE}`, 'objectClass: organizationalUnit', 'ou: people', ''].join('\n'),
  ...Array.from({ length: PEOPLE }, (_, i) => {
    const n = String(i).padStart(2, '0');
    return [
      `dn: cn=Limit Person ${n},ou=people,${BASE}`,
      'objectClass: inetOrgPerson',
      `cn: Limit Person ${n}`,
      `sn: Person ${n}`,
      `telephoneNumber: +49 40 77${n}`,
      '',
    ].join('\n');
  }),
].join('\n');

/** The real ldapts client (no createClient): what the app runs. */
describe('LDAP result limits against slapd', { timeout: 20_000 }, () => {
  requireLab();
  let lab: SlapdLab | undefined;
  const sources: LdapContactSource[] = [];

  beforeAll(async () => {
    lab = await startSlapd({ ldif: LDIF, sizeLimit: SERVER_LIMIT });
  }, 30_000);

  afterAll(async () => {
    for (const source of sources) await source.dispose();
    await lab?.stop();
  }, 10_000);

  /** Anonymous binds are held to slapd's sizelimit; the rootdn is not. */
  function makeSource(overrides: Partial<LdapConfigInput>, asRoot: boolean): LdapContactSource {
    if (!lab) throw new Error('slapd did not start');
    const source = new LdapContactSource({
      config: resolveLdapConfig({
        id: 'limits',
        host: '127.0.0.1',
        security: 'none',
        port: lab.port,
        bindDn: asRoot ? lab.bindDn : '',
        baseDn: BASE,
        connectTimeoutMs: 2_000,
        searchTimeoutMs: 3_000,
        ...overrides,
      }),
      password: () => Promise.resolve(lab?.bindPassword ?? ''),
      logger: silentLogger,
    });
    sources.push(source);
    return source;
  }

  it('says truncated when the server stops at its sizelimit (result code 4) below ours', async () => {
    const source = makeSource({ resultLimit: 50 }, false);
    const result = await source.queryResult('Limit');
    expect(result.contacts).toHaveLength(SERVER_LIMIT);
    expect(result.contacts.every((c) => c.displayName.startsWith('Limit Person'))).toBe(true);
    expect(result.truncated).toBe(true);
    expect(source.ldapStatus.code).toBe('ok');
  });

  it('is not truncated when the matches fit the server’s limit', async () => {
    const source = makeSource({ resultLimit: 50 }, false);
    const result = await source.queryResult('Limit Person 03');
    expect(result.contacts.map((c) => c.lastName)).toEqual(['Person 03']);
    expect(result.truncated).toBe(false);
  });

  it('says truncated when our own limit is reached, and not when every match came back', async () => {
    const source = makeSource({ resultLimit: 5 }, true);
    const cut = await source.queryResult('Limit');
    expect(cut.contacts).toHaveLength(5);
    expect(cut.truncated).toBe(true);
    const everyone = await makeSource({ resultLimit: 50 }, true).queryResult('Limit');
    expect(everyone.contacts).toHaveLength(PEOPLE);
    expect(everyone.truncated).toBe(false);
    const exact = await makeSource({ resultLimit: PEOPLE }, true).queryResult('Limit');
    expect(exact.contacts).toHaveLength(PEOPLE);
    expect(exact.truncated).toBe(false);
  });
});
