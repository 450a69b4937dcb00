import { randomUUID } from 'node:crypto';
// SipService with real AccountAgents against the lab's Kamailio: start, Login, a password change through
// reconcile(), and stop() deregistering everyone within its bound.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startKamailio, type KamailioLab, type LabUser } from '../../lab/kamailio';
import { requireLab } from '../../lab/secret-service';
import { SettingCatalog } from '../../../src/main/settings/setting-catalog';
import type { RegistrationStatus } from '../../../src/main/sip/registration/registration-failure';
import { SipService, type SipAccountSource } from '../../../src/main/sip/sip-service';
import { accountSettingGroups } from '../../../src/shared/settings/account-settings';
import { globalSettingGroups } from '../../../src/shared/settings/global-settings';
import { labLogger, noMedia, reachUser } from './lab-agent';

const users: LabUser[] = [
  { username: '4001', password: 'pw-4001-lab' },
  { username: '4002', password: 'pw-4002-lab' },
  { username: '4003', password: 'pw-4003-lab' },
];
const [alice, bob, carol] = users as [LabUser, LabUser, LabUser];

describe('SipService with the lab Kamailio', { timeout: 20_000 }, () => {
  requireLab();
  let lab: KamailioLab | undefined;
  let service: SipService | undefined;
  const reports: [string, RegistrationStatus][] = [];
  const settings = new Map<string, Record<string, unknown>>();
  const passwords = new Map<string, string>();
  const instanceIds = new Map<string, string>();
  const log: string[] = [];

  const accounts: SipAccountSource = {
    list: () => [...settings.keys()].map((id) => ({ id })),
    settingsOf: (id) => ({ ...settings.get(id) }),
    password: (id) => Promise.resolve(passwords.get(id)),
    instanceIdOf: (id) => instanceIds.get(id) ?? instanceIds.set(id, randomUUID()).get(id)!,
  };
  const globals = new SettingCatalog(globalSettingGroups).defaults();

  const current = (): KamailioLab => {
    if (!lab) throw new Error('Kamailio did not start');
    return lab;
  };

  function addAccount(user: LabUser, registerOnStartup: boolean): void {
    settings.set(user.username, {
      ...new SettingCatalog(accountSettingGroups).defaults(),
      'credentials.domain': current().domain,
      'credentials.userName': user.username,
      'optionalCredentials.wsUrl': current().wsUrl,
      'functions.registerOnStartup': registerOnStartup,
    });
    passwords.set(user.username, user.password);
  }

  async function until(id: string, state: RegistrationStatus['state'], from: number, timeoutMs = 5000) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const hit = reports.slice(from).find(([who, status]) => who === id && status.state === state);
      if (hit) return hit[1];
      if (Date.now() > deadline) {
        throw new Error(`${id} not ${state}: ${JSON.stringify(reports)}\n${log.slice(-30).join('\n')}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  beforeAll(async () => {
    lab = await startKamailio({ users });
    addAccount(alice, true);
    addAccount(bob, false);
    service = new SipService({
      accounts,
      settings: { get: <T>(key: string) => globals[key] as T },
      logger: labLogger('sip', log),
      sessionDescriptionHandlerFactory: noMedia,
      delegate: { onRegistration: (id, status) => reports.push([id, status]) },
      stopTimeoutMs: 5000,
    });
  }, 30_000);

  afterAll(async () => {
    await service?.stop();
    await lab?.stop();
  }, 20_000);

  it('start() registers the accounts set to register on startup, and only those', async () => {
    await service!.start();
    await until(alice.username, 'registered', 0);
    expect(reports.some(([id]) => id === bob.username)).toBe(false);
    expect(service!.registeredAccountIds()).toEqual([alice.username]);
    expect(service!.userAgentOf(alice.username)).toBeDefined();
  });

  it('register() (Login) registers the other account', async () => {
    const from = reports.length;
    await service!.register(bob.username);
    await until(bob.username, 'registered', from);
    expect(await reachUser(current(), carol, bob)).toBe(200);
  });

  it('a wrong password set through reconcile() fails with auth; the right one registers again', async () => {
    let from = reports.length;
    passwords.set(alice.username, 'wrong');
    await service!.reconcile();
    const failed = await until(alice.username, 'failed', from);
    expect(failed.code).toBe('auth');
    from = reports.length;
    passwords.set(alice.username, alice.password);
    await service!.reconcile();
    await until(alice.username, 'registered', from);
  });

  it('stop() deregisters every account within its bound', async () => {
    expect(await reachUser(current(), carol, alice)).toBe(200);
    const started = Date.now();
    await service!.stop();
    expect(Date.now() - started).toBeLessThan(5000);
    expect(await reachUser(current(), carol, alice)).toBe(480);
    expect(await reachUser(current(), carol, bob)).toBe(480);
  });
});
