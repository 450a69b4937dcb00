/**
 * Voicemail waiting indication (RFC 3842) for every account, following its setting `functions.mwi`:
 *
 * - 'subscribe': once the account is registered, a message-summary subscription to its own address
 *   (expires = `network.subscriptionExpirySeconds`; sip.js refreshes it). A new one after every
 *   registration, none while not registered. One the PBX refuses or ends is logged once and tried again
 *   only after the next registration, so a PBX without MWI never sees a SUBSCRIBE loop. The exception:
 *   a subscription which lived at least a minute and which the PBX ended inviting a new one (RFC 6665
 *   §4.1.3, reason deactivated/timeout/probation/giveup), or which was lost after a refresh (Timer N),
 *   is renewed, after the PBX's retry-after if it gave one.
 * - 'unsolicited': no SUBSCRIBE; out-of-dialog message-summary NOTIFYs are applied.
 * - 'off': nothing is subscribed, out-of-dialog NOTIFYs are ignored, the status is cleared.
 * Out-of-dialog NOTIFYs are also applied in 'subscribe' mode: PBXs such as Asterisk send them to
 * subscribers and non-subscribers alike, and they are always the PBX's current word.
 *
 * The status shown (AccountView.voicemail) is cleared when the account is deregistered or MWI is turned
 * off, and kept through a reconnect or a failure (it is the last thing the PBX said).
 *
 * onNewMessages: when the count of new messages rises above the last one this process saw for the
 * account, including at the first report after start when it is above 0 (the user should hear once that
 * messages are waiting), but not again when a re-subscription repeats the same count, nor when the view
 * was cleared by a deregistration and the same count comes back. A summary with Messages-Waiting: yes but
 * no Voice-Message counts that turns waiting on reports 0 ("new messages, count unknown").
 *
 * Wiring (core.ts): registrationChanged from the SIP delegate's onRegistration, accountsChanged after
 * accounts are created, edited, provisioned or deleted, messageSummary from the out-of-dialog NOTIFY
 * handler (handleOutOfDialogNotify), stop() before the SIP service stops. Every method is safe to call
 * again from inside setVoicemail (it may emit accounts.changed synchronously).
 */
import type { UserAgent } from 'sip.js';
import type { RegistrationState, VoicemailStatus } from '../../../shared/contract';
import type { Logger } from '../../log/logger';
import { settleWithin } from '../settle-within';
import type {
  EventSubscription,
  EventSubscriptionFactory,
  SubscriptionEnding,
} from '../subscription/event-subscription';
import { subscribeToEvent } from '../subscription/event-subscription';
import {
  messageSummaryEvent,
  messageSummaryType,
  parseMessageSummary,
  voicemailStatusOf,
  type MessageSummary,
} from './message-summary';

export type MwiMode = 'subscribe' | 'unsolicited' | 'off';

export const mwiSettingKeys = {
  mode: 'functions.mwi',
  expires: 'network.subscriptionExpirySeconds',
} as const;

const defaultExpiresSeconds = 3600;
/** A subscription the PBX ends sooner than this is not renewed before the next registration. */
export const minLifetimeForRenewalMs = 60_000;

export interface MwiServiceOptions {
  /** The account's sip.js UserAgent while it is registered (SipService.userAgentOf). */
  userAgentOf(accountId: string): UserAgent | undefined;
  /** The account's settings by `group.field` key; may throw for an account that no longer exists. */
  accountSetting(accountId: string): (key: string) => unknown;
  /** AccountService.setVoicemail. */
  setVoicemail(accountId: string, status: VoicemailStatus | undefined): void;
  /** The count of new messages rose (see the file comment); 0 means "new messages, count unknown". */
  onNewMessages?(accountId: string, newMessages: number): void;
  logger: Logger;
  /** Builds a subscription; unit tests pass a fake. Default: subscribeToEvent (sip.js's core). */
  subscribe?: EventSubscriptionFactory;
  /** stop() waits at most this long for the un-SUBSCRIBEs. */
  stopTimeoutMs?: number;
  now?: () => number;
}

interface ActiveSubscription {
  userAgent: UserAgent;
  expires: number;
  startedAt: number;
  subscription: EventSubscription;
}

interface AccountMwi {
  registered: boolean;
  active?: ActiveSubscription;
  /** The PBX refused or ended the subscription: none before the next registration. */
  halted: boolean;
  /** A renewal the PBX invited, waiting for its retry-after. */
  renewal?: NodeJS.Timeout;
  /** What setVoicemail was last given. */
  shown?: VoicemailStatus;
  /** The last summary's new count and waiting flag: the baseline for onNewMessages. */
  seen?: { newMessages: number; waiting: boolean };
}

