// The SIP layer's registration against the lab's real Kamailio: ws and wss, certificates, wrong
// passwords (no retry storm), deregistration. Reconnection scenarios are in reconnection.test.ts.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startKamailio, type KamailioLab, type LabUser } from '../../lab/kamailio';
import { requireLab } from '../../lab/secret-service';
import { loadAccountConfig, type SettingLookup } from '../../../src/main/sip/account-config';
import { SettingCatalog } from '../../../src/main/settings/setting-catalog';
import { accountSettingGroups } from '../../../src/shared/settings/account-settings';
import { globalSettingGroups } from '../../../src/shared/settings/global-settings';
import { AgentHarness, labConfig, reachUser, sleep } from './lab-agent';

const users: LabUser[] = [
  { username: '2001', password: 'pw-2001-lab' },
  { username: '2002', password: 'pw-2002-lab' },
  { username: '2003', password: 'pw-2003-lab' },
  { username: '2004', password: 'pw-2004-lab' },
  { username: '2005', password: 'pw-2005-lab' },
];
const [alice, bob, carol, dave, erin] = users as [LabUser, LabUser, LabUser, LabUser, LabUser];

describe('registration with the lab Kamailio', { timeout: 20_000 }, () => {
  requireLab();
  let lab: KamailioLab | undefined;
  let certDir: string | undefined;
  const harnesses: AgentHarness[] = [];

  beforeAll(async () => {
    lab = await startKamailio({ users });
    certDir = mkdtempSync(join(tmpdir(), 'softphone-sip-cert-'));
  }, 30_000);

  afterEach(async () => {
    await Promise.all(harnesses.splice(0).map((h) => h.agent.dispose()));
  }, 15_000);

  afterAll(async () => {
    await lab?.stop();
    if (certDir) rmSync(certDir, { recursive: true, force: true });
  }, 15_000);

  const current = (): KamailioLab => {
    if (!lab) throw new Error('Kamailio did not start');
    return lab;
  };

  const harness = (...args: ConstructorParameters<typeof AgentHarness>): AgentHarness => {
    const h = new AgentHarness(...args);
    harnesses.push(h);
    return h;
  };

  /** An account configured through the real settings tables, as the app would. */
  async function settingsConfig(
    user: LabUser,
    account: Record<string, unknown>,
    global: Record<string, unknown>,
  ) {
    const settings = {
      ...new SettingCatalog(accountSettingGroups).defaults(),
      'credentials.domain': current().domain,
      'credentials.userName': user.username,
      ...account,
    };
    const globals = { ...new SettingCatalog(globalSettingGroups).defaults(), ...global };
    const lookup: SettingLookup = (key) => globals[key];
    return loadAccountConfig({
      accountId: `lab-${user.username}`,
      settings,
      password: user.password,
      global: lookup,
    });
  }

  it('registers over ws, and Kamailio then routes requests for the user to us', async () => {
    const h = harness(labConfig(current(), alice));
    const started = Date.now();
    h.agent.register();
    await h.waitFor('registered', 5000);
    console.log(`[measure] ws register: ${Date.now() - started} ms`);
    expect(h.events.map((e) => e.state)).toEqual(['registering', 'registered']);
    expect(await reachUser(current(), bob, alice)).toBe(200);
  });

  it('registers over wss when the settings trust the lab certificate as the PBX certificate', async () => {
    const file = join(certDir!, 'pbx.pem');
    writeFileSync(file, current().caCertPem);
    const config = await settingsConfig(
      bob,
      {
        'optionalCredentials.wsUrl': current().wssUrl,
        'encryption.certificateUse': 'file',
        'encryption.certificateFile': file,
      },
      { 'advanced.tls.protocolSuite': 'TLSv1.2', 'advanced.tls.strongCiphersOnly': true },
    );
    expect(config.tls.trustedPem).toContain('BEGIN CERTIFICATE');
    const h = harness(config);
    const started = Date.now();
    h.agent.register();
    await h.waitFor('registered', 5000);
    console.log(`[measure] wss register: ${Date.now() - started} ms`);
  });

  it('fails with code certificate over wss when the lab certificate is not trusted', async () => {
    const config = await settingsConfig(carol, { 'optionalCredentials.wsUrl': current().wssUrl }, {});
    const h = harness(config);
    h.agent.register();
    const failed = await h.waitFor('failed', 5000);
    expect(failed.code).toBe('certificate');
    expect(failed.reason).toMatch(/self-signed/);
    expect(h.registers).toHaveLength(0);
  });

  it('registers over wss with verification turned off (and warns)', async () => {
    const config = await settingsConfig(
      carol,
      { 'optionalCredentials.wsUrl': current().wssUrl },
      { 'advanced.tls.disableCertificateVerification': true },
    );
    const h = harness(config);
    h.agent.register();
    await h.waitFor('registered', 5000);
    expect(h.log.some((line) => /warn .*verification is off/.test(line))).toBe(true);
  });

  it('a wrong password fails with code auth and is not retried', async () => {
    const h = harness(labConfig(current(), dave, { password: 'not-the-password' }));
    h.agent.register();
    const failed = await h.waitFor('failed', 5000);
    expect(failed.code).toBe('auth');
    expect(failed.reason).toMatch(/^Wrong user name or password \((401 Unauthorized|403 Forbidden)\)$/);
    const afterFailure = h.registers.length;
    // sip.js answers the challenge once: the first REGISTER and the one with credentials
    expect(afterFailure).toBe(2);
    await sleep(4000);
    expect(h.registers).toHaveLength(afterFailure);
    expect(h.events.at(-1)?.state).toBe('failed');
    expect(h.agent.currentPhase).toBe('halted');
  });

  it('Login after an auth failure tries exactly once more', async () => {
    const h = harness(labConfig(current(), dave, { password: 'still-wrong' }));
    h.agent.register();
    await h.waitFor('failed', 5000);
    const from = h.mark();
    h.agent.register();
    await h.waitFor('registering', 2000, from);
    await h.waitFor('failed', 5000, from);
    await sleep(1500);
    expect(h.registers).toHaveLength(4);
  });

  it('deregisters: Kamailio no longer has a contact for the user', async () => {
    const h = harness(labConfig(current(), erin));
    h.agent.register();
    await h.waitFor('registered', 5000);
    expect(await reachUser(current(), alice, erin)).toBe(200);
    await h.agent.unregister();
    expect(h.state).toBe('unregistered');
    expect(await reachUser(current(), alice, erin)).toBe(480);
    await vi.waitFor(() => expect(h.agent.userAgent.isConnected()).toBe(false), { timeout: 2000 });
  });

  it('networkChanged() on a live connection re-registers over it without going through failed', async () => {
    const h = harness(labConfig(current(), alice));
    h.agent.register();
    await h.waitFor('registered', 5000);
    const before = h.registers.length;
    h.agent.networkChanged();
    await sleep(1500);
    expect(h.registers.length).toBeGreaterThan(before);
    expect(h.state).toBe('registered');
    expect(h.events.map((e) => e.state)).toEqual(['registering', 'registered']);
    expect(await reachUser(current(), bob, alice)).toBe(200);
  });
});
