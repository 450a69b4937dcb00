import { InvalidCredentialsError, type Entry, type SearchOptions } from 'ldapts';
import { describe, expect, it } from 'vitest';
import { silentLogger, type Logger } from '../../../../../src/main/log/logger';
import { resolveLdapConfig } from '../../../../../src/main/contacts/ldap/ldap-config';
import type { LdapSearchResult } from '../../../../../src/main/contacts/ldap/ldap-client';
import { LdapContactSource, type LdapClient } from '../../../../../src/main/contacts/ldap/ldap-source';
import { LdapSourceError, ldapStatusOf } from '../../../../../src/main/contacts/ldap/ldap-status';
import { translate } from '../../../../../src/main/i18n/translator';

const PASSWORD = 'very-secret-pw';

/** A fake directory connection: searches wait until the test releases them. */
class FakeClient implements LdapClient {
  isConnected = true;
  isBound = false;
  binds = 0;
  unbinds = 0;
  requests: SearchOptions[] = [];
  private pending: Array<{ resolve: () => void; reject: (e: Error) => void }> = [];
  constructor(
    private readonly entries: Entry[],
    private readonly bindError?: Error,
    private readonly hold = false,
    /** The server's own size limit: it sends this many and answers result code 4. */
    private readonly serverSizeLimit = Infinity,
  ) {}
  startTLS(): Promise<void> {
    return Promise.resolve();
  }
  bind(_dn: string, password?: string): Promise<void> {
    this.binds++;
    if (this.bindError) return Promise.reject(this.bindError);
    if (password !== PASSWORD) return Promise.reject(new Error('unexpected password'));
    this.isBound = true;
    return Promise.resolve();
  }
  search(_base: string, options: SearchOptions): Promise<LdapSearchResult> {
    this.requests.push(options);
    const limit = Math.min(options.sizeLimit ?? Infinity, this.serverSizeLimit);
    const result = {
      searchEntries: this.entries.slice(0, limit),
      searchReferences: [],
      sizeLimitExceeded: this.entries.length > limit,
    };
    if (!this.hold) return Promise.resolve(result);
    return new Promise((resolve, reject) => this.pending.push({ resolve: () => resolve(result), reject }));
  }
  release(): void {
    for (const p of this.pending.splice(0)) p.resolve();
  }
  unbind(): Promise<void> {
    this.unbinds++;
    this.isConnected = false;
    this.isBound = false;
    for (const p of this.pending.splice(0))
      p.reject(new Error('Connection closed before message response was received.'));
    return Promise.resolve();
  }
}

/** Lets the event loop turn (no timer) until `check` holds: the source's async steps have run. */
async function until(check: () => boolean, what: string): Promise<void> {
  for (let turn = 0; !check(); turn++) {
    if (turn > 1000) throw new Error(`never happened: ${what}`);
    await new Promise((resolve) => setImmediate(resolve));
  }
}

const entries: Entry[] = Array.from({ length: 80 }, (_, i) => ({
  dn: `cn=P${i},dc=x`,
  cn: `P${i}`,
  telephoneNumber: `${100 + i}`,
}));

interface SetupOptions {
  bindError?: Error;
  hold?: boolean;
  logger?: Logger;
  entries?: Entry[];
  serverSizeLimit?: number;
}

function setup(options: SetupOptions = {}) {
  const clients: FakeClient[] = [];
  const source = new LdapContactSource({
    config: resolveLdapConfig({ id: 'pbx', host: 'pbx', bindDn: 'cn=u', baseDn: 'dc=x', resultLimit: 50 }),
    password: () => Promise.resolve(PASSWORD),
    logger: options.logger ?? silentLogger,
    filters: { hideWithoutName: false, hideWithoutPhone: true },
    now: () => 1234,
    createClient: () => {
      const client = new FakeClient(
        options.entries ?? entries,
        options.bindError,
        options.hold,
        options.serverSizeLimit,
      );
      clients.push(client);
      return client;
    },
  });
  return { source, clients };
}

