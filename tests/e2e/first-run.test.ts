import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../lab/https-server';
import { startHttpsServer } from '../lab/https-server';
import type { KamailioLab } from '../lab/kamailio';
import { startKamailio } from '../lab/kamailio';
import { requireLab } from '../lab/secret-service';
import { makeTempDir } from '../support/temp-dir';
import { launchChromium, newPage } from './support/browser';
import { ContractClient } from './support/contract-client';
import type { WebShellProcess } from './support/web-shell-process';
import { startWebShell } from './support/web-shell-process';

/**
 * First run as a user meets it: a fresh phone shows the set-up form; with the PBX's provisioning
 * address and the user's credentials it fetches its configuration over HTTPS (Digest auth), creates
 * the account and registers at Kamailio.
 */
describe('first run: provisioning from PBX credentials', () => {
  requireLab();
  const temp = makeTempDir('softphone-e2e-first-run-');
  let lab: KamailioLab;
  let server: TestServer;
  let shell: WebShellProcess | undefined;
  let browser: Browser;
  let closeBrowser: () => Promise<void> = () => Promise.resolve();

  beforeAll(async () => {
    lab = await startKamailio();
    const user = lab.users[0]!;
    const file = {
      format: 'softphone-provisioning',
      version: 1,
      settings: { 'advanced.stun.enabled': false, 'functions.calls.callWaiting': true },
      accounts: [
        {
          id: 'main',
          settings: {
            'account.name': 'Office',
            'credentials.domain': lab.domain,
            'credentials.userName': user.username,
            'optionalCredentials.wsUrl': lab.wsUrl,
          },
          password: user.password,
        },
      ],
    };
    server = await startHttpsServer({
      routes: {
        '/provisioning/1001.json': {
          body: JSON.stringify(file),
          contentType: 'application/json',
          auth: { scheme: 'digest', userName: 'anna', password: 'portal-secret' },
        },
      },
    });
    ({ browser, close: closeBrowser } = await launchChromium());
  });
  afterAll(async () => {
    await shell?.stop();
    await closeBrowser();
    await server?.stop();
    await lab?.stop();
    temp.cleanup();
  });

  it('shows the set-up form, provisions, and the account registers', async () => {
    shell = await startWebShell(join(temp.dir, 'data'));
    // The PBX's self-signed certificate, as an administrator would hand it out (Settings › Network and security › Secure connection (TLS)).
    const caFile = join(temp.dir, 'pbx-ca.pem');
    writeFileSync(caFile, server.caCertPem);
    const client = await ContractClient.connect(shell.url);
    await client.request('settings.set', { key: 'advanced.tls.domainCertificate', value: caFile });

    const page = await (await newPage(browser)).newPage();
    await page.goto(shell.url);
    await page.getByTestId('first-run-url').fill(`${server.url}/provisioning/1001.json`);
    await page.getByTestId('first-run-user').fill('anna');
    await page.getByTestId('first-run-password').fill('wrong-password');
    await page.getByTestId('first-run-submit').click();
    await expect
      .poll(() => page.getByTestId('first-run-error').textContent(), { timeout: 15_000 })
      .toMatch(/user name|password/i);
    expect(await client.request('accounts.list', {})).toEqual([]);

    await page.getByTestId('first-run-password').fill('portal-secret');
    await page.getByTestId('first-run-submit').click();
    await expect
      .poll(async () => (await client.request('accounts.list', {}))[0]?.registration.state, {
        timeout: 15_000,
      })
      .toBe('registered');
    const [account] = await client.request('accounts.list', {});
    expect(account?.locked).toEqual(expect.arrayContaining(['credentials.domain', 'credentials.userName']));
    expect(account?.passwordSet).toBe(true);
    await expect
      .poll(() => page.locator('[data-testid^="account-"][data-state="registered"]').count())
      .toBe(1);
    // the lab's WebSocket server is ws://: the row says the signalling is unencrypted (issue #10)
    await expect
      .poll(() => page.getByTestId(`account-cleartext-${account?.id ?? ''}`).textContent())
      .toMatch(/Not encrypted \(ws:\/\/\)/);
    const status = await client.request('provisioning.status', {});
    expect(status.last).toMatchObject({ ok: true, changes: { accountsAdded: 1 } });
    client.close();
  });
});