export class MwiService {
  private readonly accounts = new Map<string, AccountMwi>();
  private readonly subscribe: EventSubscriptionFactory;
  private readonly now: () => number;
  private pendingIds: readonly string[] | undefined;
  private reconciling = false;
  private stopped = false;

  constructor(private readonly options: MwiServiceOptions) {
    this.subscribe = options.subscribe ?? subscribeToEvent;
    this.now = options.now ?? Date.now;
  }

  /** Call with every registration change of an account (in SipService's delegate onRegistration). */
  registrationChanged(accountId: string, registration: { state: RegistrationState }): void {
    if (this.stopped) return;
    const account = this.account(accountId);
    const registered = registration.state === 'registered';
    account.registered = registered;
    if (registered) {
      // a new registration may be a new connection: the old subscription's NOTIFYs would go nowhere
      account.halted = false;
      this.unsubscribe(account);
      this.follow(accountId, account);
      return;
    }
    this.unsubscribe(account);
    if (registration.state === 'unregistered') this.show(accountId, account, undefined);
  }

  /** Call with the ids of all accounts after any account change: follows settings, forgets removed ones. */
  accountsChanged(accountIds: readonly string[]): void {
    if (this.stopped) return;
    this.pendingIds = accountIds;
    if (this.reconciling) return;
    this.reconciling = true;
    try {
      while (this.pendingIds !== undefined) {
        const ids = this.pendingIds;
        this.pendingIds = undefined;
        this.reconcile(ids);
      }
    } finally {
      this.reconciling = false;
    }
  }

  /** An out-of-dialog message-summary NOTIFY (already answered 200) for the account. */
  messageSummary(accountId: string, body: string, contentType: string | undefined): void {
    if (this.stopped) return;
    const mode = this.settingsOf(accountId)?.mode;
    if (mode === undefined || mode === 'off') {
      this.options.logger.debug(
        `Account ${accountId}: voicemail notification ignored (MWI off or no account)`,
      );
      return;
    }
    this.received(accountId, body, contentType);
  }

