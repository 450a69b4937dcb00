import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { KamailioLab } from '../../lab/kamailio';
import { launchChromium, newPage } from './browser';
import { ContractClient } from './contract-client';
import { makeTone } from './tone';
import type { WebShellProcess } from './web-shell-process';
import { startWebShell } from './web-shell-process';

/**
 * One person with a phone for e2e tests: their own web shell (own data dir),
 * their own Chromium whose fake microphone plays their own tone, and an
 * account registered at the lab's Kamailio.
 */
export class PhoneSession {
  page!: Page;
  client!: ContractClient;
  accountId = '';
  private shell!: WebShellProcess;
  private browser!: Browser;
  private closeBrowser: () => Promise<void> = () => Promise.resolve();

  constructor(
    readonly name: string,
    readonly user: string,
    readonly toneHz: number,
    private readonly dir: string,
  ) {}

  async start(lab: KamailioLab): Promise<void> {
    const tone = makeTone(this.dir, this.toneHz);
    ({ browser: this.browser, close: this.closeBrowser } = await launchChromium({ fakeAudioFile: tone }));
    this.shell = await startWebShell(join(this.dir, `data-${this.name}`));
    this.client = await ContractClient.connect(this.shell.url);
    const password = lab.users.find((u) => u.username === this.user)?.password ?? '';
    const account = await this.client.request('accounts.create', {
      settings: {
        'account.name': this.name,
        'credentials.domain': lab.domain,
        'credentials.userName': this.user,
        'optionalCredentials.wsUrl': lab.wsUrl,
      },
      password,
    });
    this.accountId = account.id;
    const context = await newPage(this.browser);
    this.page = await context.newPage();
    await this.page.goto(this.shell.url);
    await this.waitUntilRegistered();
  }

  async waitUntilRegistered(timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const [account] = await this.client.request('accounts.list', {});
      if (account?.registration.state === 'registered') return;
      if (Date.now() > deadline)
        throw new Error(`${this.name}: not registered: ${JSON.stringify(account?.registration)}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** Stops shell and browser; fails afterwards if the shell logged an unhandled error. */
  async stop(): Promise<void> {
    this.client?.close();
    try {
      await this.shell?.stop();
    } finally {
      await this.closeBrowser();
    }
  }
}
