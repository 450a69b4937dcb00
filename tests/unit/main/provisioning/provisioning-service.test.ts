import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ProvisioningStatus, SettingsSnapshot } from '../../../../src/shared/contract';
import { ContractError } from '../../../../src/shared/contract';
import { accountSettingGroups } from '../../../../src/shared/settings/account-settings';
import { globalSettingGroups } from '../../../../src/shared/settings/global-settings';
import { AccountService } from '../../../../src/main/accounts/account-service';
import type { Database } from '../../../../src/main/db/database';
import { openDatabase } from '../../../../src/main/db/database';
import type { FetchRequest } from '../../../../src/main/provisioning/fetch/provisioning-fetcher';
import {
  parseProvisioningUrl,
  ProvisioningFetchError,
} from '../../../../src/main/provisioning/fetch/provisioning-fetcher';
import type { ProvisioningDocument } from '../../../../src/main/provisioning/provisioning-document';
import { ProvisioningFormatError } from '../../../../src/main/provisioning/provisioning-document';
import { parseDeviceKeyValue } from '../../../../src/main/provisioning/format/device-keyvalue';
import { ManualClock } from '../../../../src/main/provisioning/manual-clock';
import { ProvisioningService } from '../../../../src/main/provisioning/provisioning-service';
import type { Logger } from '../../../../src/main/log/logger';
import { silentLogger } from '../../../../src/main/log/logger';
import { MemorySecretStore } from '../../../../src/main/secrets/memory-secret-store';
import { SecretStoreError, secretKeys } from '../../../../src/main/secrets/secret-store';
import { SettingCatalog } from '../../../../src/main/settings/setting-catalog';
import { SettingsService } from '../../../../src/main/settings/settings-service';
import { englishText, translate } from '../../../../src/main/i18n/translator';
import { makeTempDir } from '../../../support/temp-dir';

/** Lets the callbacks of settled promises run; no time passes on the check-sync clock. */
const settled = () => new Promise<void>((resolve) => setImmediate(resolve));

const settingCatalog = new SettingCatalog(globalSettingGroups);
const accountCatalog = new SettingCatalog(accountSettingGroups);

function account(key: string, user: string, password?: string): ProvisioningDocument['accounts'][number] {
  return {
    key,
    settings: { 'credentials.domain': 'pbx.example.com', 'credentials.userName': user },
    ...(password === undefined ? {} : { password }),
  };
}

function goodDocument(): ProvisioningDocument {
  return {
    format: 'softphone-json',
    settings: { 'advanced.stun.server': 'stun.example.com', 'advanced.stun.port': 3479 },
    secrets: {},
    accounts: [account('1', '1001', 'pw-1001'), account('2', '1002', 'pw-1002')],
    contactSources: [],
    blfKeys: [],
    unknownKeys: ['x.unknown'],
  };
}

function tlsValues(snapshot: SettingsSnapshot): string {
  return JSON.stringify(Object.entries(snapshot.values).filter(([key]) => key.startsWith('advanced.tls.')));
}

/** A keychain that refuses to write one key. */
class FlakySecretStore extends MemorySecretStore {
  failOn: string | undefined;

  override set(key: string, value: string): Promise<void> {
    if (key === this.failOn) return Promise.reject(new SecretStoreError('store', key, new Error('locked')));
    return super.set(key, value);
  }
}

/** Everything a restart would see: the services rebuilt over the same database and keychain. */
class Harness {
  db: Database;
  settings!: SettingsService;
  accounts!: AccountService;
  provisioning!: ProvisioningService;
  document: ProvisioningDocument = goodDocument();
  fetchError: Error | undefined;
  readonly requests: FetchRequest[] = [];
  readonly statuses: ProvisioningStatus[] = [];
  /**
   * Requests for the SIP layer to reconcile, counted where core.ts makes them: the service's
   * reconcile, an account edit (AccountService's onEdited), a change of advanced.tls.* not made by
   * provisioning (SettingsService's onChange).
   */
  reconciles = 0;
  private lastTls = '';
  /** The service's warnings. */
  readonly warnings: string[] = [];
  /** Resolves the fetch when set, to hold an attempt open. */
  gate: Promise<void> | undefined;
  private readonly fetchWaiters: Array<{ count: number; resolve: () => void }> = [];

