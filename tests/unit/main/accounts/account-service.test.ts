import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AccountView } from '../../../../src/shared/contract';
import { ContractError } from '../../../../src/shared/contract';
import { AccountService } from '../../../../src/main/accounts/account-service';
import { englishText, translate } from '../../../../src/main/i18n/translator';
import type { Database } from '../../../../src/main/db/database';
import { openDatabase } from '../../../../src/main/db/database';
import { silentLogger } from '../../../../src/main/log/logger';
import { MemorySecretStore } from '../../../../src/main/secrets/memory-secret-store';
import { SettingCatalog } from '../../../../src/main/settings/setting-catalog';
import { makeTempDir } from '../../../support/temp-dir';
import { testAccountGroups } from '../../../support/test-settings';

let dir: string;
let cleanup: () => void;
let db: Database;
let secrets: MemorySecretStore;
let published: AccountView[][];

function service(): AccountService {
  return new AccountService(db, new SettingCatalog(testAccountGroups), secrets, silentLogger, {
    onChange: (list) => published.push(list),
    onSecret: () => undefined,
  });
}

const valid = { 'credentials.domain': 'pbx.example.com', 'credentials.userName': '1001' };

beforeEach(() => {
  ({ dir, cleanup } = makeTempDir());
  db = openDatabase(join(dir, 'db.sqlite'));
  secrets = new MemorySecretStore();
  published = [];
});
afterEach(() => {
  db.close();
  cleanup();
});

describe('AccountService', () => {
  it('keeps each account’s SIP instance id: the same at every start, another for another account', async () => {
    const first = service();
    const a = await first.create(valid);
    const b = await first.create({ ...valid, 'credentials.userName': '1002' });
    const id = first.instanceIdOf(a.id);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(first.instanceIdOf(a.id)).toBe(id);
    const idOfB = first.instanceIdOf(b.id);
    expect(idOfB).not.toBe(id);

    // the phone restarts: a new database connection and service over the same file
    db.close();
    db = openDatabase(join(dir, 'db.sqlite'));
    const second = service();
    expect(second.instanceIdOf(a.id)).toBe(id);
    expect(second.instanceIdOf(b.id)).toBe(idOfB);
    expect(() => second.instanceIdOf('nope')).toThrow(ContractError);
  });

  it('creates an account with defaults filled in and its password in the secret store', async () => {
    const accounts = service();
    const view = await accounts.create(valid, 's3cret-pass');
    expect(view.settings).toEqual({ ...valid, 'credentials.registerOnStartup': true });
    expect(view.passwordSet).toBe(true);
    expect(view.registration.state).toBe('unregistered');
    expect(await accounts.password(view.id)).toBe('s3cret-pass');
    expect(JSON.stringify(db.prepare('SELECT * FROM accounts').all())).not.toContain('s3cret-pass');
    expect(published.at(-1)?.map((a) => a.id)).toEqual([view.id]);
  });

  it('refuses an account without a domain, naming the field, and stores nothing', async () => {
    const accounts = service();
    const error = await accounts
      .create({ 'credentials.userName': '1001' }, 'pw-123')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContractError);
    expect((error as ContractError).field).toBe('credentials.domain');
    expect((error as ContractError).message).toMatch(/Domain must not be empty/);
    expect(accounts.list()).toEqual([]);
  });

  it('refuses a password sent as a setting', async () => {
    await expect(service().create({ ...valid, 'credentials.password': 'x' })).rejects.toThrow(
      /password field/,
    );
  });

  it('updates settings and password, keeping order across restarts', async () => {
    const accounts = service();
    const first = await accounts.create(valid);
    const second = await accounts.create({ ...valid, 'credentials.userName': '1002' });
    await accounts.update(first.id, { 'credentials.registerOnStartup': false }, 'new-password');
    db.close();
    db = openDatabase(join(dir, 'db.sqlite'));
    const restarted = service();
    await restarted.loadSecretState();
    const list = restarted.list();
    expect(list.map((a) => a.id)).toEqual([first.id, second.id]);
    expect(list[0]?.settings['credentials.registerOnStartup']).toBe(false);
    expect(list[0]?.passwordSet).toBe(true);
    expect(list[1]?.passwordSet).toBe(false);
  });

  it('deletes an account together with its password', async () => {
    const accounts = service();
    const view = await accounts.create(valid, 'to-be-deleted');
    await accounts.delete(view.id);
    expect(accounts.list()).toEqual([]);
    expect(await secrets.get(`account:${view.id}:password`)).toBeUndefined();
    await expect(accounts.delete(view.id)).rejects.toThrow(/no account/);
  });

  it('shows defaults for settings damaged on disk instead of failing', async () => {
    const accounts = service();
    const view = await accounts.create(valid);
    db.prepare('UPDATE accounts SET settings = ? WHERE id = ?').run(
      '{"credentials.registerOnStartup": "yes"',
      view.id,
    );
    expect(accounts.get(view.id).settings['credentials.registerOnStartup']).toBe(true);
  });

  it('reports registration state changes to its delegate', async () => {
    const accounts = service();
    const view = await accounts.create(valid);
    accounts.setRegistration(view.id, { state: 'failed', reason: 'Wrong user name or password' });
    expect(published.at(-1)?.[0]?.registration).toEqual({
      state: 'failed',
      reason: 'Wrong user name or password',
    });
  });
});

