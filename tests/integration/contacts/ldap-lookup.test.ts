import { createServer, type Server, type Socket } from 'node:net';
import { Client, type ClientOptions, type SearchOptions } from 'ldapts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../src/main/log/logger';
import { resolveLdapConfig, type LdapConfigInput } from '../../../src/main/contacts/ldap/ldap-config';
import { filterToString } from '../../../src/main/contacts/ldap/ldap-filter';
import { LdapContactSource, type LdapClient } from '../../../src/main/contacts/ldap/ldap-source';
import { freePort } from '../../lab/free-port';
import { requireLab } from '../../lab/secret-service';
import { startSlapd, type SlapdLab } from '../../lab/slapd';

const BASE = 'dc=example,dc=com';

function person(cn: string, lines: string[]): string {
  return [`dn: cn=${cn},${BASE}`, 'objectClass: inetOrgPerson', `cn: ${cn}`, `sn: ${cn}`, ...lines, ''].join(
    '\n',
  );
}

/** Numbers as people type them into a directory. */
const LDIF = [
  person('Jürgen Müller', ['telephoneNumber: +49 30 1234567', 'mobile: 0171 2222222']),
  // same last seven digits as Müller's office number, in Munich: found by the filter, refused by the check
  person('Munich Decoy', ['telephoneNumber: +49 89 1234567']),
  // separators inside the last seven digits that telephoneNumber matching does not ignore
  person('Anna Schmidt', ['telephoneNumber: (030) 98765/43']),
  person('Karl Weber', ['telephoneNumber: (040) 555-1234']),
  person('Int Prefix', ['telephoneNumber: 0049 40 7777777']),
  person('Trunk In Parens', ['mobile: +49 (0)221 3333333']),
  person('Reception', ['telephoneNumber: 201']),
  // ends in 201 too, but is a full number, not the extension
  person('Ends In 201', ['telephoneNumber: +49 30 5550201']),
  person('Star *)(cn=*', ['telephoneNumber: 202']),
].join('\n');

describe('LDAP caller ID against slapd', { timeout: 20_000 }, () => {
  requireLab();
  let lab: SlapdLab | undefined;
  const sources: LdapContactSource[] = [];
  const filters: string[] = [];

  beforeAll(async () => {
    lab = await startSlapd({ ldif: LDIF });
  }, 30_000);

  afterAll(async () => {
    for (const source of sources) await source.dispose();
    await lab?.stop();
  }, 10_000);

  function makeSource(overrides: Partial<LdapConfigInput> = {}, lookupTimeoutMs?: number): LdapContactSource {
    if (!lab) throw new Error('slapd did not start');
    const source = new LdapContactSource({
      config: resolveLdapConfig({
        id: 'lookup',
        host: '127.0.0.1',
        // this slapd has no TLS: plain LDAP with a bind DN must be asked for (the default is StartTLS)
        security: 'none',
        port: lab.port,
        bindDn: lab.bindDn,
        baseDn: BASE,
        connectTimeoutMs: 2_000,
        searchTimeoutMs: 5_000,
        ...overrides,
      }),
      password: () => Promise.resolve(lab?.bindPassword ?? ''),
      logger: silentLogger,
      defaultCountry: () => 'DE',
      ...(lookupTimeoutMs !== undefined ? { lookupTimeoutMs } : {}),
      createClient: (options: ClientOptions): LdapClient => {
        const client = new Client(options);
        const search = client.search.bind(client);
        client.search = (base: string, searchOptions: SearchOptions) => {
          if (typeof searchOptions.filter === 'object') filters.push(filterToString(searchOptions.filter));
          return search(base, searchOptions);
        };
        return client;
      },
    });
    sources.push(source);
    return source;
  }

  const cases: Array<[string, string]> = [
    ['+49301234567', 'Jürgen Müller'],
    ['+491712222222', 'Jürgen Müller'],
    ['+49309876543', 'Anna Schmidt'],
    ['+49405551234', 'Karl Weber'],
    ['+49407777777', 'Int Prefix'],
    ['+492213333333', 'Trunk In Parens'],
    ['201', 'Reception'],
    ['+49305550201', 'Ends In 201'],
    ['+49891234567', 'Munich Decoy'],
  ];
  for (const [key, name] of cases) {
    it(`finds ${name} for ${key} whatever format the directory stores`, async () => {
      const source = makeSource();
      const found = await source.lookupNumber(key);
      expect(found?.displayName).toBe(name);
      expect(found?.sourceId).toBe('ldap:lookup');
      expect(source.status()).toEqual({ state: 'ready' });
    });
  }

  it('answers undefined for a number nobody has, without an error', async () => {
    const source = makeSource();
    expect(await source.lookupNumber('+49301112223')).toBeUndefined();
    expect(await source.lookupNumber('299')).toBeUndefined();
    expect(source.status()).toEqual({ state: 'ready' });
  });

  it('asks with the tail first and falls back to the digits in order', async () => {
    const source = makeSource();
    filters.length = 0;
    await source.lookupNumber('+49309876543');
    expect(filters).toEqual([
      expect.stringContaining('(telephoneNumber=*9876543*)') as string,
      expect.stringContaining('(telephoneNumber=*9*8*7*6*5*4*3*)') as string,
    ]);
    filters.length = 0;
    await source.lookupNumber('+49301234567');
    expect(filters).toHaveLength(1);
  });

  it('never sends anything but digits, whatever the key contains', async () => {
    const source = makeSource();
    filters.length = 0;
    expect(await source.lookupNumber('*)(cn=*')).toBeUndefined();
    expect(await source.lookupNumber('')).toBeUndefined();
    expect(filters).toEqual([]);
    expect(await source.lookupNumber('20)(cn=*2')).toBeUndefined();
    for (const sent of filters) expect(sent).not.toContain('cn=*');
  });

  it('answers undefined for an unreachable directory and says so in the status', async () => {
    const source = makeSource({ port: await freePort() });
    expect(await source.lookupNumber('+49301234567')).toBeUndefined();
    expect(source.ldapStatus.code).toBe('unreachable');
    expect(source.status()).toMatchObject({ state: 'failed' });
  });

  it('gives up after the lookup timeout when the server never answers', async () => {
    const sockets: Socket[] = [];
    const silent: Server = createServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    try {
      const address = silent.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      const source = makeSource({ port }, 300);
      const started = performance.now();
      expect(await source.lookupNumber('+49301234567')).toBeUndefined();
      // well below the 5 s search timeout of the config
      expect(performance.now() - started).toBeLessThan(2_000);
      expect(source.ldapStatus.code).toBe('timeout');
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => silent.close(resolve));
    }
  });

  it('rejects with the abort reason when the caller aborts, and keeps working', async () => {
    const source = makeSource();
    await expect(source.lookupNumber('+49301234567', AbortSignal.abort())).rejects.toMatchObject({
      name: 'AbortError',
    });
    const controller = new AbortController();
    const pending = source.lookupNumber('+49301234567', controller.signal);
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    expect((await source.lookupNumber('+49301234567'))?.displayName).toBe('Jürgen Müller');
    expect(source.status()).toEqual({ state: 'ready' });
  });
});