  /** Resolves once `count` fetches have started (a fetch waits at the gate, if one is set). */
  untilFetches(count: number): Promise<void> {
    if (this.requests.length >= count) return Promise.resolve();
    return new Promise((resolve) => this.fetchWaiters.push({ count, resolve }));
  }
  /** The check-sync window's clock. */
  readonly clock = new ManualClock();
  /** The service's info lines. */
  readonly infos: string[] = [];

  constructor(
    private readonly file: string,
    readonly secrets: FlakySecretStore,
  ) {
    this.db = openDatabase(file);
  }

  async build(): Promise<this> {
    this.settings = new SettingsService(this.db, settingCatalog, this.secrets, silentLogger, {
      onChange: (snapshot, origin) => {
        const tls = tlsValues(snapshot);
        if (tls !== this.lastTls && origin !== 'provisioning') this.reconciles++;
        this.lastTls = tls;
      },
      onSecret: () => undefined,
    });
    this.lastTls = tlsValues(this.settings.snapshot());
    this.accounts = new AccountService(this.db, accountCatalog, this.secrets, silentLogger, {
      onChange: () => undefined,
      onEdited: () => void this.reconciles++,
      onSecret: () => undefined,
    });
    await this.settings.loadSecretState();
    await this.accounts.loadSecretState();
    this.provisioning = new ProvisioningService({
      db: this.db,
      settings: this.settings,
      accounts: this.accounts,
      settingCatalog,
      accountCatalog,
      logger: this.logger(),
      fetchFile: async (request) => {
        this.requests.push(request);
        for (const waiter of this.fetchWaiters.filter((w) => w.count <= this.requests.length)) {
          this.fetchWaiters.splice(this.fetchWaiters.indexOf(waiter), 1);
          waiter.resolve();
        }
        // the fetcher's own first step: http only when allowed
        parseProvisioningUrl(request.url, request.allowInsecureHttp);
        await this.gate;
        if (this.fetchError) throw this.fetchError;
        return { text: 'file', finalUrl: request.url, contentType: 'application/json' };
      },
      parseFile: () => structuredClone(this.document),
      reconcile: () => {
        this.reconciles++;
        return Promise.resolve();
      },
      onChange: (status) => this.statuses.push(status),
      onSecret: () => undefined,
      now: () => 1_700_000_000_000,
      checkSync: { clock: this.clock },
    });
    return this;
  }

  private logger(): Logger {
    const logger: Logger = {
      ...silentLogger,
      info: (message) => void this.infos.push(message),
      warn: (message) => void this.warnings.push(message),
      child: () => logger,
    };
    return logger;
  }

  async restart(): Promise<void> {
    await this.provisioning.stop();
    this.db.close();
    this.db = openDatabase(this.file);
    await this.build();
  }

  /** Everything observable, to compare before and after. */
  async state(): Promise<unknown> {
    return {
      settings: this.settings.snapshot(),
      accounts: this.accounts.list().map(({ registration: _r, ...rest }) => rest),
      rows: this.db.prepare('SELECT * FROM accounts ORDER BY position').all(),
      secrets: await Promise.all(
        this.accounts.list().map((a) => this.secrets.get(secretKeys.accountPassword(a.id))),
      ),
    };
  }

  byKey(key: string) {
    const row = this.db.prepare('SELECT id FROM accounts WHERE provision_key = ?').get(key) as
      { id: string } | undefined;
    return row ? this.accounts.get(row.id) : undefined;
  }
}

let dir: string;
let cleanup: () => void;
let h: Harness;

beforeEach(async () => {
  ({ dir, cleanup } = makeTempDir());
  h = await new Harness(join(dir, 'db.sqlite'), new FlakySecretStore()).build();
});
afterEach(async () => {
  await h.provisioning.stop();
  h.db.close();
  cleanup();
});

const first = {
  url: 'https://pbx.example.com/prov',
  userName: 'alice',
  password: 'sekret',
  rememberMe: true,
};

