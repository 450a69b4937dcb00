/**
 * The busy lamps: one dialog-event subscription (RFC 4235) per BLF key whose account is registered and
 * has "Use BLF" on, turned into a lamp state per key. Everything is recomputed by reconcile(), which
 * the composition root triggers on registration changes, re-provisioned keys and account setting
 * changes; a key whose subscription and inputs did not change keeps its subscription.
 *
 * A refused or ended subscription fails the lamp and is not tried again until the account registers
 * anew (so a PBX that refuses never sees a SUBSCRIBE loop); only the retry reasons of RFC 6665 §4.1.3
 * (deactivated, timeout, …) subscribe again, after a delay.
 */
import type { URI, UserAgent } from 'sip.js';
import type { BlfLampState } from '../../shared/contract';
import type { Logger } from '../log/logger';
import { blfTarget } from './blf-target';
import { parseDialogInfo } from './dialog-info';
import { DialogStateTracker } from './dialog-state-tracker';
import type {
  EventSubscription,
  EventSubscriptionFactory,
  SubscriptionEnding,
} from '../sip/subscription/event-subscription';
import { subscribeToEvent } from '../sip/subscription/event-subscription';
import type { UserText } from '../../shared/contract/user-text';
import { worded } from '../i18n/translator';

export interface BlfLamp {
  lamp: BlfLampState;
  /** Why the lamp is 'failed', in English. */
  lampError?: string;
  /** The same as a catalogue code, for the UI language. */
  lampText?: UserText;
  /** While ringing: the watched user is the one being called (what a pickup needs). */
  called?: boolean;
}

/** What the lamps need of a BLF key; accountId is the effective account ('' when there is none). */
export interface BlfLampKey {
  id: number;
  target: string;
  accountId: string;
}

export const USE_BLF_SETTING = 'functions.useBlf';
export const SUBSCRIPTION_EXPIRY_SETTING = 'network.subscriptionExpirySeconds';
export const DOMAIN_SETTING = 'credentials.domain';

export interface BlfLampsOptions {
  /** The account's UserAgent while it is registered, else undefined (SipService.userAgentOf). */
  userAgentOf(accountId: string): UserAgent | undefined;
  /** Per-account settings by full key (functions.useBlf, network.subscriptionExpirySeconds, credentials.domain). */
  accountSetting(accountId: string): (key: string) => unknown;
  keys(): readonly BlfLampKey[];
  /** Some lamp changed; read them with lampOf(). */
  onChange(): void;
  logger: Logger;
  /** Starts a subscription; tests pass a fake. Default: subscribeToEvent (sip.js's core). */
  watch?: EventSubscriptionFactory;
  /** Least wait before subscribing again after the PBX ended a subscription with a retry reason. */
  minRetryMs?: number;
}

interface Entry {
  /** Everything the subscription depends on; a change re-subscribes. */
  signature: string;
  accountId: string;
  lamp: BlfLamp;
  watch?: EventSubscription;
  retryTimer?: NodeJS.Timeout;
}

type Plan =
  | { kind: 'off' }
  | { kind: 'failed'; signature: string; reason: string; text: UserText }
  | { kind: 'watch'; signature: string; start: (entry: Entry) => EventSubscription };

const DEFAULT_EXPIRY_SECONDS = 3600;
/** The dialog event package (RFC 4235 §3) and its body type. */
const DIALOG_EVENT = 'dialog';
const DIALOG_INFO_TYPE = 'application/dialog-info+xml';

export class BlfLamps {
  private readonly entries = new Map<number, Entry>();
  private readonly agentIds = new WeakMap<UserAgent, number>();
  private nextAgentId = 1;
  private stopped = false;
  private readonly watch: EventSubscriptionFactory;
  private readonly minRetryMs: number;

  constructor(private readonly options: BlfLampsOptions) {
    this.watch = options.watch ?? subscribeToEvent;
    this.minRetryMs = options.minRetryMs ?? 30_000;
  }

  lampOf(id: number): BlfLamp {
    return this.entries.get(id)?.lamp ?? { lamp: 'off' };
  }

  /** From the SIP layer's onRegistration: a new registration retries the account's failed lamps. */
  registrationChanged(accountId: string, state: string): void {
    if (state === 'registered') {
      for (const [id, entry] of this.entries) {
        if (entry.accountId === accountId && entry.lamp.lamp === 'failed') this.drop(id, entry);
      }
    }
    this.reconcile();
  }

  /** After provisioning replaced the keys, or an account's settings changed. */
  reconcile(): void {
    if (this.stopped) return;
    let changed = false;
    const seen = new Set<number>();
    for (const key of this.options.keys()) {
      seen.add(key.id);
      changed = this.apply(key, this.safePlan(key)) || changed;
    }
    for (const [id, entry] of this.entries) {
      if (!seen.has(id)) {
        this.drop(id, entry);
        changed = true;
      }
    }
    if (changed) this.changed();
  }

  /** Unsubscribes everything; the lamps are off afterwards. */
  stop(): void {
    this.stopped = true;
    for (const [id, entry] of this.entries) this.drop(id, entry);
  }

  private safePlan(key: BlfLampKey): Plan {
    try {
      return this.plan(key);
    } catch (error) {
      // e.g. the account was deleted between keys() and its settings; the next reconcile catches up
      this.options.logger.warn(`BLF key ${key.id}: account ${key.accountId} not readable`, error);
      return { kind: 'off' };
    }
  }

