import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger, type Logger } from '../../../src/main/log/logger';
import { resolveLdapConfig, type LdapConfigInput } from '../../../src/main/contacts/ldap/ldap-config';
import { LdapContactSource } from '../../../src/main/contacts/ldap/ldap-source';
import type { LdapSourceError } from '../../../src/main/contacts/ldap/ldap-status';
import type { TlsSettings } from '../../../src/main/net/tls/tls-options';
import { writeCaSignedCertificate } from '../../lab/certificate';
import { requireLab } from '../../lab/secret-service';
import { startSlapd, type SlapdLab } from '../../lab/slapd';

const BASE = 'dc=example,dc=com';
const LDIF = [
  `dn: cn=Anna Schmidt,${BASE}`,
  'objectClass: inetOrgPerson',
  'cn: Anna Schmidt',
  'sn: Schmidt',
  'telephoneNumber: +49 40 5551234',
  '',
].join('\n');

const strictTls: TlsSettings = { minVersion: 'TLSv1.2', strongCiphersOnly: true, verifyCertificate: true };

describe('LDAP over TLS against slapd', { timeout: 20_000 }, () => {
  requireLab();
  let lab: SlapdLab | undefined;
  let dir = '';
  /** The CA that issued slapd's certificate, and an unrelated one. */
  let caPem = '';
  let leafPem = '';
  let otherCaPem = '';
  const sources: LdapContactSource[] = [];

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'softphone-ldap-tls-'));
    const issued = await writeCaSignedCertificate(dir, '127.0.0.1', { prefix: 'slapd' });
    const other = await writeCaSignedCertificate(dir, '127.0.0.1', { prefix: 'other' });
    caPem = await readFile(issued.caCert, 'utf8');
    leafPem = await readFile(issued.cert, 'utf8');
    otherCaPem = await readFile(other.caCert, 'utf8');
    lab = await startSlapd({ ldif: LDIF, tls: { cert: issued.cert, key: issued.key } });
  }, 30_000);

  afterAll(async () => {
    for (const source of sources) await source.dispose();
    await lab?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  }, 10_000);

  function makeSource(
    overrides: Partial<LdapConfigInput>,
    tls?: TlsSettings,
    logger: Logger = silentLogger,
  ): LdapContactSource {
    if (!lab?.ldapsPort) throw new Error('slapd did not start with TLS');
    const port = overrides.security === 'ldaps' ? lab.ldapsPort : lab.port;
    const source = new LdapContactSource({
      config: resolveLdapConfig({
        id: 'tls',
        host: '127.0.0.1',
        port,
        bindDn: lab.bindDn,
        baseDn: BASE,
        connectTimeoutMs: 2_000,
        searchTimeoutMs: 3_000,
        ...overrides,
      }),
      password: () => Promise.resolve(lab?.bindPassword ?? ''),
      logger,
      ...(tls ? { tls: () => Promise.resolve(tls) } : {}),
    });
    sources.push(source);
    return source;
  }

  async function names(source: LdapContactSource): Promise<string[]> {
    return (await source.query('Anna')).map((contact) => contact.displayName);
  }

  it('LDAPS works when the directory’s CA is trusted in the LDAP settings', async () => {
    expect(await names(makeSource({ security: 'ldaps', caPem }))).toEqual(['Anna Schmidt']);
  });

  it('LDAPS works when the CA is trusted through the global TLS settings', async () => {
    const source = makeSource({ security: 'ldaps' }, { ...strictTls, trustedPem: caPem });
    expect(await names(source)).toEqual(['Anna Schmidt']);
  });

  it('LDAPS works when only the server’s own certificate is trusted, not its CA', async () => {
    expect(await names(makeSource({ security: 'ldaps', caPem: leafPem }))).toEqual(['Anna Schmidt']);
  });

  it('StartTLS upgrades the ldap:// connection and works', async () => {
    const source = makeSource({ security: 'starttls' }, { ...strictTls, trustedPem: caPem });
    expect(await names(source)).toEqual(['Anna Schmidt']);
  });

  it('a bind DN without a given security uses StartTLS by default, and binds', async () => {
    const source = makeSource({ caPem });
    expect(await names(source)).toEqual(['Anna Schmidt']);
    // the same source with a CA the server's certificate does not chain to fails: TLS was really used
    const untrusted = makeSource({ caPem: otherCaPem });
    const error = await untrusted.query('Anna').catch((e: unknown) => e as LdapSourceError);
    expect(error).toMatchObject({ status: { code: 'certificate' } });
  });

  it('StartTLS checks the certificate against the host name it connects to', async () => {
    // slapd's certificate names only 127.0.0.1
    const source = makeSource({ security: 'starttls', host: 'localhost', caPem });
    const error = await source.query('Anna').catch((e: unknown) => e as LdapSourceError);
    expect(error).toMatchObject({ status: { code: 'certificate' } });
    expect(source.ldapStatus.message).toMatch(/does not name this host/);
  });

  for (const security of ['ldaps', 'starttls'] as const) {
    it(`${security}: an untrusted certificate is reported as 'certificate' with what to do`, async () => {
      const source = makeSource({ security, caPem: otherCaPem });
      expect(await source.search('Anna', 10)).toEqual([]);
      expect(source.ldapStatus.code).toBe('certificate');
      expect(source.status()).toMatchObject({
        state: 'failed',
        message: expect.stringMatching(
          /certificate of the LDAP server 127\.0\.0\.1:\d+ is not trusted/,
        ) as string,
      });
      expect(source.ldapStatus.message).toMatch(/Add its CA certificate/);
    });

    it(`${security}: the system store alone does not trust the lab CA`, async () => {
      const source = makeSource({ security });
      await expect(source.query('Anna')).rejects.toMatchObject({ status: { code: 'certificate' } });
    });

    it(`${security}: "ignore certificate" connects anyway and warns in the log`, async () => {
      const warnings: string[] = [];
      const logger: Logger = { ...silentLogger, warn: (message: string) => warnings.push(message) };
      const source = makeSource({ security, ignoreCertificate: true }, undefined, logger);
      expect(await names(source)).toEqual(['Anna Schmidt']);
      expect(warnings.join('\n')).toMatch(/certificate checks are off for 127\.0\.0\.1/);
    });
  }

  it('the global "Disable certificate verification" applies too, with a warning', async () => {
    const warnings: string[] = [];
    const logger: Logger = { ...silentLogger, warn: (message: string) => warnings.push(message) };
    const source = makeSource({ security: 'ldaps' }, { ...strictTls, verifyCertificate: false }, logger);
    expect(await names(source)).toEqual(['Anna Schmidt']);
    expect(warnings.join('\n')).toMatch(/certificate checks are off .*TLS settings/);
  });

  it('LDAPS against the plain ldap:// port fails with a handshake message, not a hang', async () => {
    if (!lab) throw new Error('no lab');
    const source = makeSource({ security: 'ldaps', caPem, port: lab.port });
    await expect(source.query('Anna')).rejects.toMatchObject({ status: { code: 'invalid' } });
    expect(source.ldapStatus.message).toMatch(/TLS handshake/);
  });
});