  /** Ends every subscription (un-SUBSCRIBE, bounded) and ignores everything afterwards. */
  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    const disposing = [...this.accounts.values()].flatMap((account) => {
      clearTimeout(account.renewal);
      const active = account.active;
      account.active = undefined;
      return active ? [active.subscription.dispose()] : [];
    });
    this.accounts.clear();
    const timeout = this.options.stopTimeoutMs ?? 3000;
    if (!(await settleWithin(Promise.allSettled(disposing), timeout))) {
      this.options.logger.warn(`Not every voicemail subscription ended within ${timeout} ms`);
    }
  }

  private reconcile(accountIds: readonly string[]): void {
    const known = new Set(accountIds);
    for (const [id, account] of [...this.accounts]) {
      if (known.has(id)) continue;
      this.unsubscribe(account);
      this.accounts.delete(id);
    }
    for (const id of accountIds) this.follow(id, this.account(id));
  }

  /** Brings one account's subscription and view in line with its settings. */
  private follow(accountId: string, account: AccountMwi): void {
    const settings = this.settingsOf(accountId);
    if (!settings) return;
    if (settings.mode === 'off') this.show(accountId, account, undefined);
    if (settings.mode !== 'subscribe') {
      this.unsubscribe(account);
      return;
    }
    const userAgent = this.options.userAgentOf(accountId);
    // a new expiry, or the SIP layer re-created the account's UserAgent
    const stale = account.active?.expires !== settings.expires || account.active.userAgent !== userAgent;
    if (account.active && stale) this.unsubscribe(account);
    if (account.active || account.renewal || account.halted || !account.registered) return;
    if (!userAgent) return;
    this.start(accountId, account, userAgent, settings.expires);
  }

  private start(accountId: string, account: AccountMwi, userAgent: UserAgent, expires: number): void {
    let active: ActiveSubscription | undefined;
    const current = (): boolean => active !== undefined && account.active === active && !this.stopped;
    try {
      active = {
        userAgent,
        expires,
        startedAt: this.now(),
        subscription: this.subscribe({
          userAgent,
          event: messageSummaryEvent,
          accept: messageSummaryType,
          expiresSeconds: expires,
          delegate: {
            onNotify: (body, contentType) => {
              if (current()) this.received(accountId, body, contentType);
            },
            onEnded: (ending) => {
              if (!active || !current()) return;
              account.active = undefined;
              this.ended(accountId, account, active, ending);
            },
          },
        }),
      };
    } catch (error) {
      account.halted = true;
      this.options.logger.warn(`Account ${accountId}: could not subscribe to voicemail (MWI)`, error);
      return;
    }
    account.active = active;
    this.options.logger.info(`Account ${accountId}: subscribing to voicemail (MWI), expires ${expires} s`);
  }

  private ended(
    accountId: string,
    account: AccountMwi,
    active: ActiveSubscription,
    ending: SubscriptionEnding,
  ): void {
    const { logger } = this.options;
    const what = `voicemail subscription (MWI) ended: ${ending.reason}`;
    const lived = this.now() - active.startedAt;
    if (ending.kind === 'retry' && lived >= minLifetimeForRenewalMs) {
      const delay = Math.min(ending.retryAfterSeconds ?? 0, active.expires) * 1000;
      logger.info(`Account ${accountId}: ${what}; subscribing again in ${delay / 1000} s`);
      account.renewal = setTimeout(() => {
        account.renewal = undefined;
        if (!this.stopped) this.follow(accountId, account);
      }, delay);
      account.renewal.unref();
      return;
    }
    account.halted = true;
    logger.warn(`Account ${accountId}: ${what}; trying again after the next registration`);
  }

  private unsubscribe(account: AccountMwi): void {
    clearTimeout(account.renewal);
    account.renewal = undefined;
    const active = account.active;
    if (!active) return;
    account.active = undefined;
    // not awaited: without a connection the un-SUBSCRIBE goes nowhere, and the PBX lets it expire
    void active.subscription.dispose().catch(() => undefined);
  }

  private received(accountId: string, body: string, contentType: string | undefined): void {
    const { logger } = this.options;
    if (contentType !== undefined && !isMessageSummaryType(contentType)) {
      logger.warn(`Account ${accountId}: ignored a voicemail notification of type ${printable(contentType)}`);
      return;
    }
    // a notifier with no state yet sends an empty NOTIFY (RFC 6665 §4.2.2): nothing to report
    if (body.trim() === '') return;
    const summary = parseMessageSummary(body);
    if (!summary) {
      logger.warn(`Account ${accountId}: ignored an unreadable voicemail summary; keeping the last status`);
      return;
    }
    const account = this.account(accountId);
    const status = voicemailStatusOf(summary);
    const rose = newMessagesRose(account.seen, summary, status);
    account.seen = { newMessages: status.newMessages, waiting: status.waiting };
    this.show(accountId, account, status);
    if (rose) this.options.onNewMessages?.(accountId, status.newMessages);
  }

  private show(accountId: string, account: AccountMwi, status: VoicemailStatus | undefined): void {
    if (sameStatus(account.shown, status)) return;
    account.shown = status;
    this.options.setVoicemail(accountId, status);
  }

  private account(accountId: string): AccountMwi {
    let account = this.accounts.get(accountId);
    if (!account) {
      account = { registered: false, halted: false };
      this.accounts.set(accountId, account);
    }
    return account;
  }

  private settingsOf(accountId: string): { mode: MwiMode; expires: number } | undefined {
    let get: (key: string) => unknown;
    try {
      get = this.options.accountSetting(accountId);
    } catch {
      return undefined; // deleted meanwhile; accountsChanged forgets it
    }
    const mode = get(mwiSettingKeys.mode);
    const expires = get(mwiSettingKeys.expires);
    return {
      mode: mode === 'unsolicited' || mode === 'off' ? mode : 'subscribe',
      expires:
        typeof expires === 'number' && Number.isInteger(expires) && expires > 0
          ? expires
          : defaultExpiresSeconds,
    };
  }
}

function newMessagesRose(
  seen: AccountMwi['seen'],
  summary: MessageSummary,
  status: VoicemailStatus,
): boolean {
  if (status.newMessages > (seen?.newMessages ?? 0)) return true;
  return summary.voice === undefined && status.waiting && !(seen?.waiting ?? false);
}

function sameStatus(a: VoicemailStatus | undefined, b: VoicemailStatus | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return a.waiting === b.waiting && a.newMessages === b.newMessages && a.oldMessages === b.oldMessages;
}

function isMessageSummaryType(contentType: string): boolean {
  return contentType.split(';')[0]!.trim().toLowerCase() === messageSummaryType;
}

/** A header value for the log: bounded, control characters removed. */
function printable(value: string): string {
  // eslint-disable-next-line no-control-regex
  return JSON.stringify(value.replace(/[\u0000-\u001f\u007f]/g, '').slice(0, 80));
}
