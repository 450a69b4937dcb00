import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ContractError } from '../../../../src/shared/contract';
import { accountSettingGroups } from '../../../../src/shared/settings/account-settings';
import { globalSettingGroups } from '../../../../src/shared/settings/global-settings';
import { AccountService } from '../../../../src/main/accounts/account-service';
import type { Database } from '../../../../src/main/db/database';
import { openDatabase } from '../../../../src/main/db/database';
import { silentLogger } from '../../../../src/main/log/logger';
import { MemorySecretStore } from '../../../../src/main/secrets/memory-secret-store';
import { SettingCatalog } from '../../../../src/main/settings/setting-catalog';
import { SettingsService } from '../../../../src/main/settings/settings-service';
import { makeTempDir } from '../../../support/temp-dir';

/* The real tables: which fields are available is exactly what is under test. */
let dir: string;
let cleanup: () => void;
let db: Database;

beforeEach(() => {
  ({ dir, cleanup } = makeTempDir());
  db = openDatabase(join(dir, 'db.sqlite'));
});
afterEach(() => {
  db.close();
  cleanup();
});

function settingsService(): SettingsService {
  return new SettingsService(
    db,
    new SettingCatalog(globalSettingGroups),
    new MemorySecretStore(),
    silentLogger,
    {
      onChange: () => undefined,
      onSecret: () => undefined,
    },
  );
}

function accountService(): AccountService {
  return new AccountService(
    db,
    new SettingCatalog(accountSettingGroups),
    new MemorySecretStore(),
    silentLogger,
    {
      onChange: () => undefined,
      onSecret: () => undefined,
    },
  );
}

async function refusal(action: () => unknown): Promise<ContractError> {
  try {
    await action();
  } catch (error) {
    if (error instanceof ContractError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('a setting that has no effect yet', () => {
  it('cannot be changed through settings.set: VALIDATION with the settings.notAvailable text', async () => {
    const settings = settingsService();
    const error = await refusal(() => settings.set('functions.automation.callEvents.recordAllCalls', true));
    expect(error.code).toBe('VALIDATION');
    expect(error.field).toBe('functions.automation.callEvents.recordAllCalls');
    expect(error.text).toEqual({ key: 'settings.notAvailable' });
    expect(error.message).toMatch(/not available yet/);
    expect(settings.get('functions.automation.callEvents.recordAllCalls')).toBe(false);
  });

  it('refuses one a WebRTC phone cannot honour as well, but accepts its current value', () => {
    const settings = settingsService();
    expect(() => settings.set('advanced.network.sipPort', 5070)).toThrow(/not available yet/);
    expect(() => settings.set('advanced.network.sipPort', 5060)).not.toThrow();
  });

  it('leaves implemented settings changeable', () => {
    const settings = settingsService();
    settings.set('advanced.stun.server', 'stun.example.com');
    expect(settings.get('advanced.stun.server')).toBe('stun.example.com');
  });

  it('cannot be changed on an account, while a form sending every field back still saves', async () => {
    const accounts = accountService();
    const base = { 'credentials.domain': 'pbx.example.com', 'credentials.userName': '1001' };
    const created = await refusal(() => accounts.create({ ...base, 'compatibility.sendKpml': true }));
    expect(created.code).toBe('VALIDATION');
    expect(created.field).toBe('compatibility.sendKpml');
    expect(created.text).toEqual({ key: 'settings.notAvailable' });

    const view = await accounts.create(base);
    const updated = await refusal(() => accounts.update(view.id, { 'functions.subscribePresence': true }));
    expect(updated.field).toBe('functions.subscribePresence');
    const saved = await accounts.update(view.id, { ...view.settings, 'functions.displayName': 'Ann' });
    expect(saved.settings['functions.displayName']).toBe('Ann');
  });
});
