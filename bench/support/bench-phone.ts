// One phone for the resilience benches: like tests/e2e/support/phone-session.ts (the built web shell,
// its own Debian Chromium with a fake microphone playing its own tone, accounts at the lab's Kamailio),
// plus what the benches measure from outside: the web shell's PID and a Node inspector on it (to force
// a garbage collection), the Chromium PIDs and a CDP session on the page (heap after GC).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, CDPSession, Page } from 'playwright-core';
import WebSocket from 'ws';
import type { AccountView } from '../../src/shared/contract';
import type { KamailioLab } from '../../tests/lab/kamailio';
import { launchChromium, newPage } from '../../tests/e2e/support/browser';
import { ContractClient } from '../../tests/e2e/support/contract-client';
import { makeTone } from '../../tests/e2e/support/tone';
import { bounded } from './bounded';

const entry = resolve('out/web/main.js');

export interface BenchPhoneOptions {
  /** Start the web shell with a Node inspector on a free loopback port (for mainHeapAfterGc). */
  inspect?: boolean;
  /** Run the web shell in this network namespace (ip netns exec). */
  netns?: string;
  /** Settings for the account (override the lab's ws URL, for example). */
  accountSettings?: Record<string, string | boolean | number>;
  /** Chromium to launch instead of CHROMIUM_PATH or /usr/bin/chromium (a wrapper entering a namespace). */
  chromiumPath?: string;
  /** Runs once the web shell printed its URL, before the bench connects to it (to set up a relay). */
  beforeConnect?: (shellUrl: string) => Promise<void>;
}

/** The web shell as a child process whose PID we know. */
class ShellProcess {
  output = '';
  url = '';
  inspectorUrl = '';

  private constructor(readonly child: ChildProcess) {
    child.stdout?.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
  }

  get pid(): number {
    return this.child.pid ?? -1;
  }

  static async start(dataDir: string, options: BenchPhoneOptions): Promise<ShellProcess> {
    if (!existsSync(entry)) throw new Error(`${entry} is missing: run "npm run build:web" first`);
    const node = [
      ...(options.inspect ? ['--inspect=127.0.0.1:0'] : []),
      entry,
      '--data-dir',
      dataDir,
      '--port',
      '0',
    ];
    const [command, args] = options.netns
      ? ['ip', ['netns', 'exec', options.netns, process.execPath, ...node]]
      : [process.execPath, node];
    const shell = new ShellProcess(spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] }));
    await bounded(
      new Promise<void>((done, fail) => {
        const check = (): void => {
          const url = /Softphone web shell: (\S+)/.exec(shell.output)?.[1];
          const inspector = /Debugger listening on (ws:\/\/\S+)/.exec(shell.output)?.[1];
          if (!url || (options.inspect && !inspector)) return;
          shell.url = url;
          shell.inspectorUrl = inspector ?? '';
          done();
        };
        shell.child.stdout?.on('data', check);
        shell.child.stderr?.on('data', check);
        shell.child.once('exit', (code) =>
          fail(new Error(`web shell exited with ${code}:\n${shell.output}`)),
        );
      }),
      15_000,
      'web shell start',
    );
    return shell;
  }

  stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return Promise.resolve();
    return new Promise((done) => {
      const killer = setTimeout(() => this.child.kill('SIGKILL'), 5_000);
      this.child.once('exit', () => {
        clearTimeout(killer);
        done();
      });
      this.child.kill('SIGTERM');
    });
  }
}

/** One request to a Node inspector over its WebSocket. */
async function inspectorCall(url: string, method: string, params: object = {}): Promise<unknown> {
  const ws = new WebSocket(url);
  try {
    await bounded(
      new Promise<void>((done, fail) => {
        ws.once('open', () => done());
        ws.once('error', fail);
      }),
      5_000,
      'inspector connect',
    );
    return await bounded(
      new Promise((done, fail) => {
        ws.on('message', (data: Buffer) => {
          const message = JSON.parse(data.toString()) as { id?: number; result?: unknown; error?: unknown };
          if (message.id !== 1) return;
          if (message.error) fail(new Error(`${method}: ${JSON.stringify(message.error)}`));
          else done(message.result);
        });
        ws.send(JSON.stringify({ id: 1, method, params }));
      }),
      30_000,
      method,
    );
  } finally {
    ws.close();
  }
}