  private plan(key: BlfLampKey): Plan {
    if (key.accountId === '') return { kind: 'off' };
    const setting = this.options.accountSetting(key.accountId);
    if (setting(USE_BLF_SETTING) === false) return { kind: 'off' };
    const userAgent = this.options.userAgentOf(key.accountId);
    if (!userAgent) return { kind: 'off' };
    const domain = setting(DOMAIN_SETTING);
    const target = blfTarget(key.target, typeof domain === 'string' ? domain : '');
    const base = `${key.accountId}\n${this.agentId(userAgent)}`;
    if ('problem' in target)
      return {
        kind: 'failed',
        signature: `${base}\n${key.target}`,
        reason: target.problem,
        text: target.problemText,
      };
    const expiry = setting(SUBSCRIPTION_EXPIRY_SETTING);
    const expiresSeconds =
      typeof expiry === 'number' && Number.isInteger(expiry) && expiry > 0 ? expiry : DEFAULT_EXPIRY_SECONDS;
    return {
      kind: 'watch',
      signature: `${base}\n${target.text}\n${expiresSeconds}`,
      start: (entry) => this.subscribe(key.id, entry, userAgent, target.uri, expiresSeconds, target.text),
    };
  }

  /** Brings one key in line with its plan; true when its lamp changed. */
  private apply(key: BlfLampKey, plan: Plan): boolean {
    const current = this.entries.get(key.id);
    if (plan.kind === 'off') {
      if (!current) return false;
      this.drop(key.id, current);
      return true;
    }
    if (current?.signature === plan.signature) return false;
    if (current) this.drop(key.id, current);
    if (plan.kind === 'failed') {
      this.options.logger.warn(`BLF key ${key.id}: ${plan.reason}`);
      this.entries.set(key.id, {
        signature: plan.signature,
        accountId: key.accountId,
        lamp: { lamp: 'failed', lampError: plan.reason, lampText: plan.text },
      });
      return true;
    }
    const entry: Entry = { signature: plan.signature, accountId: key.accountId, lamp: { lamp: 'pending' } };
    this.entries.set(key.id, entry);
    entry.watch = plan.start(entry);
    return true;
  }

  private subscribe(
    id: number,
    entry: Entry,
    userAgent: UserAgent,
    uri: URI,
    expiresSeconds: number,
    text: string,
  ): EventSubscription {
    const tracker = new DialogStateTracker();
    const live = () => this.entries.get(id) === entry && !this.stopped;
    const restart = () => {
      entry.retryTimer = undefined;
      if (live()) entry.watch = this.subscribe(id, entry, userAgent, uri, expiresSeconds, text);
    };
    this.options.logger.info(`BLF key ${id}: subscribing to ${text}`);
    try {
      return this.watch({
        userAgent,
        target: uri,
        event: DIALOG_EVENT,
        accept: DIALOG_INFO_TYPE,
        expiresSeconds,
        delegate: {
          onNotify: (body) => {
            if (!live()) return;
            // an empty NOTIFY (e.g. Kamailio before any PUBLISH) reports no dialogs: the lamp shows
            // what is known, idle at first
            if (body.trim() !== '') {
              const document = parseDialogInfo(body, (why) =>
                this.options.logger.warn(`BLF key ${id}: ignored a NOTIFY. ${why}.`),
              );
              if (!document) return;
              if (!tracker.apply(document)) return;
            }
            const lamp = tracker.lamp;
            this.setLamp(
              entry,
              lamp.state === 'ringing' ? { lamp: 'ringing', called: lamp.called } : { lamp: lamp.state },
            );
          },
          onEnded: (ending: SubscriptionEnding) => {
            if (!live()) return;
            entry.watch = undefined;
            if (ending.kind === 'failed') {
              this.options.logger.warn(`BLF key ${id}: ${ending.reason}`);
              const text = ending.text ? { lampText: ending.text } : {};
              this.setLamp(entry, { lamp: 'failed', lampError: ending.reason, ...text });
              return;
            }
            const delayMs = Math.max(this.minRetryMs, (ending.retryAfterSeconds ?? 0) * 1000);
            this.options.logger.info(`BLF key ${id}: ${ending.reason}; subscribing again in ${delayMs} ms`);
            this.setLamp(entry, { lamp: 'pending' });
            entry.retryTimer = setTimeout(restart, delayMs);
            entry.retryTimer.unref?.();
          },
        },
      });
    } catch (error) {
      // e.g. the transport closed between the registration report and now
      const detail = error instanceof Error ? error.message : String(error);
      const { text, english: reason } = worded('blf.subscribeFailed', { detail });
      this.options.logger.warn(`BLF key ${id}: ${reason}`);
      entry.lamp = { lamp: 'failed', lampError: reason, lampText: text };
      return { dispose: () => Promise.resolve() };
    }
  }

  private setLamp(entry: Entry, lamp: BlfLamp): void {
    const before = entry.lamp;
    if (before.lamp === lamp.lamp && before.lampError === lamp.lampError && before.called === lamp.called)
      return;
    entry.lamp = lamp;
    this.changed();
  }

  private drop(id: number, entry: Entry): void {
    this.entries.delete(id);
    if (entry.retryTimer) clearTimeout(entry.retryTimer);
    entry.retryTimer = undefined;
    const failed = (error: unknown) => this.options.logger.warn(`BLF key ${id}: unsubscribing failed`, error);
    try {
      // not awaited: the un-SUBSCRIBE waits for the PBX's final NOTIFY, and the lamp is gone already
      entry.watch?.dispose().catch(failed);
    } catch (error) {
      failed(error);
    }
    entry.watch = undefined;
  }

  private agentId(userAgent: UserAgent): number {
    let id = this.agentIds.get(userAgent);
    if (id === undefined) {
      id = this.nextAgentId++;
      this.agentIds.set(userAgent, id);
    }
    return id;
  }

  private changed(): void {
    try {
      this.options.onChange();
    } catch (error) {
      this.options.logger.error('The BLF change listener threw', error);
    }
  }
}