/** The request's refusal, checked to carry a catalogue code whose English text is its message. */
async function refusal(request: () => unknown): Promise<ContractError> {
  const error = await Promise.resolve()
    .then(request)
    .then(
      () => undefined,
      (caught: unknown) => caught,
    );
  expect(error).toBeInstanceOf(ContractError);
  const { text, message } = error as ContractError;
  expect(text).toBeDefined();
  if (text) expect(englishText(text)).toBe(message);
  return error as ContractError;
}

function german(error: ContractError): string {
  return translate('de', `codes.${error.text?.key ?? ''}`, error.text?.params);
}

describe('AccountService refusals travel as catalogue codes, the English message for the log', () => {
  it('an unknown account: accounts.notFound with its id', async () => {
    const error = await refusal(() => service().delete('gone'));
    expect(error).toMatchObject({
      code: 'NOT_FOUND',
      field: 'id',
      text: { key: 'accounts.notFound', params: { id: 'gone' } },
    });
    expect(error.message).toBe('There is no account "gone".');
    expect(german(error)).toBe('Es gibt kein Konto „gone“.');
  });

  it('a password sent as a setting: accounts.passwordAsSetting', async () => {
    const error = await refusal(() => service().create({ ...valid, 'credentials.password': 'x' }));
    expect(error).toMatchObject({
      code: 'INVALID_PARAMS',
      field: 'credentials.password',
      text: { key: 'accounts.passwordAsSetting' },
    });
    expect(german(error)).toBe('Geben Sie das Passwort im Passwortfeld an, nicht als Einstellung.');
  });

  it('a provisioned account listed twice: accounts.listedTwice with its key', async () => {
    const account = { key: '1', settings: valid };
    const error = await refusal(() => service().planProvisioned([account, account]));
    expect(error).toMatchObject({
      code: 'VALIDATION',
      field: 'accounts',
      text: { key: 'accounts.listedTwice', params: { account: '1' } },
    });
    expect(error.message).toBe('Account "1" is listed twice.');
    expect(german(error)).toBe('Das Konto „1“ ist doppelt aufgeführt.');
  });

  it('a provisioned password as a setting: accounts.passwordNotSetting nested in account and setting', async () => {
    const error = await refusal(() =>
      service().planProvisioned([{ key: '2', settings: { ...valid, 'credentials.password': 'x' } }]),
    );
    expect(error).toMatchObject({
      code: 'VALIDATION',
      field: 'accounts.2.credentials.password',
      text: {
        key: 'accounts.provisionedSettingCoded',
        params: {
          inAccount: '2',
          inSetting: 'credentials.password',
          detailKey: 'accounts.passwordNotSetting',
        },
      },
    });
    expect(error.message).toBe(
      'Account "2", credentials.password: The password is not a setting; send it as the password.',
    );
    expect(german(error)).toBe(
      'Konto „2“, credentials.password: Das Passwort ist keine Einstellung; übermitteln Sie es als Passwort.',
    );
  });

  it('a provisioned setting refused by its validation: its settings code nested, German throughout', async () => {
    const error = await refusal(() =>
      service().planProvisioned([{ key: '3', settings: { ...valid, 'credentials.domain': '' } }]),
    );
    expect(error).toMatchObject({
      field: 'accounts.3.credentials.domain',
      text: {
        key: 'accounts.provisionedSettingCoded',
        params: { inAccount: '3', setting: 'credentials.domain' },
      },
    });
    expect(error.message).toMatch(/^Account "3", credentials\.domain: Domain must not be empty/);
    expect(german(error)).toMatch(/^Konto „3“/);
    expect(german(error)).not.toMatch(/must not be empty/);
  });
});