describe('ProvisioningService', () => {
  it('applies a good document: settings and account keys locked, passwords only in the keychain', async () => {
    const status = await h.provisioning.run(first);

    expect(status.last).toMatchObject({
      ok: true,
      server: 'https://pbx.example.com/prov',
      format: 'softphone-json',
      changes: { settings: 2, accountsAdded: 2, accountsUpdated: 0, accountsRemoved: 0 },
      unknownKeys: ['x.unknown'],
      message: 'Provisioned: 2 settings changed, 2 accounts added.',
      // the renderer words the summary from `changes`
      text: { key: 'provisioning.changed', params: {} },
    });
    expect(status.configured).toBe(true);
    const snapshot = h.settings.snapshot();
    expect(snapshot.values['advanced.stun.port']).toBe(3479);
    expect(snapshot.locked).toEqual(['advanced.stun.port', 'advanced.stun.server']);
    expect(() => h.settings.set('advanced.stun.port', 3478)).toThrow(/provisioning server/);

    const one = h.byKey('1')!;
    expect(one.settings['credentials.userName']).toBe('1001');
    expect(one.locked).toEqual(['credentials.domain', 'credentials.userName']);
    expect(one.passwordSet).toBe(true);
    expect(await h.secrets.get(secretKeys.accountPassword(one.id))).toBe('pw-1001');
    const dump = JSON.stringify(h.db.prepare('SELECT * FROM accounts').all());
    expect(dump).not.toContain('pw-100');
    await expect(h.accounts.update(one.id, { 'credentials.userName': 'x' })).rejects.toMatchObject({
      code: 'LOCKED',
      text: { key: 'settings.locked', params: { setting: 'credentials.userName' } },
    });

    // the credentials were kept: URL and user name in the settings, the password in the keychain
    expect(h.settings.get('functions.provisioning.serverUrl')).toBe('https://pbx.example.com/prov');
    expect(h.settings.get('functions.provisioning.userName')).toBe('alice');
    expect(await h.settings.getSecret('functions.provisioning.password')).toBe('sekret');
    expect(h.requests[0]).toMatchObject({
      url: 'https://pbx.example.com/prov',
      userName: 'alice',
      password: 'sekret',
    });
    expect(h.reconciles).toBe(1);
    // running, the attempt's outcome, then the stored server (configured) once it worked
    expect(h.statuses.map((s) => [s.running, s.configured])).toEqual([
      [true, false],
      [false, false],
      [false, true],
    ]);
  });

  it('reconciles the SIP layer once per run, however many owners changed', async () => {
    await h.provisioning.run(first);
    expect(h.reconciles).toBe(1);

    // global settings (TLS among them), one account updated and one removed, in one run
    h.document.settings['advanced.tls.overrideDomainName'] = 'sip.example.com';
    h.document.accounts = [account('1', '1001', 'pw-new')];
    const status = await h.provisioning.run();
    expect(status.last?.changes).toMatchObject({ settings: 1, accountsUpdated: 1, accountsRemoved: 1 });
    expect(h.reconciles).toBe(2);

    // the same changes by the user reconcile as before: the counter sees them
    await h.accounts.create({ 'credentials.domain': 'pbx.example.com', 'credentials.userName': '1003' });
    expect(h.reconciles).toBe(3);
  });

  it('gives the same state when the same file is provisioned twice: no duplicates, no changes', async () => {
    await h.provisioning.run(first);
    const before = await h.state();
    const status = await h.provisioning.run();
    expect(status.last).toMatchObject({
      ok: true,
      message: 'Provisioned: no changes.',
      text: { key: 'provisioning.noChanges', params: {} },
      changes: { settings: 0, accountsAdded: 0, accountsUpdated: 0, accountsRemoved: 0 },
    });
    expect(await h.state()).toEqual(before);
    expect(h.accounts.list()).toHaveLength(2);
  });

  it('unlocks a key the server stops sending and keeps its value', async () => {
    await h.provisioning.run(first);
    delete h.document.settings['advanced.stun.server'];
    delete h.document.accounts[0]!.settings['credentials.domain'];
    const status = await h.provisioning.run();
    expect(status.last?.changes).toMatchObject({ settings: 1, accountsUpdated: 1 });
    expect(h.settings.snapshot().locked).toEqual(['advanced.stun.port']);
    expect(h.settings.get('advanced.stun.server')).toBe('stun.example.com');
    h.settings.set('advanced.stun.server', 'other.example.com');
    const one = h.byKey('1')!;
    expect(one.locked).toEqual(['credentials.userName']);
    expect(one.settings['credentials.domain']).toBe('pbx.example.com');
    await h.accounts.update(one.id, { 'credentials.domain': 'pbx2.example.com' });
  });

  it('removes an account the server no longer lists, with its password', async () => {
    await h.provisioning.run(first);
    const two = h.byKey('2')!;
    h.document.accounts = [h.document.accounts[0]!];
    const status = await h.provisioning.run();
    expect(status.last?.changes).toMatchObject({ accountsRemoved: 1, accountsAdded: 0 });
    expect(h.byKey('2')).toBeUndefined();
    expect(await h.secrets.get(secretKeys.accountPassword(two.id))).toBeUndefined();
    expect(h.byKey('1')).toBeDefined();
  });

  it('never touches accounts the user created', async () => {
    const manual = await h.accounts.create(
      { 'credentials.domain': 'home.example.com', 'credentials.userName': 'me' },
      'my-pw',
    );
    await h.provisioning.run(first);
    h.document.accounts = [];
    await h.provisioning.run();
    expect(h.accounts.list().map((a) => a.id)).toEqual([manual.id]);
    expect(h.accounts.get(manual.id)).toMatchObject({ locked: [], passwordSet: true });
    expect(await h.secrets.get(secretKeys.accountPassword(manual.id))).toBe('my-pw');
  });

  it('changes nothing when one value is invalid, and names the field', async () => {
    await h.provisioning.run(first);
    const before = await h.state();
    h.document.settings['advanced.stun.port'] = 70000;
    h.document.accounts.push(account('3', '1003', 'pw-1003'));
    const status = await h.provisioning.run();
    expect(status.last).toMatchObject({ ok: false, code: 'invalid' });
    expect(status.last?.message).toContain('advanced.stun.port');
    expect(status.last?.text).toMatchObject({
      key: 'provisioning.notChanged',
      params: {
        reason: 'provisioning.invalidValueFieldCode',
        field: 'advanced.stun.port',
        cause: 'settings.invalid',
        problem: 'atMost',
        max: 65535,
      },
    });
    expect(englishText(status.last!.text!)).toBe(status.last?.message);
    expect(translate('de', `codes.${status.last!.text!.key}`, status.last!.text!.params)).toBe(
      'Die Provisionierungsdatei enthält einen ungültigen Wert (advanced.stun.port): „STUN-Port“ darf höchstens 65535 sein. Es wurde nichts geändert.',
    );
    expect(await h.state()).toEqual(before);
  });

  it('changes nothing when an account value is invalid, and names the account and field', async () => {
    await h.provisioning.run(first);
    const before = await h.state();
    h.document.accounts[1]!.settings['network.registrationExpirySeconds'] = -5;
    h.document.accounts[0]!.password = 'changed';
    const status = await h.provisioning.run();
    expect(status.last).toMatchObject({ ok: false, code: 'invalid' });
    expect(status.last?.message).toContain('accounts.2.network.registrationExpirySeconds');
    expect(await h.state()).toEqual(before);
  });

  it('propagates the fetch error code and changes nothing', async () => {
    await h.provisioning.run(first);
    const before = await h.state();
    const beforeLast = h.provisioning.status().last;
    h.fetchError = new ProvisioningFetchError('http', 'The provisioning server answered 404 Not Found.');
    const status = await h.provisioning.run();
    expect(status.last).toMatchObject({ ok: false, code: 'http', server: 'https://pbx.example.com/prov' });
    expect(status.last?.message).toContain('404');
    expect(status.last).not.toEqual(beforeLast);
    expect(await h.state()).toEqual(before);
  });

  it('reports a format error with its line', async () => {
    const parse = h.provisioning as unknown as { options: { parseFile: () => never } };
    parse.options.parseFile = () => {
      throw new ProvisioningFormatError('"=" expected', 7);
    };
    const status = await h.provisioning.run(first);
    expect(status.last).toMatchObject({ ok: false, code: 'format' });
    expect(status.last?.message).toContain('line 7');
    expect(status.last?.text).toEqual({
      key: 'provisioning.notChanged',
      params: { reason: 'provisioning.cannotReadLine', line: 7, detail: '"=" expected' },
    });
    expect(englishText(status.last!.text!)).toBe(
      'The provisioning file cannot be read (line 7): "=" expected Nothing was changed.',
    );
    expect(translate('de', `codes.${status.last!.text!.key}`, status.last!.text!.params)).toBe(
      'Die Provisionierungsdatei kann nicht gelesen werden (Zeile 7): "=" expected Es wurde nichts geändert.',
    );
    expect(h.accounts.list()).toEqual([]);
  });

  it('serializes concurrent runs', async () => {
    let open!: () => void;
    h.gate = new Promise((resolve) => (open = resolve));
    const runs = [
      h.provisioning.run(first),
      h.provisioning.run({ url: 'https://pbx.example.com/prov' }),
      h.provisioning.run(),
    ];
    await h.untilFetches(1);
    // everything the other two runs could do without the first one's fetch finishing has happened
    await settled();
    expect(h.requests).toHaveLength(1);
    expect(h.provisioning.status().running).toBe(true);
    open();
    await Promise.all(runs);
    expect(h.requests).toHaveLength(3);
    expect(h.accounts.list()).toHaveLength(2);
    expect(h.provisioning.status().running).toBe(false);
  });

  it('lets param-less requests that wait share one attempt', async () => {
    await h.provisioning.run(first);
    let open!: () => void;
    h.gate = new Promise((resolve) => (open = resolve));
    const busy = h.provisioning.run();
    await h.untilFetches(2);
    const waiting = [h.provisioning.run(), h.provisioning.run(), h.provisioning.run()];
    open();
    await Promise.all([busy, ...waiting]);
    expect(h.requests).toHaveLength(3); // first, busy, and one for all that waited
  });

  it('fetches once for a burst of 53 check-syncs, and once more at the end of the window', async () => {
    await h.provisioning.run(first);
    let open!: () => void;
    h.gate = new Promise((resolve) => (open = resolve));
    for (let i = 0; i < 53; i++) h.provisioning.checkSync();
    await settled();
    expect(h.requests).toHaveLength(2);
    open();
    await settled();
    expect(h.provisioning.status()).toMatchObject({ running: false, last: { ok: true } });
    expect(h.requests).toHaveLength(2);
    h.clock.advance(30_000);
    await settled();
    expect(h.requests).toHaveLength(3);
    h.clock.advance(10 * 60_000);
    await settled();
    expect(h.requests).toHaveLength(3);
    expect(h.infos.filter((line) => line.startsWith('check-sync coalesced'))).toHaveLength(1);
  });

  it('fetches at most once per window for check-syncs that arrive one by one', async () => {
    await h.provisioning.run(first);
    for (let i = 0; i < 10; i++) {
      h.provisioning.checkSync();
      await settled();
      h.clock.advance(1_000);
    }
    expect(h.requests).toHaveLength(2); // first, and the first check-sync
    h.clock.advance(20_000);
    await settled();
    expect(h.requests).toHaveLength(3); // the other nine, together at the end of the window
  });

  it('ignores check-sync while no provisioning server is set, keeping the last status', async () => {
    h.provisioning.checkSync();
    await settled();
    expect(h.requests).toHaveLength(0);
    expect(h.provisioning.status()).toEqual({ configured: false, running: false });
    expect(h.infos).toContain('check-sync ignored: no provisioning server is set');
  });

  it('runs no scheduled check-sync after stop', async () => {
    await h.provisioning.run(first);
    h.provisioning.checkSync();
    h.provisioning.checkSync();
    await settled();
    await h.provisioning.stop();
    h.clock.advance(60_000);
    await settled();
    expect(h.requests).toHaveLength(2);
  });

  it('keeps the status across a restart', async () => {
    const status = await h.provisioning.run(first);
    await h.restart();
    // the catalogue code is this run's only: a stored attempt shows its English message
    expect(h.provisioning.status()).toEqual({
      configured: true,
      running: false,
      last: { ...status.last, text: undefined },
    });
    expect(h.settings.snapshot().locked).toEqual(['advanced.stun.port', 'advanced.stun.server']);
  });

  it('keeps the password for this session only when rememberMe is off', async () => {
    await h.provisioning.run({ ...first, rememberMe: false });
    expect(await h.settings.getSecret('functions.provisioning.password')).toBeUndefined();
    expect(h.settings.get('functions.provisioning.rememberMe')).toBe(false);
    await h.provisioning.run();
    expect(h.requests[1]?.password).toBe('sekret');
    await h.restart();
    await h.provisioning.run();
    expect(h.requests.at(-1)?.password).toBeUndefined();
  });

  it('turns a bare PBX address into https://host/provisioning and sends no credentials with an access key', async () => {
    await h.provisioning.run({ url: 'pbx.example.com:8443', userName: 'a', password: 'b' });
    expect(h.requests[0]?.url).toBe('https://pbx.example.com:8443/provisioning');
    const key = 'AbCdEfGhIjKlMnOpQrSt';
    const status = await h.provisioning.run({ url: `https://pbx.example.com:8448/${key}.cfg` });
    expect(h.requests[1]).toMatchObject({ userName: undefined, password: undefined });
    expect(status.last?.server).not.toContain(key);
    h.fetchError = new ProvisioningFetchError(
      'http',
      `https://pbx.example.com:8448/${key}.cfg answered 404.`,
    );
    const failed = await h.provisioning.run();
    expect(failed.last?.code).toBe('http');
    expect(failed.last?.message).not.toContain(key);
  });

  it('refuses an unusable address as invalid params without an attempt', async () => {
    await expect(h.provisioning.run({ url: 'ftp://pbx.example.com/x' })).rejects.toBeInstanceOf(
      ContractError,
    );
    expect(h.requests).toEqual([]);
  });

  it('records a config failure when no server is set', async () => {
    const status = await h.provisioning.run();
    expect(status).toMatchObject({
      configured: false,
      last: {
        ok: false,
        code: 'config',
        message:
          'No provisioning server is set. Enter the address your administrator gave you. Nothing was changed.',
        text: { key: 'provisioning.notChanged', params: { reason: 'provisioningUrl.noServer' } },
      },
    });
  });

  it('keeps the last good server and credentials when a newly typed one fails', async () => {
    await h.provisioning.run(first);
    h.fetchError = new ProvisioningFetchError(
      'auth',
      'The provisioning server refused the user name or password.',
    );
    const status = await h.provisioning.run({
      url: 'https://typo.example.com/prov',
      userName: 'bob',
      password: 'x',
    });
    expect(status.last).toMatchObject({ ok: false, code: 'auth' });
    expect(h.settings.get('functions.provisioning.serverUrl')).toBe('https://pbx.example.com/prov');
    expect(h.settings.get('functions.provisioning.userName')).toBe('alice');
    expect(await h.settings.getSecret('functions.provisioning.password')).toBe('sekret');
  });

  it('never lets a file set the provisioning password or allow unencrypted HTTP; lists them as ignored', async () => {
    h.document.secrets = { 'functions.provisioning.password': 'from-server' };
    h.document.settings = { ...h.document.settings, 'functions.provisioning.allowInsecureHttp': true };
    const status = await h.provisioning.run(first);
    expect(status.last?.ok).toBe(true);
    expect(await h.settings.getSecret('functions.provisioning.password')).toBe('sekret');
    expect(h.settings.get('functions.provisioning.allowInsecureHttp')).toBe(false);
    expect(status.last?.unknownKeys).toEqual(
      expect.arrayContaining([
        'functions.provisioning.password (only the user may change it)',
        'functions.provisioning.allowInsecureHttp (only the user may change it)',
      ]),
    );
  });

  it('restores account passwords in the keychain when storing one of them fails', async () => {
    await h.provisioning.run(first);
    const before = await h.state();
    h.document.accounts[0]!.password = 'new-pw-1001';
    h.document.accounts[1]!.password = 'new-pw-1002';
    h.secrets.failOn = secretKeys.accountPassword(h.byKey('2')!.id);
    const status = await h.provisioning.run();
    expect(status.last).toMatchObject({ ok: false, code: 'secretStore' });
    expect(await h.state()).toEqual(before);
    expect(await h.secrets.get(secretKeys.accountPassword(h.byKey('1')!.id))).toBe('pw-1001');
  });
});

