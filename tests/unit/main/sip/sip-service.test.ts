import type { UserAgent } from 'sip.js';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../../../src/main/log/logger';
import { SettingCatalog } from '../../../../src/main/settings/setting-catalog';
import type { AccountConfig } from '../../../../src/main/sip/account-config';
import type {
  AccountAgentDelegate,
  RegistrationAgent,
} from '../../../../src/main/sip/registration/registration-agent';
import type { RegistrationStatus } from '../../../../src/main/sip/registration/registration-failure';
import { SipService, type SipAccountSource } from '../../../../src/main/sip/sip-service';
import { ContractError } from '../../../../src/shared/contract';
import { accountSettingGroups } from '../../../../src/shared/settings/account-settings';
import { globalSettingGroups } from '../../../../src/shared/settings/global-settings';

class FakeAgent implements RegistrationAgent {
  readonly accountId: string;
  readonly userAgent = { fake: true } as unknown as UserAgent;
  registration: RegistrationStatus = { state: 'unregistered' };
  wantsRegistration = false;
  readonly calls: string[] = [];
  disposeResult: Promise<void> = Promise.resolve();

  constructor(
    readonly config: AccountConfig,
    readonly delegate: AccountAgentDelegate,
  ) {
    this.accountId = config.accountId;
  }
  register(): void {
    this.calls.push('register');
    this.wantsRegistration = true;
  }
  unregister(): Promise<void> {
    this.calls.push('unregister');
    this.wantsRegistration = false;
    return Promise.resolve();
  }
  connect(): Promise<void> {
    return Promise.resolve();
  }
  networkChanged(): void {
    this.calls.push('networkChanged');
  }
  resumed(): void {
    this.calls.push('resumed');
  }
  dispose(): Promise<void> {
    this.calls.push('dispose');
    return this.disposeResult;
  }
}

const accountDefaults = new SettingCatalog(accountSettingGroups).defaults();
const globalDefaults = new SettingCatalog(globalSettingGroups).defaults();

class FakeAccounts implements SipAccountSource {
  readonly settings = new Map<string, Record<string, unknown>>();
  readonly passwords = new Map<string, string>();
  instanceIdOf(id: string): string {
    return `0000000${id}-0000-4000-8000-000000000000`.slice(-36);
  }
  add(id: string, values: Record<string, unknown> = {}, password = `pw-${id}`): void {
    this.settings.set(id, {
      ...accountDefaults,
      'credentials.domain': 'pbx.example.com',
      'credentials.userName': id,
      ...values,
    });
    this.passwords.set(id, password);
  }
  list(): { id: string }[] {
    return [...this.settings.keys()].map((id) => ({ id }));
  }
  settingsOf(id: string): Record<string, unknown> {
    const settings = this.settings.get(id);
    if (!settings) throw new ContractError('NOT_FOUND', `no ${id}`, 'id');
    return { ...settings };
  }
  password(id: string): Promise<string | undefined> {
    return Promise.resolve(this.passwords.get(id));
  }
}

function setup() {
  const accounts = new FakeAccounts();
  const global: Record<string, unknown> = { ...globalDefaults };
  const agents: FakeAgent[] = [];
  const reports: [string, RegistrationStatus][] = [];
  const service = new SipService({
    accounts,
    settings: { get: <T>(key: string) => global[key] as T },
    logger: silentLogger,
    sessionDescriptionHandlerFactory: () => {
      throw new Error('no media');
    },
    delegate: { onRegistration: (id, status) => reports.push([id, status]) },
    createAgent: (config, delegate) => {
      const agent = new FakeAgent(config, delegate);
      agents.push(agent);
      return agent;
    },
    stopTimeoutMs: 200,
  });
  const agentOf = (id: string): FakeAgent => {
    const agent = service.agent(id);
    if (!(agent instanceof FakeAgent)) throw new Error(`no agent for ${id}`);
    return agent;
  };
  return { accounts, global, agents, reports, service, agentOf };
}

