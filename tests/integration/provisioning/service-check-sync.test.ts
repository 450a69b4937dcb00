// check-sync end to end: a ProvisioningService (fake fetch, real SQLite and services) provisions account
// 1002 from the lab's Kamailio; a real SipService registers it. Then 1001 sends an out-of-dialog NOTIFY
// through Kamailio: `Event: check-sync` is answered 200 and provisions again, another event is answered
// 481 and does not. A burst of check-syncs is answered 200 each and costs one fetch now and one at the
// end of the window (the limiter's clock is a ManualClock, so the window costs no waiting).
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startKamailio, type KamailioLab } from '../../lab/kamailio';
import { requireLab } from '../../lab/secret-service';
import { SipWsClient } from '../../lab/sip-ws-client';
import { makeTempDir } from '../../support/temp-dir';
import { labLogger, noMedia } from '../sip/lab-agent';
import { AccountService } from '../../../src/main/accounts/account-service';
import type { Database } from '../../../src/main/db/database';
import { openDatabase } from '../../../src/main/db/database';
import { handleOutOfDialogNotify } from '../../../src/main/sip/out-of-dialog-notify';
import type { ProvisioningDocument } from '../../../src/main/provisioning/provisioning-document';
import { ManualClock } from '../../../src/main/provisioning/manual-clock';
import { ProvisioningService } from '../../../src/main/provisioning/provisioning-service';
import { MemorySecretStore } from '../../../src/main/secrets/memory-secret-store';
import { SettingCatalog } from '../../../src/main/settings/setting-catalog';
import { SettingsService } from '../../../src/main/settings/settings-service';
import { SipService } from '../../../src/main/sip/sip-service';
import { accountSettingGroups } from '../../../src/shared/settings/account-settings';
import { globalSettingGroups } from '../../../src/shared/settings/global-settings';

describe('check-sync NOTIFY through Kamailio re-provisions', { timeout: 30_000 }, () => {
  requireLab();
  let lab: KamailioLab;
  let db: Database;
  let cleanup: () => void;
  let sip: SipService;
  let provisioning: ProvisioningService;
  let accounts: AccountService;
  let fetches = 0;
  const log: string[] = [];
  const clock = new ManualClock();

  const until = async (what: string, check: () => boolean, timeoutMs = 8000): Promise<void> => {
    const deadline = Date.now() + timeoutMs;
    while (!check()) {
      if (Date.now() > deadline) throw new Error(`${what} did not happen\n${log.slice(-40).join('\n')}`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  };

  beforeAll(async () => {
    lab = await startKamailio();
    const temp = makeTempDir();
    cleanup = temp.cleanup;
    db = openDatabase(join(temp.dir, 'db.sqlite'));
    const secrets = new MemorySecretStore();
    const logger = labLogger('check-sync', log);
    const settingCatalog = new SettingCatalog(globalSettingGroups);
    const accountCatalog = new SettingCatalog(accountSettingGroups);
    const settings = new SettingsService(db, settingCatalog, secrets, logger, {
      onChange: () => undefined,
      onSecret: () => undefined,
    });
    accounts = new AccountService(db, accountCatalog, secrets, logger, {
      onChange: () => undefined,
      onSecret: () => undefined,
    });
    const document: ProvisioningDocument = {
      format: 'softphone-json',
      settings: {},
      secrets: {},
      accounts: [
        {
          key: 'desk',
          settings: {
            'credentials.domain': lab.domain,
            'credentials.userName': '1002',
            'optionalCredentials.wsUrl': lab.wsUrl,
          },
          password: 'lab-pass-1002',
        },
      ],
      contactSources: [],
      blfKeys: [],
      unknownKeys: [],
    };
    sip = new SipService({
      accounts,
      settings,
      logger: logger.child('sip'),
      sessionDescriptionHandlerFactory: noMedia,
      delegate: {
        onRegistration: (id, registration) => accounts.setRegistration(id, registration),
        onNotify: (_id, notification) =>
          handleOutOfDialogNotify(notification, () => provisioning.checkSync()),
      },
    });
    provisioning = new ProvisioningService({
      db,
      settings,
      accounts,
      settingCatalog,
      accountCatalog,
      logger,
      fetchFile: (request) => {
        fetches++;
        return Promise.resolve({ text: '{}', finalUrl: request.url, contentType: 'application/json' });
      },
      parseFile: () => structuredClone(document),
      reconcile: () => sip.reconcile(),
      onChange: () => undefined,
      onSecret: () => undefined,
      checkSync: { clock },
    });
    await sip.start();
    const status = await provisioning.run({
      url: 'https://provisioning.lab.invalid/softphone',
      userName: '1002',
      password: 'lab-pass-1002',
      rememberMe: false,
    });
    expect(status.last).toMatchObject({ ok: true, changes: { accountsAdded: 1 } });
    await until('1002 registered', () => accounts.list()[0]?.registration.state === 'registered');
  }, 30_000);

  afterAll(async () => {
    await provisioning?.stop();
    await sip?.stop();
    db?.close();
    cleanup?.();
    await lab?.stop();
  });

  async function notify(event: string): Promise<number> {
    const client = await SipWsClient.connect(lab.wsUrl, { timeoutMs: 5000 });
    try {
      const response = await client.requestWithAuth(
        {
          method: 'NOTIFY',
          requestUri: lab.aor('1002'),
          from: lab.aor('1001'),
          to: lab.aor('1002'),
          headers: [`Event: ${event}`, 'Subscription-State: terminated', `Contact: <${client.contactUri}>`],
        },
        { username: '1001', password: 'lab-pass-1001' },
      );
      return response.status;
    } finally {
      await client.close();
    }
  }

  it('answers check-sync with 200 and provisions again', async () => {
    expect(fetches).toBe(1);
    expect(await notify('check-sync;reboot=false')).toBe(200);
    await until('a second fetch', () => fetches === 2);
    await until('the attempt recorded', () => provisioning.status().running === false);
    expect(provisioning.status().last).toMatchObject({ ok: true, changes: { accountsAdded: 0 } });
    expect(accounts.list()).toHaveLength(1);
    expect(accounts.list()[0]?.registration.state).toBe('registered');
  });

  it('answers another event with 481 and does not provision', async () => {
    const before = fetches;
    expect(await notify('x-unknown')).toBe(481);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(fetches).toBe(before);
  });

  it('answers a burst of check-syncs 200 each and fetches once now and once at the end of the window', async () => {
    clock.advance(30_000); // the window of the first test's check-sync is over
    const before = fetches;
    const answers: number[] = [];
    for (let i = 0; i < 12; i++) answers.push(await notify('check-sync'));
    expect(answers).toEqual(Array.from({ length: 12 }, () => 200));
    await until('the attempt recorded', () => provisioning.status().running === false);
    expect(fetches).toBe(before + 1);
    expect(log.join('\n')).toContain('check-sync coalesced');
    clock.advance(30_000);
    await until('the follow-up fetch', () => fetches === before + 2);
    await until('the follow-up recorded', () => provisioning.status().running === false);
    clock.advance(60_000);
    await new Promise((resolve) => setImmediate(resolve));
    expect(fetches).toBe(before + 2);
  });
});