describe('ProvisioningService timers', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('provisions at start when set to and a server is configured', async () => {
    h.provisioning.start();
    await h.provisioning.stop();
    expect(h.requests).toHaveLength(0); // no server yet
    h.provisioning.start();
    await h.provisioning.run(first);
    await h.provisioning.stop();
    h.provisioning.start();
    await h.provisioning.stop();
    expect(h.requests).toHaveLength(2);
    h.settings.set('functions.provisioning.provisionOnStartup', false);
    h.provisioning.start();
    await h.provisioning.stop();
    expect(h.requests).toHaveLength(2);
  });

  it('provisions again every intervalMinutes, and not when 0', async () => {
    await h.provisioning.run(first);
    vi.useFakeTimers();
    h.settings.set('functions.provisioning.provisionOnStartup', false);
    h.settings.set('functions.provisioning.intervalMinutes', 5);
    h.provisioning.start();
    await vi.advanceTimersByTimeAsync(10 * 60_000 + 1);
    expect(h.requests).toHaveLength(3);
    h.settings.set('functions.provisioning.intervalMinutes', 0);
    h.provisioning.reschedule();
    await vi.advanceTimersByTimeAsync(60 * 60_000);
    expect(h.requests).toHaveLength(3);
  });
});

describe('the re-provisioning interval from a PBX device file', () => {
  afterEach(() => void vi.useRealTimers());
  const deviceFile = (repeat: string) => `#!version:1.0.0.1
account.1.enable = 1
account.1.user_name = 201
account.1.sip_server.1.address = pbx.example.com
${repeat}
`;

  it('re-runs provisioning on the interval the file sets, and stops when the file turns it off', async () => {
    vi.useFakeTimers();
    h.document = parseDeviceKeyValue(
      deviceFile('static.auto_provision.repeat.enable = 1\nstatic.auto_provision.repeat.minutes = 30'),
    );
    const status = await h.provisioning.run(first);
    expect(status.last?.unknownKeys).toEqual([]);
    expect(h.settings.get('functions.provisioning.intervalMinutes')).toBe(30);
    expect(h.settings.snapshot().locked).toContain('functions.provisioning.intervalMinutes');
    await vi.advanceTimersByTimeAsync(30 * 60_000 - 1);
    expect(h.requests).toHaveLength(1);
    h.document = parseDeviceKeyValue(deviceFile('auto_provision.repeat.enable = 0'));
    await vi.advanceTimersByTimeAsync(1);
    expect(h.requests).toHaveLength(2);
    expect(h.settings.get('functions.provisioning.intervalMinutes')).toBe(0);
    await vi.advanceTimersByTimeAsync(24 * 60 * 60_000);
    expect(h.requests).toHaveLength(2);
  });
});