/** utime + stime of a process in seconds, from /proc/<pid>/stat (clock ticks are 100 Hz on Linux). */
export async function cpuSeconds(pid: number): Promise<number> {
  const { readFile } = await import('node:fs/promises');
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
  // the command name is in parentheses and may contain spaces: count fields after the last ')'
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

export async function rssBytes(pid: number): Promise<number> {
  const { readFile } = await import('node:fs/promises');
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kib = /VmRSS:\s+(\d+) kB/.exec(status)?.[1];
  if (!kib) throw new Error(`no VmRSS for ${pid}`);
  return Number(kib) * 1024;
}

export class BenchPhone {
  page!: Page;
  client!: ContractClient;
  accountIds: string[] = [];
  shell!: ShellProcess;
  private browser!: Browser;
  private pageCdp: CDPSession | undefined;
  private closeBrowser: () => Promise<void> = () => Promise.resolve();

  constructor(
    readonly name: string,
    readonly users: string[],
    readonly toneHz: number,
    private readonly dir: string,
    private readonly options: BenchPhoneOptions = {},
  ) {}

  async start(lab: KamailioLab, wsUrl = lab.wsUrl): Promise<void> {
    const tone = makeTone(this.dir, this.toneHz);
    const chromium = process.env['CHROMIUM_PATH'];
    if (this.options.chromiumPath) process.env['CHROMIUM_PATH'] = this.options.chromiumPath;
    try {
      ({ browser: this.browser, close: this.closeBrowser } = await launchChromium({ fakeAudioFile: tone }));
    } finally {
      if (chromium === undefined) delete process.env['CHROMIUM_PATH'];
      else process.env['CHROMIUM_PATH'] = chromium;
    }
    this.shell = await ShellProcess.start(join(this.dir, `data-${this.name}`), this.options);
    await this.options.beforeConnect?.(this.shell.url);
    this.client = await ContractClient.connect(this.shell.url);
    for (const user of this.users) {
      const password = lab.users.find((u) => u.username === user)?.password ?? '';
      const account = await this.client.request('accounts.create', {
        settings: {
          'account.name': `${this.name} ${user}`,
          'credentials.domain': lab.domain,
          'credentials.userName': user,
          'optionalCredentials.wsUrl': wsUrl,
          ...this.options.accountSettings,
        },
        password,
      });
      this.accountIds.push(account.id);
    }
    const context = await newPage(this.browser);
    this.page = await context.newPage();
    await this.page.goto(this.shell.url);
    this.pageCdp = await context.newCDPSession(this.page);
    await this.waitUntilRegistered();
  }

  async accounts(): Promise<AccountView[]> {
    return this.client.request('accounts.list', {});
  }

  async registered(): Promise<boolean> {
    const accounts = await this.accounts();
    return accounts.length > 0 && accounts.every((a) => a.registration.state === 'registered');
  }

  async waitUntilRegistered(timeoutMs = 15_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!(await this.registered())) {
      if (Date.now() > deadline)
        throw new Error(
          `${this.name}: not registered: ${JSON.stringify((await this.accounts()).map((a) => a.registration))}`,
        );
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** Every Chromium process of this phone's browser, by type, from CDP SystemInfo.getProcessInfo. */
  async browserProcesses(): Promise<{ type: string; id: number }[]> {
    const cdp = await this.browser.newBrowserCDPSession();
    try {
      const info = (await cdp.send('SystemInfo.getProcessInfo' as never)) as {
        processInfo: { type: string; id: number }[];
      };
      return info.processInfo;
    } finally {
      await cdp.detach();
    }
  }

  /** The page's JS heap after a forced full GC (CDP HeapProfiler.collectGarbage, Runtime.getHeapUsage). */
  async rendererHeapAfterGc(): Promise<number> {
    await this.pageCdp!.send('HeapProfiler.collectGarbage');
    const usage = await this.pageCdp!.send('Runtime.getHeapUsage');
    return usage.usedSize;
  }

  /** The web shell's RSS after a forced full GC through its inspector (needs options.inspect). */
  async mainRssAfterGc(): Promise<{ rss: number; heapUsed: number }> {
    if (!this.shell.inspectorUrl) throw new Error('start the phone with inspect: true');
    await inspectorCall(this.shell.inspectorUrl, 'HeapProfiler.collectGarbage');
    const heap = (await inspectorCall(this.shell.inspectorUrl, 'Runtime.getHeapUsage')) as {
      usedSize: number;
    };
    return { rss: await rssBytes(this.shell.pid), heapUsed: heap.usedSize };
  }

  async stop(): Promise<void> {
    this.client?.close();
    try {
      await this.shell?.stop();
    } finally {
      await this.closeBrowser();
    }
  }
}
