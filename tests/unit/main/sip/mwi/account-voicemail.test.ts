// MwiService's reports reaching the account views through the real AccountService.setVoicemail.
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AccountService } from '../../../../../src/main/accounts/account-service';
import type { Database } from '../../../../../src/main/db/database';
import { openDatabase } from '../../../../../src/main/db/database';
import { silentLogger } from '../../../../../src/main/log/logger';
import { MemorySecretStore } from '../../../../../src/main/secrets/memory-secret-store';
import { SettingCatalog } from '../../../../../src/main/settings/setting-catalog';
import { MwiService } from '../../../../../src/main/sip/mwi/mwi-service';
import type { AccountView } from '../../../../../src/shared/contract';
import { accountViewSchema } from '../../../../../src/shared/contract';
import { makeTempDir } from '../../../../support/temp-dir';
import { testAccountGroups } from '../../../../support/test-settings';

let dir: string;
let cleanup: () => void;
let db: Database;
let published: AccountView[][];
let accounts: AccountService;
let mwi: MwiService;

beforeEach(() => {
  ({ dir, cleanup } = makeTempDir());
  db = openDatabase(join(dir, 'db.sqlite'));
  published = [];
  accounts = new AccountService(
    db,
    new SettingCatalog(testAccountGroups),
    new MemorySecretStore(),
    silentLogger,
    { onChange: (list) => published.push(list), onSecret: () => undefined },
  );
  mwi = new MwiService({
    userAgentOf: () => undefined,
    accountSetting: (id) => {
      const values = accounts.settingsOf(id);
      return (key) => values[key];
    },
    setVoicemail: (id, status) => accounts.setVoicemail(id, status),
    logger: silentLogger,
  });
});
afterEach(async () => {
  await mwi.stop();
  db.close();
  cleanup();
});

const valid = { 'credentials.domain': 'pbx.example.com', 'credentials.userName': '1001' };
const body = 'Messages-Waiting: yes\r\nVoice-Message: 2/1\r\n';

describe('voicemail status on the account view', () => {
  it('is absent until the PBX reports, then part of the view and of the change event', async () => {
    const { id } = await accounts.create(valid);
    expect(accounts.get(id).voicemail).toBeUndefined();
    mwi.messageSummary(id, body, 'application/simple-message-summary');
    const expected = { waiting: true, newMessages: 2, oldMessages: 1 };
    expect(accounts.get(id).voicemail).toEqual(expected);
    expect(published.at(-1)?.[0]?.voicemail).toEqual(expected);
    expect(accountViewSchema.parse(accounts.get(id))).toEqual(accounts.get(id));
  });

  it('is cleared by deregistration', async () => {
    const { id } = await accounts.create(valid);
    mwi.messageSummary(id, body, undefined);
    expect(accounts.get(id).voicemail?.newMessages).toBe(2);
    mwi.registrationChanged(id, { state: 'unregistered' });
    expect(accounts.get(id).voicemail).toBeUndefined();
    expect(published.at(-1)?.[0]?.voicemail).toBeUndefined();
  });
});
