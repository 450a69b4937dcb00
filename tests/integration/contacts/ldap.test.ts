import { createServer, type Server, type Socket } from 'node:net';
import { Client, type ClientOptions } from 'ldapts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../src/main/log/logger';
import { resolveLdapConfig, type LdapConfigInput } from '../../../src/main/contacts/ldap/ldap-config';
import { LdapContactSource, type LdapClient } from '../../../src/main/contacts/ldap/ldap-source';
import { LdapSourceError } from '../../../src/main/contacts/ldap/ldap-status';
import { freePort } from '../../lab/free-port';
import { requireLab } from '../../lab/secret-service';
import { startSlapd, type SlapdLab } from '../../lab/slapd';

const BASE = 'dc=example,dc=com';
const BULK = 120;

function ou(dn: string, name: string): string {
  return [`dn: ${dn}`, 'objectClass: organizationalUnit', `ou: ${name}`, ''].join('\n');
}

function person(dn: string, lines: string[]): string {
  return [`dn: ${dn}`, 'objectClass: inetOrgPerson', ...lines, ''].join('\n');
}

const LDIF = [
  ou(`ou=berlin,${BASE}`, 'berlin'),
  ou(`ou=people,ou=berlin,${BASE}`, 'people'),
  ou(`ou=hamburg,${BASE}`, 'hamburg'),
  ou(`ou=people,ou=hamburg,${BASE}`, 'people'),
  person(`cn=Jürgen Müller,ou=people,ou=berlin,${BASE}`, [
    'cn: Jürgen Müller',
    'givenName: Jürgen',
    'sn: Müller',
    'o: Ärzte GmbH',
    'ou: Kardiologie',
    'mail: juergen.mueller@example.com',
    'telephoneNumber: +49 30 1234567',
    'telephoneNumber: +49 30 7654321',
    'mobile: +49 170 1111111',
    'mobile: +49 171 2222222',
    'facsimileTelephoneNumber: +49 30 1234599',
  ]),
  person(`cn=Anna Schmidt,ou=people,ou=hamburg,${BASE}`, [
    'cn: Anna Schmidt',
    'givenName: Anna',
    'sn: Schmidt',
    'telephoneNumber: +49 40 5551234',
  ]),
  // a name with filter syntax in it: the injection query may find this one, literally
  person(`cn=Star Test,ou=people,ou=hamburg,${BASE}`, ['cn: Star Test', 'sn: Star *)(uid=* Test']),
  // hostile-ish: a very long name and an entry with no name attributes but a number
  person(`cn=Huge,ou=people,ou=hamburg,${BASE}`, [`cn: Huge ${'x'.repeat(5000)}`, 'sn: Huge']),
  ...Array.from({ length: BULK }, (_, i) => {
    const n = String(i).padStart(3, '0');
    return person(`cn=Bulk Person ${n},ou=people,ou=hamburg,${BASE}`, [
      `cn: Bulk Person ${n}`,
      `sn: Person ${n}`,
      `telephoneNumber: +49 40 9${n}000`,
    ]);
  }),
].join('\n');