describe('LdapContactSource', () => {
  it('maps entries with the source id and caps at the configured limit', async () => {
    const { source, clients } = setup();
    const contacts = await source.query('P');
    expect(contacts).toHaveLength(50);
    expect(contacts[0]).toMatchObject({ id: 'cn=P0,dc=x', sourceId: 'ldap:pbx', displayName: 'P0' });
    // one more than shown, to know whether there were more
    expect(clients[0]?.requests[0]?.sizeLimit).toBe(51);
    await source.query('P', 500);
    expect(clients[0]?.requests[1]?.sizeLimit).toBe(51);
    await source.query('P', 5);
    expect(clients[0]?.requests[2]?.sizeLimit).toBe(6);
  });

  it('says truncated when more entries match than our limit, and not when all came back', async () => {
    const { source } = setup();
    const cut = await source.queryResult('P', 5);
    expect(cut.contacts.map((c) => c.displayName)).toEqual(['P0', 'P1', 'P2', 'P3', 'P4']);
    expect(cut.truncated).toBe(true);
    const all = await setup({ entries: entries.slice(0, 5) }).source.queryResult('P', 5);
    expect(all.contacts).toHaveLength(5);
    expect(all.truncated).toBe(false);
    expect((await source.searchResult('P', 50)).truncated).toBe(true);
  });

  it('says truncated when the server stops at its own size limit below ours', async () => {
    const { source } = setup({ serverSizeLimit: 3 });
    const result = await source.searchResult('P', 20);
    expect(result.contacts.map((c) => c.displayName)).toEqual(['P0', 'P1', 'P2']);
    expect(result.truncated).toBe(true);
    expect(source.status()).toEqual({ state: 'ready' });
  });

  it('answers a failed search as nothing, not truncated', async () => {
    const { source } = setup({ bindError: new InvalidCredentialsError('bad') });
    expect(await source.searchResult('P', 5)).toEqual({ contacts: [], truncated: false });
  });

  it('binds once for many searches', async () => {
    const { source, clients } = setup();
    await Promise.all([source.query('a'), source.query('b'), source.query('c')]);
    await source.query('d');
    expect(clients).toHaveLength(1);
    expect(clients[0]?.binds).toBe(1);
  });

  it('drops an aborted search and closes its connection', async () => {
    const { source, clients } = setup({ hold: true });
    const controller = new AbortController();
    const stale = source.query('P', 50, controller.signal);
    await until(() => clients[0]?.requests.length === 1, 'the first search is sent');
    controller.abort();
    await expect(stale).rejects.toMatchObject({ name: 'AbortError' });
    expect(clients[0]?.unbinds).toBeGreaterThan(0);
    const next = source.query('Q');
    await until(() => clients[1]?.requests.length === 1, 'the next search is sent');
    clients[1]?.release();
    expect(await next).toHaveLength(50);
    expect(clients).toHaveLength(2);
  });

  it('does not kill a newer search that shares the aborted one’s connection', async () => {
    const { source, clients } = setup({ hold: true });
    const controller = new AbortController();
    const stale = source.query('P', 50, controller.signal);
    const fresh = source.query('Q');
    await until(() => clients[0]?.requests.length === 2, 'both searches are sent');
    controller.abort();
    await expect(stale).rejects.toMatchObject({ name: 'AbortError' });
    expect(clients[0]?.unbinds).toBe(0);
    clients[0]?.release();
    expect(await fresh).toHaveLength(50);
    await until(() => clients[0]!.unbinds > 0, 'the shared connection is closed');
    expect(clients[0]?.unbinds).toBe(1);
  });

  it('reports a refused bind as auth without the password anywhere', async () => {
    const lines: string[] = [];
    const logger: Logger = {
      debug: (m) => lines.push(m),
      info: (m) => lines.push(m),
      warn: (m) => lines.push(m),
      error: (m) => lines.push(m),
      child: () => logger,
    };
    const { source } = setup({ bindError: new InvalidCredentialsError('Invalid credentials'), logger });
    const error = (await source.query('x').catch((e: unknown) => e)) as LdapSourceError;
    expect(error).toBeInstanceOf(LdapSourceError);
    expect(error.status.code).toBe('auth');
    expect(source.ldapStatus).toEqual(error.status);
    expect([...lines, error.message].join('\n')).not.toContain(PASSWORD);
  });
});

