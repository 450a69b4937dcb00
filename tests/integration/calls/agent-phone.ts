import type { CallView } from '../../../src/shared/contract';
import { accountSettingGroups } from '../../../src/shared/settings/account-settings';
import { globalSettingGroups } from '../../../src/shared/settings/global-settings';
import { AgentRegistry } from '../../../src/main/sip/agent-registry';
import { bridgeSessionDescriptionHandlerFactory } from '../../../src/main/sip/bridge/bridge-session-description-handler';
import { CallManager } from '../../../src/main/sip/calls/call-manager';
import { AccountAgent } from '../../../src/main/sip/registration/account-agent';
import type { RegistrationStatus } from '../../../src/main/sip/registration/registration-failure';
import { SettingCatalog } from '../../../src/main/settings/setting-catalog';
import type { AccountConfig } from '../../../src/main/sip/account-config';
import type { KamailioLab, LabUser } from '../../lab/kamailio';
import { labConfig, labLogger } from '../sip/lab-agent';
import { SdpOnlyMedia } from './sdp-only-media';

/**
 * One phone as the product wires it (phone-wiring.ts), without the rest of the core: an AccountAgent
 * that reconnects and registers again by itself, published in an AgentRegistry, our CallManager and
 * bridge SDH on top, the media engine answered by SdpOnlyMedia. For calls across server outages;
 * TestPhone (sip.js's own transport, no reconnection) is enough for plain signalling.
 */
export class AgentPhone {
  readonly media = new SdpOnlyMedia();
  readonly history: CallView[] = [];
  readonly registrations: RegistrationStatus[] = [];
  readonly log: string[] = [];
  readonly calls: CallManager;
  readonly agent: AccountAgent;
  private readonly global: Record<string, unknown> = new SettingCatalog(globalSettingGroups).defaults();
  private readonly account: Record<string, unknown> = new SettingCatalog(accountSettingGroups).defaults();
  private readonly waiters = new Set<() => void>();

  constructor(
    lab: KamailioLab,
    readonly user: LabUser,
    overrides: Partial<AccountConfig> = {},
  ) {
    const config = labConfig(lab, user, overrides);
    const logger = labLogger(user.username, this.log, () => this.wake());
    const agents = new AgentRegistry(() => [config.accountId]);
    this.calls = new CallManager({
      agents,
      globalSetting: (key) => this.global[key],
      accountSetting: () => (key) => this.account[key],
      media: this.media.channel,
      // the history is told of a call when it rings or is dialled, answered and ended: keep the ends
      history: { record: (call) => (call.state === 'ended' ? this.history.push(call) : undefined) },
      logger: logger.child('calls'),
      onChange: () => this.wake(),
      endedCallLingerMs: 60_000,
    });
    this.agent = new AccountAgent({
      config,
      sessionDescriptionHandlerFactory: bridgeSessionDescriptionHandlerFactory(this.calls.bridgeContext()),
      logger,
      delegate: {
        onRegistration: (id, status) => {
          this.registrations.push(status);
          this.calls.registrationChanged(id, status.state);
          this.wake();
        },
        onInvite: (id, invitation) => this.calls.handleInvite(id, invitation),
      },
    });
    agents.put(config.accountId, this.agent);
  }

  async start(): Promise<void> {
    this.agent.register();
    await this.waitForRegistration('registered', 5000);
  }

  async stop(): Promise<void> {
    await this.calls.hangupAll();
    await this.agent.dispose();
  }

  /** The position of the next registration event, for waitForRegistration(…, from). */
  mark(): number {
    return this.registrations.length;
  }

  waitForRegistration(state: RegistrationStatus['state'], timeoutMs: number, from = 0): Promise<void> {
    return this.waitFor(
      () => this.registrations.slice(from).some((r) => r.state === state),
      timeoutMs,
      () => `no registration "${state}"; events ${JSON.stringify(this.registrations.slice(from))}`,
    );
  }

  /** Resolves with the call list once it satisfies the test (checked now and at every change). */
  async until(test: (calls: CallView[]) => boolean, timeoutMs = 5000): Promise<CallView[]> {
    await this.waitFor(
      () => test(this.calls.list()),
      timeoutMs,
      () => `condition not met; calls ${JSON.stringify(this.calls.list())}`,
    );
    return this.calls.list();
  }

  /**
   * Resolves once this phone received the ACK of the call it answered. 'active' only says our 200 OK
   * went out; a server killed before relaying the ACK leaves the callee waiting for it, a different
   * case (tests/unit/main/sip/calls/call-manager-lost-ack.test.ts) from the confirmed call this suite
   * is about. sip.js tells it only in its log.
   */
  acknowledged(timeoutMs = 5000): Promise<void> {
    return this.waitFor(
      () => this.log.some((line) => line.includes('Session.onAckRequest')),
      timeoutMs,
      () => 'no ACK received for the answered call',
    );
  }

  /** Resolves with the first line of this phone's log (its SIP trace included) from `from` on that satisfies the test. */
  async untilLogged(test: (line: string) => boolean, from = 0, timeoutMs = 5000): Promise<string> {
    await this.waitFor(
      () => this.log.slice(from).some(test),
      timeoutMs,
      () => 'no such log line',
    );
    return this.log.slice(from).find(test)!;
  }

  async callIn(state: CallView['state']): Promise<CallView> {
    const calls = await this.until((list) => list.some((c) => c.state === state));
    return calls.find((c) => c.state === state)!;
  }

  private waitFor(met: () => boolean, timeoutMs: number, why: () => string): Promise<void> {
    if (met()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const check = (): void => {
        if (!met()) return;
        clearTimeout(timer);
        this.waiters.delete(check);
        resolve();
      };
      const timer = setTimeout(() => {
        this.waiters.delete(check);
        reject(new Error(`${this.user.username}: ${why()}\n${this.log.slice(-30).join('\n')}`));
      }, timeoutMs);
      this.waiters.add(check);
    });
  }

  private wake(): void {
    for (const check of [...this.waiters]) check();
  }
}
