// Voicemail waiting indication against the lab's real Kamailio (presence_mwi): an AccountAgent with the
// MwiService, the lab's voicemail user publishing message summaries (and sending out-of-dialog NOTIFYs)
// through a raw SIP WebSocket client.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startKamailio, type KamailioLab, type LabUser } from '../../lab/kamailio';
import { requireLab } from '../../lab/secret-service';
import { SipWsClient } from '../../lab/sip-ws-client';
import { handleOutOfDialogNotify } from '../../../src/main/sip/out-of-dialog-notify';
import { MwiService, mwiSettingKeys, type MwiMode } from '../../../src/main/sip/mwi/mwi-service';
import { AccountAgent } from '../../../src/main/sip/registration/account-agent';
import type { VoicemailStatus } from '../../../src/shared/contract';
import { labConfig, labLogger, noMedia } from './lab-agent';

// one mailbox per test, so no test sees another's publication
const users: LabUser[] = ['3001', '3002', '3003', '3004', '3005'].map((username) => ({
  username,
  password: `pw-${username}-lab`,
}));
const summaryType = 'application/simple-message-summary';
const summary = (waiting: boolean, newMessages: number, oldMessages: number): string =>
  `Messages-Waiting: ${waiting ? 'yes' : 'no'}\r\nVoice-Message: ${newMessages}/${oldMessages} (0/0)\r\n`;

/** One account as core.ts wires it: agent → MwiService → (here) a list of reported statuses. */
class MwiAccount {
  readonly agent: AccountAgent;
  readonly mwi: MwiService;
  readonly statuses: (VoicemailStatus | undefined)[] = [];
  readonly rises: number[] = [];
  readonly log: string[] = [];
  private readonly subscriptionCallIds = new Set<string>();
  private readonly waiters = new Set<() => void>();

  constructor(
    lab: KamailioLab,
    readonly user: LabUser,
    public mode: MwiMode,
  ) {
    const config = labConfig(lab, user, { accountId: `mwi-${user.username}` });
    const logger = labLogger(config.accountId, this.log);
    this.mwi = new MwiService({
      userAgentOf: () => (this.agent.registration.state === 'registered' ? this.agent.userAgent : undefined),
      accountSetting: () => (key) => (key === mwiSettingKeys.mode ? this.mode : 300),
      setVoicemail: (_id, status) => {
        this.statuses.push(status);
        this.wake();
      },
      onNewMessages: (_id, count) => this.rises.push(count),
      logger: logger.child('mwi'),
    });
    this.agent = new AccountAgent({
      config,
      sessionDescriptionHandlerFactory: noMedia,
      logger,
      delegate: {
        onRegistration: (id, status) => {
          this.mwi.registrationChanged(id, status);
          this.wake();
        },
        onNotify: (id, notification) =>
          handleOutOfDialogNotify(
            notification,
            () => undefined,
            (body, contentType) => this.mwi.messageSummary(id, body, contentType),
          ),
      },
      trace: (direction, message) => {
        // new subscriptions only: not the digest retry, refreshes (To has a tag) or un-SUBSCRIBEs
        if (direction !== 'out' || !message.startsWith('SUBSCRIBE ')) return;
        if (/^To:[^\r\n]*;tag=/im.test(message)) return;
        const callId = /^Call-ID:\s*(\S+)/im.exec(message)?.[1];
        if (callId) this.subscriptionCallIds.add(callId);
      },
    });
  }

  /** How many subscriptions were started (SUBSCRIBEs outside a dialog, counted once per Call-ID). */
  get subscribes(): number {
    return this.subscriptionCallIds.size;
  }

  get last(): VoicemailStatus | undefined {
    return this.statuses.at(-1);
  }

  /** Resolves once check() holds (checked now and after every report); rejects after timeoutMs. */
  until(what: string, check: () => boolean, timeoutMs = 8000): Promise<void> {
    return new Promise((resolve, reject) => {
      const wake = (): void => {
        if (!check()) return;
        clearTimeout(timer);
        this.waiters.delete(wake);
        resolve();
      };
      const timer = setTimeout(() => {
        this.waiters.delete(wake);
        reject(
          new Error(
            `no ${what} within ${timeoutMs} ms; statuses ${JSON.stringify(this.statuses)}\n${this.log.slice(-30).join('\n')}`,
          ),
        );
      }, timeoutMs);
      this.waiters.add(wake);
      wake();
    });
  }

  async registered(): Promise<void> {
    this.agent.register();
    await this.until('registration', () => this.agent.registration.state === 'registered');
  }

  async dispose(): Promise<void> {
    await this.mwi.stop();
    await this.agent.dispose();
  }

  private wake(): void {
    for (const wake of [...this.waiters]) wake();
  }
}