describe('LDAP contact source against slapd', { timeout: 20_000 }, () => {
  requireLab();
  let lab: SlapdLab | undefined;
  const sources: LdapContactSource[] = [];

  beforeAll(async () => {
    lab = await startSlapd({ ldif: LDIF });
  }, 30_000);

  afterAll(async () => {
    for (const source of sources) await source.dispose();
    await lab?.stop();
  }, 10_000);

  const current = (): SlapdLab => {
    if (!lab) throw new Error('slapd did not start');
    return lab;
  };

  interface Made {
    source: LdapContactSource;
    clients: Client[];
  }

  /** Called when a search request goes to slapd, to abort while it is on the wire. */
  let onSearchSent: (() => void) | undefined;

  function makeSource(overrides: Partial<LdapConfigInput> = {}, password?: string): Made {
    const { port, bindDn, bindPassword } = current();
    const clients: Client[] = [];
    const source = new LdapContactSource({
      config: resolveLdapConfig({
        id: 'lab',
        host: '127.0.0.1',
        // this slapd has no TLS: plain LDAP with a bind DN must be asked for (the default is StartTLS)
        security: 'none',
        port,
        bindDn,
        baseDn: BASE,
        connectTimeoutMs: 2_000,
        searchTimeoutMs: 3_000,
        ...overrides,
      }),
      password: () => Promise.resolve(password ?? bindPassword),
      logger: silentLogger,
      createClient: (options: ClientOptions): LdapClient => {
        const client = new Client(options);
        clients.push(client);
        const search = client.search.bind(client);
        client.search = (...args) => {
          const pending = search(...args);
          const hook = onSearchSent;
          if (hook) setImmediate(hook);
          return pending;
        };
        return client;
      },
    });
    sources.push(source);
    return { source, clients };
  }

  it('finds Müller from a lower-case non-ASCII fragment and maps every field', async () => {
    const { source } = makeSource();
    const contacts = await source.query('mül');
    expect(contacts).toHaveLength(1);
    const [contact] = contacts;
    expect(contact).toMatchObject({
      id: `cn=Jürgen Müller,ou=people,ou=berlin,${BASE}`,
      sourceId: 'ldap:lab',
      firstName: 'Jürgen',
      lastName: 'Müller',
      displayName: 'Jürgen Müller',
      company: 'Ärzte GmbH',
      department: 'Kardiologie',
      email: 'juergen.mueller@example.com',
    });
    expect(contact?.phones).toEqual([
      { type: 'work', number: '+49 30 1234567' },
      { type: 'work', number: '+49 30 7654321' },
      { type: 'mobile', number: '+49 170 1111111' },
      { type: 'mobile', number: '+49 171 2222222' },
      { type: 'fax', number: '+49 30 1234599' },
    ]);
  });

  it('finds by a first-name prefix and by company', async () => {
    const { source } = makeSource();
    expect((await source.query('Jür')).map((c) => c.lastName)).toEqual(['Müller']);
    expect((await source.query('ärzte')).map((c) => c.lastName)).toEqual(['Müller']);
    expect((await source.query('jürgen müller')).map((c) => c.lastName)).toEqual(['Müller']);
  });

  it('finds a number fragment in phone attributes, ignoring spaces', async () => {
    const { source } = makeSource();
    const names = (await source.query('1234')).map((c) => c.displayName).sort();
    expect(names).toEqual(['Anna Schmidt', 'Jürgen Müller']);
    expect((await source.query('30 123 4567')).map((c) => c.lastName)).toEqual(['Müller']);
    expect((await source.query('+49 40 5551234')).map((c) => c.lastName)).toEqual(['Schmidt']);
  });

  it('treats filter syntax in a query as literal text, never as a filter', async () => {
    const { source } = makeSource();
    for (const query of ['*)(uid=*', '*', '*)(|(objectClass=*', 'a\\2a', '(cn=*)']) {
      const contacts = await source.query(query);
      expect(contacts.length, query).toBeLessThanOrEqual(1);
      for (const contact of contacts) expect(contact.lastName).toContain(query);
    }
    expect((await source.query('*)(uid=*')).map((c) => c.displayName)).toEqual(['Star Test']);
  });

  it('returns exactly the limit when more entries match, without an error', async () => {
    const { source } = makeSource();
    expect(await source.query('Bulk')).toHaveLength(50);
    expect(await source.query('Bulk', 10)).toHaveLength(10);
    expect(await source.query('')).toHaveLength(50);
    expect(source.ldapStatus.code).toBe('ok');
  });

  it('cuts huge values instead of failing', async () => {
    const { source } = makeSource();
    const [huge] = await source.query('Huge');
    expect(huge?.displayName.length).toBe(256);
  });

  it('binds once and reuses the connection', async () => {
    const { source, clients } = makeSource();
    await source.query('Anna');
    await Promise.all([source.query('Bulk'), source.query('mül'), source.query('1234')]);
    expect(clients).toHaveLength(1);
    expect(clients[0]?.isBound).toBe(true);
  });

  it('reports a wrong bind password as auth', async () => {
    const { source, clients } = makeSource({}, 'wrong-password');
    const error = await source.query('Anna').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LdapSourceError);
    expect((error as LdapSourceError).status.code).toBe('auth');
    expect((error as LdapSourceError).message).not.toContain('wrong-password');
    expect(source.ldapStatus.code).toBe('auth');
    expect(clients[0]?.isConnected).toBe(false);
    // the ContactSource view: search answers nothing, status says what failed
    expect(await source.search('Anna', 50)).toEqual([]);
    expect(source.status()).toMatchObject({
      state: 'failed',
      message: expect.stringMatching(/user name or password/) as string,
    });
  });

  it('reports a closed port as unreachable', async () => {
    const { source } = makeSource({ port: await freePort() });
    const error = await source.query('Anna').catch((e: unknown) => e);
    expect((error as LdapSourceError).status.code).toBe('unreachable');
    expect((error as LdapSourceError).message).toMatch(/cannot be reached/);
  });

  it('reports a server that never answers as timeout', async () => {
    const sockets: Socket[] = [];
    const silent: Server = createServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    try {
      const address = silent.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      const { source } = makeSource({ port, searchTimeoutMs: 300 });
      const error = await source.query('Anna').catch((e: unknown) => e);
      expect((error as LdapSourceError).status.code).toBe('timeout');
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => silent.close(resolve));
    }
  });

  it('reports StartTLS against a server without TLS clearly', async () => {
    const { source } = makeSource({ security: 'starttls' });
    const error = await source.query('Anna').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LdapSourceError);
    expect((error as LdapSourceError).status).toMatchObject({
      code: 'invalid',
      message: expect.stringMatching(/does not support StartTLS/) as string,
    });
  });

  it('drops an aborted search, closes its connection and keeps working', async () => {
    const { source, clients } = makeSource();
    await source.query('Anna');
    const controller = new AbortController();
    let sent = false;
    onSearchSent = () => {
      sent = true;
      controller.abort();
    };
    const pending = source.query('', 50, controller.signal);
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    onSearchSent = undefined;
    expect(sent).toBe(true);
    await expect.poll(() => clients[0]?.isConnected, { timeout: 2_000 }).toBe(false);
    // the next search opens a new, bound connection
    expect((await source.query('mül')).map((c) => c.lastName)).toEqual(['Müller']);
    expect(clients).toHaveLength(2);
    const already = AbortSignal.abort();
    await expect(source.query('Anna', 50, already)).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('answers quickly (median of 50 searches)', async () => {
    const { source } = makeSource();
    await source.query('warm-up');
    const queries = ['mül', 'Jür', '1234', 'Bulk', 'Anna'];
    const times: number[] = [];
    for (let i = 0; i < 50; i++) {
      const start = performance.now();
      await source.query(queries[i % queries.length]!);
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    const median = times[25]!;
    const p95 = times[47]!;
    console.info(
      `LDAP search latency through slapd: median ${median.toFixed(2)} ms, p95 ${p95.toFixed(2)} ms`,
    );
    expect(median).toBeLessThan(100);
  });
});