describe('SipService', () => {
  it('start() creates an agent per account and registers those set to register on startup', async () => {
    const { accounts, service, agentOf, agents } = setup();
    accounts.add('a');
    accounts.add('b', { 'functions.registerOnStartup': false });
    await service.start();
    expect(agents).toHaveLength(2);
    expect(agentOf('a').calls).toEqual(['register']);
    expect(agentOf('b').calls).toEqual([]);
    expect(agentOf('a').config).toMatchObject({ aor: 'sip:a@pbx.example.com', password: 'pw-a' });
    // the account's own +sip.instance, so its GRUU survives a restart of the phone
    expect(agentOf('a').config.instanceId).toBe(accounts.instanceIdOf('a'));
    expect(agentOf('b').config.instanceId).toBe(accounts.instanceIdOf('b'));
  });

  it('register() and unregister() reach the account’s agent; unknown accounts are NOT_FOUND', async () => {
    const { accounts, service, agentOf } = setup();
    accounts.add('b', { 'functions.registerOnStartup': false });
    await service.start();
    await service.register('b');
    await service.unregister('b');
    expect(agentOf('b').calls).toEqual(['register', 'unregister']);
    await expect(service.register('nope')).rejects.toBeInstanceOf(ContractError);
    await expect(service.unregister('nope')).rejects.toThrow(/no account/);
    await expect(service.register('nope')).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: 'There is no account "nope".',
      text: { key: 'accounts.notFound', params: { id: 'nope' } },
    });
  });

  it('reconcile() adds new accounts, disposes deleted ones and leaves unchanged ones alone', async () => {
    const { accounts, service, agentOf } = setup();
    accounts.add('a');
    accounts.add('b');
    await service.start();
    const a = agentOf('a');
    const b = agentOf('b');
    accounts.settings.delete('b');
    accounts.add('c');
    await service.reconcile();
    expect(b.calls).toEqual(['register', 'dispose']);
    expect(service.agent('b')).toBeUndefined();
    expect(agentOf('c').calls).toEqual(['register']);
    expect(agentOf('a')).toBe(a);
    expect(a.calls).toEqual(['register']);
  });

  it('re-creates an agent when its password or registration settings change, keeping Login state', async () => {
    const { accounts, service, agentOf, global } = setup();
    accounts.add('a');
    accounts.add('b', { 'functions.registerOnStartup': false });
    await service.start();
    const a1 = agentOf('a');
    const b1 = agentOf('b');
    accounts.passwords.set('a', 'new-password');
    accounts.settings.set('b', { ...accounts.settingsOf('b'), 'network.registrationExpirySeconds': 120 });
    await service.reconcile();
    const a2 = agentOf('a');
    const b2 = agentOf('b');
    expect(a1.calls).toEqual(['register', 'dispose']);
    expect(a2).not.toBe(a1);
    expect(a2.calls).toEqual(['register']); // it wanted registration before
    expect(a2.config.password).toBe('new-password');
    expect(b2).not.toBe(b1);
    expect(b2.calls).toEqual([]); // it did not
    global['advanced.tls.protocolSuite'] = 'TLSv1.3';
    await service.reconcile();
    expect(agentOf('a')).not.toBe(a2);
    expect(agentOf('a').config.tls.minVersion).toBe('TLSv1.3');
  });

  it('keeps the agent (and its calls) when only settings registration does not use change', async () => {
    const { accounts, service, agentOf } = setup();
    accounts.add('a');
    await service.start();
    const a = agentOf('a');
    accounts.settings.set('a', {
      ...accounts.settingsOf('a'),
      'codecs.codecs': ['pcma'],
      'functions.registerOnStartup': false,
    });
    await service.reconcile();
    expect(agentOf('a')).toBe(a);
  });

  it('reports a misconfigured account as failed with code config instead of creating an agent', async () => {
    const { accounts, service, reports } = setup();
    accounts.add('x', { 'credentials.domain': '' });
    accounts.add('y', { 'network.transport': 'udp', 'functions.registerOnStartup': false });
    await service.start();
    expect(service.agent('x')).toBeUndefined();
    expect(reports).toHaveLength(1);
    expect(reports[0]?.[0]).toBe('x');
    expect(reports[0]?.[1]).toMatchObject({ state: 'failed', code: 'config' });
    expect(reports[0]?.[1].reason).toMatch(/no domain/);
    await service.register('y');
    expect(reports[1]?.[0]).toBe('y');
    expect(reports[1]?.[1]).toMatchObject({ state: 'failed', code: 'config' });
    expect(reports[1]?.[1].reason).toMatch(/UDP/);
  });

  it('a misconfigured account’s reason travels as its catalogue code too', async () => {
    const { accounts, service, reports } = setup();
    accounts.add('x', { 'network.transport': 'udp' });
    await service.start();
    expect(reports[0]?.[1]).toMatchObject({
      state: 'failed',
      code: 'config',
      reason: 'Transport UDP is not supported yet; only WSS works. Choose WSS under Network > Transport.',
      text: { key: 'accountConfig.transportUnsupported', params: { transport: 'UDP' } },
    });
  });

  it('a fixed account gets an agent that registers if the user had asked to', async () => {
    const { accounts, service, agentOf } = setup();
    accounts.add('x', { 'credentials.domain': '' });
    await service.start();
    accounts.settings.set('x', { ...accounts.settingsOf('x'), 'credentials.domain': 'pbx.example.com' });
    await service.reconcile();
    expect(agentOf('x').calls).toEqual(['register']);
  });

  it('forwards network changes and resume to every agent', async () => {
    const { accounts, service, agentOf } = setup();
    accounts.add('a');
    accounts.add('b');
    await service.start();
    service.networkChanged();
    service.resumed();
    expect(agentOf('a').calls).toEqual(['register', 'networkChanged', 'resumed']);
    expect(agentOf('b').calls).toEqual(['register', 'networkChanged', 'resumed']);
  });

  it('offers the call manager the UserAgents of registered accounts, in account order', async () => {
    const { accounts, service, agentOf } = setup();
    accounts.add('a');
    accounts.add('b');
    await service.start();
    expect(service.userAgentOf('a')).toBeUndefined();
    agentOf('b').registration = { state: 'registered' };
    agentOf('a').registration = { state: 'registered' };
    expect(service.registeredAccountIds()).toEqual(['a', 'b']);
    expect(service.userAgentOf('a')).toBe(agentOf('a').userAgent);
  });

  it('stop() disposes every agent, bounded even when one hangs, and ignores later reconciles', async () => {
    const { accounts, service, agents } = setup();
    accounts.add('a');
    accounts.add('b');
    await service.start();
    agents[0]!.disposeResult = new Promise(() => undefined);
    const started = Date.now();
    await service.stop();
    expect(Date.now() - started).toBeLessThan(1000);
    expect(agents.map((a) => a.calls.at(-1))).toEqual(['dispose', 'dispose']);
    accounts.add('c');
    await service.reconcile();
    expect(agents).toHaveLength(2);
  });
});