describe('MWI with the lab Kamailio', { timeout: 30_000 }, () => {
  requireLab();
  let lab: KamailioLab | undefined;
  let voicemail: SipWsClient | undefined;
  const accounts: MwiAccount[] = [];

  beforeAll(async () => {
    lab = await startKamailio({ users });
    voicemail = await SipWsClient.connect(lab.wsUrl);
  }, 30_000);

  afterEach(async () => {
    await Promise.all(accounts.splice(0).map((account) => account.dispose()));
  }, 15_000);

  afterAll(async () => {
    await voicemail?.close();
    await lab?.stop();
  }, 15_000);

  const current = (): { lab: KamailioLab; voicemail: SipWsClient } => {
    if (!lab || !voicemail) throw new Error('Kamailio did not start');
    return { lab, voicemail };
  };

  const account = (index: number, mode: MwiMode): MwiAccount => {
    const { lab } = current();
    const created = new MwiAccount(lab, lab.users[index]!, mode);
    accounts.push(created);
    return created;
  };

  /** The voicemail server PUBLISHes the mailbox state; Kamailio NOTIFYs the subscribers. */
  async function publish(user: LabUser, body: string): Promise<void> {
    const { lab, voicemail } = current();
    const aor = lab.aor(user.username);
    const response = await voicemail.requestWithAuth(
      {
        method: 'PUBLISH',
        requestUri: aor,
        from: lab.aor(lab.voicemailUser.username),
        to: aor,
        headers: ['Event: message-summary', 'Expires: 120', `Content-Type: ${summaryType}`],
        body,
      },
      lab.voicemailUser,
    );
    expect(response.status).toBe(200);
  }

  /**
   * The voicemail server sends an out-of-dialog NOTIFY (unsolicited MWI) through Kamailio. The account
   * answers only after MwiService handled it, so the 200 is the moment to look at the result.
   */
  async function unsolicited(user: LabUser, body: string): Promise<number> {
    const { lab, voicemail } = current();
    const aor = lab.aor(user.username);
    const response = await voicemail.requestWithAuth(
      {
        method: 'NOTIFY',
        requestUri: aor,
        from: lab.aor(lab.voicemailUser.username),
        to: aor,
        headers: [
          `Contact: <${voicemail.contactUri}>`,
          'Event: message-summary',
          'Subscription-State: active',
          `Content-Type: ${summaryType}`,
        ],
        body,
      },
      lab.voicemailUser,
    );
    return response.status;
  }

  it('subscribes after registration and reports what the voicemail server publishes', async () => {
    const alice = account(0, 'subscribe');
    await alice.registered();
    expect(alice.subscribes).toBe(1);

    await publish(alice.user, summary(true, 2, 1));
    await alice.until('2 new / 1 old', () => alice.last?.newMessages === 2);
    expect(alice.last).toEqual({ waiting: true, newMessages: 2, oldMessages: 1 });
    expect(alice.rises).toEqual([2]);

    await publish(alice.user, summary(false, 0, 3));
    await alice.until('0 new / 3 old', () => alice.last?.oldMessages === 3);
    expect(alice.last).toEqual({ waiting: false, newMessages: 0, oldMessages: 3 });
    expect(alice.rises).toEqual([2]);
  });

  it('keeps the last status when a NOTIFY carries garbage', async () => {
    const alice = account(1, 'subscribe');
    await alice.registered();
    await publish(alice.user, summary(true, 1, 0));
    await alice.until('1 new', () => alice.last?.newMessages === 1);
    const reported = alice.statuses.length;

    expect(await unsolicited(alice.user, 'Messages-Waiting: perhaps\r\n\u0001\u0002 garbage')).toBe(200);
    expect(alice.statuses).toHaveLength(reported);

    await publish(alice.user, summary(true, 4, 0));
    await alice.until('4 new', () => alice.last?.newMessages === 4);
    expect(alice.statuses.slice(reported)).toEqual([{ waiting: true, newMessages: 4, oldMessages: 0 }]);
  });

  it('subscribes again after a new registration, and clears the status while deregistered', async () => {
    const alice = account(2, 'subscribe');
    await alice.registered();
    await publish(alice.user, summary(true, 3, 0));
    await alice.until('3 new', () => alice.last?.newMessages === 3);

    await alice.agent.unregister();
    expect(alice.last).toBeUndefined();
    await alice.registered();
    expect(alice.subscribes).toBe(2);
    // the new subscription's first NOTIFY carries the current mailbox state
    await alice.until('the state again', () => alice.last?.newMessages === 3);
    expect(alice.rises).toEqual([3]);
  });

  it('sends no SUBSCRIBE and ignores voicemail NOTIFYs when MWI is off', async () => {
    const bob = account(3, 'off');
    await bob.registered();
    await publish(bob.user, summary(true, 2, 0));
    expect(await unsolicited(bob.user, summary(true, 2, 0))).toBe(200);
    expect(bob.subscribes).toBe(0);
    expect(bob.statuses).toEqual([]);
  });

  it('accepts unsolicited NOTIFYs without subscribing', async () => {
    const carol = account(4, 'unsolicited');
    await carol.registered();
    expect(await unsolicited(carol.user, summary(true, 1, 2))).toBe(200);
    expect(carol.subscribes).toBe(0);
    expect(carol.last).toEqual({ waiting: true, newMessages: 1, oldMessages: 2 });
    expect(carol.rises).toEqual([1]);
  });
});