describe('LdapContactSource as a ContactSource', () => {
  it('answers [] on failure and reports it through status()', async () => {
    const { source } = setup({ bindError: new Error('connect ECONNREFUSED') });
    expect(source.status()).toEqual({ state: 'ready' });
    expect(await source.search('x', 50)).toEqual([]);
    expect(source.status()).toMatchObject({ state: 'failed', at: 1234 });
    expect(source).toMatchObject({ id: 'ldap:pbx', kind: 'ldap', name: 'pbx', enabled: true });
  });

  it('still rejects an aborted search with the signal’s reason', async () => {
    const { source } = setup();
    await expect(source.search('x', 50, AbortSignal.abort())).rejects.toMatchObject({
      name: 'AbortError',
    });
  });

  it('applies the source filters (hide contacts without phone)', async () => {
    const { source } = setup({
      entries: [
        { dn: 'cn=a', cn: 'A', telephoneNumber: '1' },
        { dn: 'cn=b', cn: 'B' },
      ],
    });
    expect((await source.search('x', 50)).map((c) => c.displayName)).toEqual(['A']);
  });
});

describe('ldapStatusOf', () => {
  const code = (error: unknown) => ldapStatusOf(error, 'h:389').code;
  const sys = (c: string, message = c) => Object.assign(new Error(message), { code: c });
  it('classifies network, TLS and time-outs', () => {
    expect(code(sys('ECONNREFUSED'))).toBe('unreachable');
    expect(code(sys('ENOTFOUND'))).toBe('unreachable');
    expect(code(sys('DEPTH_ZERO_SELF_SIGNED_CERT', 'self-signed certificate'))).toBe('certificate');
    expect(code(sys('ERR_TLS_CERT_ALTNAME_INVALID'))).toBe('certificate');
    expect(code(new Error('Connection timeout'))).toBe('timeout');
    expect(code(new Error('SearchRequest: Operation timed out'))).toBe('timeout');
    expect(code(sys('EPROTO', 'wrong version number'))).toBe('invalid');
    expect(code('weird')).toBe('invalid');
  });

  it('sends the problem as a catalogue code with parameters, and the same sentence in English', () => {
    const status = ldapStatusOf(sys('ECONNREFUSED'), 'ldap.example.com:389');
    expect(status.text).toEqual({
      key: 'ldap.unreachable',
      params: { server: 'ldap.example.com:389', detail: 'ECONNREFUSED' },
    });
    expect(status.message).toBe(
      'The LDAP server ldap.example.com:389 cannot be reached (ECONNREFUSED). Check the host, the port and the network.',
    );
    expect(translate('de', `codes.${status.text!.key}`, status.text!.params)).toBe(
      'Der LDAP-Server ldap.example.com:389 ist nicht erreichbar (ECONNREFUSED). Prüfen Sie Host, Port und Netzwerk.',
    );
  });

  it('bounds a StartTLS handshake that never finishes and closes the connection', async () => {
    let unbinds = 0;
    const stalled: LdapClient = {
      isConnected: true,
      isBound: false,
      // the server accepted StartTLS and then went silent: only closing the socket ends it
      startTLS: () => new Promise<void>(() => undefined),
      bind: () => Promise.resolve(),
      search: () => Promise.reject(new Error('not reached')),
      unbind: () => {
        unbinds++;
        return Promise.resolve();
      },
    };
    const source = new LdapContactSource({
      config: resolveLdapConfig({
        id: 'pbx',
        host: 'pbx',
        baseDn: 'dc=x',
        security: 'starttls',
        connectTimeoutMs: 100,
      }),
      password: () => Promise.resolve(PASSWORD),
      logger: silentLogger,
      createClient: () => stalled,
    });
    const error = await source.query('P').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LdapSourceError);
    expect((error as LdapSourceError).status.code).toBe('timeout');
    expect(unbinds).toBeGreaterThan(0);
  });
});