describe('ProvisioningService shutdown', () => {
  it('abandons an attempt still fetching at stop: nothing applied, nothing recorded', async () => {
    let open!: () => void;
    h.gate = new Promise((resolve) => (open = resolve));
    const run = h.provisioning.run(first);
    await h.untilFetches(1);
    await h.provisioning.stop(20);
    open();
    const status = await run;
    expect(status.last).toBeUndefined();
    expect(h.accounts.list()).toEqual([]);
    expect(h.settings.snapshot().locked).toEqual([]);
  });
  describe('unencrypted HTTP', () => {
    const plain = { ...first, url: 'http://pbx.example.com/prov' };

    it('is refused by default, and the message names the setting that allows it', async () => {
      expect(h.settings.get('functions.provisioning.allowInsecureHttp')).toBe(false);
      const status = await h.provisioning.run(plain);

      expect(h.requests[0]).toMatchObject({ url: 'http://pbx.example.com/prov', allowInsecureHttp: false });
      expect(status.last).toMatchObject({ ok: false, code: 'insecure' });
      expect(status.last?.message).toContain(
        'Settings › Accounts › Provisioning › "Allow unencrypted HTTP for provisioning"',
      );
      expect(status.last?.message).not.toContain('sekret');
      expect(h.accounts.list()).toHaveLength(0);
    });

    it('is used when allowed in the settings, with a warning in the log and in the attempt', async () => {
      h.settings.set('functions.provisioning.allowInsecureHttp', true);
      const status = await h.provisioning.run(plain);

      expect(h.requests[0]).toMatchObject({ url: 'http://pbx.example.com/prov', allowInsecureHttp: true });
      expect(status.last).toMatchObject({ ok: true, server: 'http://pbx.example.com/prov' });
      expect(status.last?.message).toMatch(/^Provisioned: .*\(over unencrypted HTTP\)\.$/);
      expect(status.last?.text?.key).toBe('provisioning.changedInsecure');
      expect(h.warnings.some((line) => line.includes('unencrypted HTTP'))).toBe(true);
      expect(h.accounts.list()).toHaveLength(2);
    });

    it('changes nothing for https when allowed: no warning', async () => {
      h.settings.set('functions.provisioning.allowInsecureHttp', true);
      const status = await h.provisioning.run(first);

      expect(h.requests[0]).toMatchObject({ allowInsecureHttp: true });
      expect(status.last?.ok).toBe(true);
      expect(status.last?.message).not.toContain('unencrypted');
      expect(h.warnings.filter((line) => line.includes('unencrypted'))).toEqual([]);
    });
  });
});
