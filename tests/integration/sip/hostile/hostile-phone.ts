// Our phone as the app builds it in core.ts, minus the renderer: an AccountAgent (our WebSocketTransport,
// sip.js UserAgent + Registerer) whose incoming INVITEs go to a CallManager, with the bridge SDH talking
// to the SDP-only stand-in for the media engine. Also a guard that records every unhandled rejection
// and uncaught exception while a bad-input test runs.
import type { CallView } from '../../../../src/shared/contract';
import { accountSettingGroups } from '../../../../src/shared/settings/account-settings';
import { globalSettingGroups } from '../../../../src/shared/settings/global-settings';
import { SettingCatalog } from '../../../../src/main/settings/setting-catalog';
import type { AccountConfig } from '../../../../src/main/sip/account-config';
import { bridgeSessionDescriptionHandlerFactory } from '../../../../src/main/sip/bridge/bridge-session-description-handler';
import { CallManager } from '../../../../src/main/sip/calls/call-manager';
import { AccountAgent } from '../../../../src/main/sip/registration/account-agent';
import { SdpOnlyMedia } from '../../calls/sdp-only-media';
import { labLogger } from '../lab-agent';
import { waitFor } from '../../../unit/main/sip/transport/fake-sip-server';

export class HostilePhone {
  readonly media = new SdpOnlyMedia();
  /** The history's final rows: calls as they ended. */
  readonly history: CallView[] = [];
  /** Every history write, also those of calls ringing, dialled or answered. */
  readonly historyWrites: CallView[] = [];
  readonly log: string[] = [];
  readonly calls: CallManager;
  readonly agent: AccountAgent;
  private readonly global = new SettingCatalog(globalSettingGroups).defaults();
  private readonly account = new SettingCatalog(accountSettingGroups).defaults();

  constructor(config: AccountConfig) {
    const logger = labLogger(config.accountId, this.log);
    this.calls = new CallManager({
      agents: {
        userAgentOf: () => this.agent.userAgent,
        registeredAccountIds: () => [config.accountId],
      },
      globalSetting: (key) => this.global[key],
      accountSetting: () => (key) => this.account[key],
      media: this.media.channel,
      history: {
        record: (call) => {
          this.historyWrites.push(call);
          if (call.state === 'ended') this.history.push(call);
        },
      },
      logger: logger.child('calls'),
      onChange: () => undefined,
      endedCallLingerMs: 60_000,
    });
    this.agent = new AccountAgent({
      config,
      sessionDescriptionHandlerFactory: bridgeSessionDescriptionHandlerFactory(this.calls.bridgeContext()),
      delegate: {
        onRegistration: () => undefined,
        onInvite: (id, invitation) => this.calls.handleInvite(id, invitation),
      },
      logger,
      timing: { unregisterTimeoutMs: 1000, stopTimeoutMs: 1000 },
    });
  }

  get registered(): boolean {
    return this.agent.registration.state === 'registered';
  }

  async register(timeoutMs = 5000): Promise<void> {
    this.agent.register();
    await this.waitRegistered(timeoutMs);
  }

  waitRegistered(timeoutMs: number): Promise<void> {
    return waitFor(() => this.registered, timeoutMs, `registration; log:\n${this.log.slice(-20).join('\n')}`);
  }

  /** Log lines at error level (e.g. sip.js threw while handling a message, caught by our transport). */
  errors(): string[] {
    return this.log.filter((line) => / error \[/.test(line));
  }

  /** Calls that are not over: a stuck call shows up here. */
  liveCalls(): CallView[] {
    return this.calls.list().filter((call) => call.state !== 'ended');
  }

  dispose(): Promise<void> {
    return this.agent.dispose();
  }
}

/** Records unhandled rejections and uncaught exceptions from install() until uninstall(). */
export class CrashGuard {
  readonly crashes: string[] = [];
  private readonly record = (error: unknown): void => {
    this.crashes.push(error instanceof Error ? (error.stack ?? error.message) : String(error));
  };

  install(): void {
    process.on('unhandledRejection', this.record);
    process.on('uncaughtException', this.record);
  }

  uninstall(): void {
    process.off('unhandledRejection', this.record);
    process.off('uncaughtException', this.record);
  }
}
