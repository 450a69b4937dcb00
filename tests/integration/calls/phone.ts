import { Registerer, RegistererState, UserAgent } from 'sip.js';
import type { CallView } from '../../../src/shared/contract';
import { accountSettingGroups } from '../../../src/shared/settings/account-settings';
import { globalSettingGroups } from '../../../src/shared/settings/global-settings';
import { bridgeSessionDescriptionHandlerFactory } from '../../../src/main/sip/bridge/bridge-session-description-handler';
import { CallManager } from '../../../src/main/sip/calls/call-manager';
import type { Logger } from '../../../src/main/log/logger';
import { silentLogger } from '../../../src/main/log/logger';

const consoleLogger: Logger = {
  debug: (m, d) => console.debug(m, d ?? ''),
  info: (m, d) => console.info(m, d ?? ''),
  warn: (m, d) => console.warn(m, d ?? ''),
  error: (m, d) => console.error(m, d ?? ''),
  child: () => consoleLogger,
};
import { SettingCatalog } from '../../../src/main/settings/setting-catalog';
import type { KamailioLab } from '../../lab/kamailio';
import { SdpOnlyMedia } from './sdp-only-media';

/**
 * One phone for signalling tests: a sip.js UserAgent registered at the lab's
 * Kamailio (sip.js's own WebSocket transport, Node 22's global WebSocket), our
 * CallManager and bridge SDH on top, settings from the real tables.
 */
export class TestPhone {
  readonly media = new SdpOnlyMedia();
  /** The history's final rows: calls as they ended. */
  readonly history: CallView[] = [];
  /** Every history write, also those of calls ringing, dialled or answered. */
  readonly historyWrites: CallView[] = [];
  readonly snapshots: CallView[][] = [];
  readonly global: Record<string, unknown> = new SettingCatalog(globalSettingGroups).defaults();
  readonly account: Record<string, unknown> = new SettingCatalog(accountSettingGroups).defaults();
  readonly calls: CallManager;
  /** Do not disturb, as the presence model would say. */
  dnd = false;
  /** The phone's address book: number → name, looked up at once; `later` answers after the ring. */
  readonly addressBook = new Map<string, string>();
  readonly directory = new Map<string, string>();
  readonly ua: UserAgent;
  private readonly registerer: Registerer;
  private readonly waiters: { test: (calls: CallView[]) => boolean; resolve: (calls: CallView[]) => void }[] =
    [];

  constructor(
    lab: KamailioLab,
    readonly user: string,
  ) {
    const password = lab.users.find((u) => u.username === user)?.password ?? '';
    this.calls = new CallManager({
      agents: { userAgentOf: () => this.ua, registeredAccountIds: () => ['acc'] },
      globalSetting: (key) => this.global[key],
      accountSetting: () => (key) => this.account[key],
      media: this.media.channel,
      history: {
        record: (call) => {
          this.historyWrites.push(call);
          if (call.state === 'ended') this.history.push(call);
        },
      },
      logger: process.env['SOFTPHONE_TEST_DEBUG'] ? consoleLogger : silentLogger,
      onChange: (calls) => this.onChange(calls),
      endedCallLingerMs: 60_000,
      dnd: () => this.dnd,
      callerId: {
        now: (number) => this.ref(this.addressBook.get(number), 'local'),
        later: (number) => Promise.resolve(this.ref(this.directory.get(number), 'ldap:dir')),
      },
    });
    this.ua = new UserAgent({
      uri: UserAgent.makeURI(`sip:${user}@${lab.domain}`),
      transportOptions: { server: lab.wsUrl },
      authorizationUsername: user,
      authorizationPassword: password,
      logLevel: 'error',
      logBuiltinEnabled: false,
      sessionDescriptionHandlerFactory: bridgeSessionDescriptionHandlerFactory(this.calls.bridgeContext()),
      delegate: { onInvite: (invitation) => this.calls.handleInvite('acc', invitation) },
    });
    this.registerer = new Registerer(this.ua, { expires: 300 });
  }

  private ref(name: string | undefined, sourceId: string) {
    return name === undefined ? undefined : { contactId: name, sourceId, sourceName: sourceId, name };
  }

  async start(): Promise<void> {
    await this.ua.start();
    const registered = new Promise<void>((resolve) => {
      this.registerer.stateChange.addListener((state) => {
        if (state === RegistererState.Registered) resolve();
      });
    });
    await this.registerer.register();
    await registered;
  }

  async stop(): Promise<void> {
    await this.calls.hangupAll();
    await this.ua.stop();
  }

  /** Resolves with the call list once it satisfies the test (checked now and at every change). */
  until(test: (calls: CallView[]) => boolean, timeoutMs = 5000): Promise<CallView[]> {
    const current = this.calls.list();
    if (test(current)) return Promise.resolve(current);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () =>
          reject(new Error(`${this.user}: condition not met; calls: ${JSON.stringify(this.calls.list())}`)),
        timeoutMs,
      );
      this.waiters.push({
        test,
        resolve: (calls) => {
          clearTimeout(timer);
          resolve(calls);
        },
      });
    });
  }

  callIn(state: CallView['state']): Promise<CallView> {
    return this.until((calls) => calls.some((c) => c.state === state)).then((calls) =>
      calls.find((c) => c.state === state)!,
    );
  }

  private onChange(calls: CallView[]): void {
    this.snapshots.push(calls);
    for (const waiter of [...this.waiters]) {
      if (waiter.test(calls)) {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        waiter.resolve(calls);
      }
    }
  }
}
