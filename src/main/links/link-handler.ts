import { randomUUID } from 'node:crypto';
import { ContractError } from '../../shared/contract/errors';
import type { UserText } from '../../shared/contract/user-text';
import type { CallLink, CallLinkAddress, CallLinkRefusal } from '../../shared/links/call-link';
import type {
  LinkEvents,
  LinkFailureCode,
  LinkOrigin,
  LinkOutcome,
  PendingLink,
} from '../../shared/links/link-contract';
import { linkFailureMessages } from '../../shared/links/link-contract';
import { parseCallLink } from '../../shared/links/parse-call-link';
import type { Logger } from '../log/logger';
import type { DiallingAccount } from './dialling-account';
import { checkLinkAddress } from './link-host-policy';
import { worded } from '../i18n/translator';

export interface LinkHandlerOptions {
  /**
   * Places the call (calls.dial(target, accountId)); `secure` is already expressed by a "sips:" target.
   * `accountId` is the account a SIP address was checked against; without it calls.dial picks one.
   */
  dial(target: string, options: { secure: boolean; accountId?: string }): Promise<unknown>;
  /** The setting 'functions.automation.confirmLinkDial', read for every link. */
  confirmFirst(): boolean;
  /** The account a link dials through now (the first registered), undefined when none is. */
  diallingAccount(): DiallingAccount | undefined;
  emit<E extends keyof LinkEvents>(event: E, payload: LinkEvents[E]): void;
  logger: Logger;
  /** Resolves once an account can dial, or after a bounded wait (see createDialableWaiter). */
  whenDialable?(): Promise<void>;
  newId?: () => string;
  now?: () => number;
  /** How long a link waits for confirmation; later confirmations are refused as EXPIRED. */
  pendingTtlMs?: number;
}

/** Links kept before ready() and links waiting for confirmation: a flood of links must not pile up. */
export const maxQueuedLinks = 8;
export const maxPendingLinks = 5;

interface Waiting {
  link: PendingLink;
  expiresAt: number;
  /** The account the link's SIP address was checked against, which then also dials it. */
  accountId?: string;
}

/** A link's SIP address compared with the dialling account's domain; empty for numbers. */
interface HostCheck {
  address?: PendingLink['address'];
  accountId?: string;
}

/**
 * Receives callto:/sip:/sips:/tel: links from the shells (command line on a cold start, macOS open-url,
 * a second instance's argv, the web shell) and dials them, or first asks the user: always when a SIP
 * address is outside the dialling account's domain (link-host-policy.ts), otherwise when the
 * "Ask before a link dials" setting is on. Numbers go to the account's own domain.
 *
 * ```
 * handle() ──before ready()──▶ queued ──ready()──┐
 *    │                                           ▼
 *    └──────────────────────────────────────▶ parse ──refused──▶ links.refused
 *                                                │
 *                                     number ────┴──── SIP address: wait until an account can dial,
 *                                        │              compare the host with that account's domain
 *                                        │                   │ same host            │ outside
 *                                        ▼                   ▼                      │
 *                         confirmFirst() off ─────┬──── on ──▶ pending (links.pending) ◀──┘
 *                                │                               │ confirm(id)   │ cancel(id) / expiry
 *                                ▼                               ▼               ▼
 *                              dial ◀────────────────────────────┘            dropped
 * ```
 */
export class LinkHandler {
  private readonly queue: { raw: string; origin: LinkOrigin }[] = [];
  private readonly waiting = new Map<string, Waiting>();
  private isReady = false;
  private readonly newId: () => string;
  private readonly now: () => number;
  private readonly ttl: number;

  constructor(private readonly options: LinkHandlerOptions) {
    this.newId = options.newId ?? (() => randomUUID());
    this.now = options.now ?? (() => Date.now());
    this.ttl = options.pendingTtlMs ?? 120_000;
  }

  /** Takes one link. Before ready() it is only queued; the outcome says what happened. */
  async handle(raw: string, origin: LinkOrigin): Promise<LinkOutcome> {
    if (!this.isReady) return this.enqueue(raw, origin);
    const result = parseCallLink(raw);
    if (!result.ok) return this.refused(result, origin, typeof raw === 'string' ? raw.length : 0);
    // Numbers need no host check; not awaiting one keeps their path free of an extra turn.
    const check = result.address === undefined ? {} : await this.checkHost(result.address);
    if (check.address?.outside === true || this.options.confirmFirst()) {
      return this.ask(result, origin, check);
    }
    return this.place(result, origin, check.accountId);
  }

  /** The app can dial and the window listens: handles the links that arrived on the cold start, in order. */
  async ready(): Promise<LinkOutcome[]> {
    if (this.isReady) return [];
    this.isReady = true;
    const outcomes: LinkOutcome[] = [];
    for (const { raw, origin } of this.queue.splice(0)) outcomes.push(await this.handle(raw, origin));
    return outcomes;
  }

  listPending(): PendingLink[] {
    this.prune();
    return [...this.waiting.values()].map((entry) => entry.link);
  }

  /** The user confirmed a pending link: dial it. Unknown ids (already handled, never existed) fail. */
  async confirm(id: string): Promise<LinkOutcome> {
    const entry = this.waiting.get(id);
    if (!entry) {
      const { text, english } = worded('links.notWaiting');
      throw new ContractError('NOT_FOUND', english, 'id', text);
    }
    this.waiting.delete(id);
    this.emitPending();
    if (entry.expiresAt <= this.now()) {
      return this.failed('EXPIRED', linkFailureMessages.EXPIRED.en);
    }
    return this.place(entry.link, entry.link.origin, entry.accountId);
  }

  cancel(id: string): { id: string; cancelled: boolean } {
    const cancelled = this.waiting.delete(id);
    if (cancelled) {
      this.options.logger.info('A link was cancelled by the user');
      this.emitPending();
    }
    return { id, cancelled };
  }

  private enqueue(raw: string, origin: LinkOrigin): LinkOutcome {
    // macOS can deliver the same link as argv and open-url: one call, not two.
    if (this.queue.some((entry) => entry.raw === raw)) return { outcome: 'queued' };
    if (this.queue.length >= maxQueuedLinks) {
      this.options.logger.warn(
        `Link from ${origin} dropped: ${maxQueuedLinks} links already wait for the start`,
      );
      return this.failed('TOO_MANY', linkFailureMessages.TOO_MANY.en, false);
    }
    this.queue.push({ raw, origin });
    return { outcome: 'queued' };
  }

  private refused(refusal: CallLinkRefusal, origin: LinkOrigin, length: number): LinkOutcome {
    // Never the link itself: it may be hostile, or carry a password.
    const scheme = refusal.scheme === undefined ? 'no valid scheme' : `scheme ${refusal.scheme}`;
    this.options.logger.warn(
      `Link from ${origin} refused (${refusal.code}): ${scheme}, ${length} characters`,
    );
    return this.failed(refusal.code, refusal.message);
  }

  /**
   * A SIP address is compared with the domain of the account that will dial it, so that account must be
   * known: this waits (bounded) until one is registered, as dialling would. Numbers need no check.
   */
  private async checkHost(address: CallLinkAddress): Promise<HostCheck> {
    await this.options.whenDialable?.();
    const account = this.options.diallingAccount();
    return { address: checkLinkAddress(address, account), accountId: account?.id };
  }

  private ask(link: CallLink, origin: LinkOrigin, check: HostCheck): LinkOutcome {
    this.prune();
    const id = this.newId();
    const pending: PendingLink = {
      id,
      scheme: link.scheme,
      display: link.display,
      target: link.target,
      secure: link.secure,
      isPhoneNumber: link.isPhoneNumber,
      origin,
    };
    if (link.extension !== undefined) pending.extension = link.extension;
    if (check.address !== undefined) pending.address = check.address;
    const entry: Waiting = { link: pending, expiresAt: this.now() + this.ttl };
    if (check.accountId !== undefined) entry.accountId = check.accountId;
    this.waiting.set(id, entry);
    while (this.waiting.size > maxPendingLinks) {
      const oldest = this.waiting.keys().next().value;
      if (oldest !== undefined) this.waiting.delete(oldest);
    }
    // The host is not logged: logs never contain the link.
    const why =
      check.address?.outside === true ? 'its SIP host is outside the account domain' : 'the setting';
    this.options.logger.info(`Link from ${origin} (${link.scheme}) waits for confirmation: ${why}`);
    this.emitPending();
    return { outcome: 'pending', id };
  }

  private async place(
    link: Pick<CallLink, 'target' | 'secure' | 'scheme'>,
    origin: LinkOrigin,
    accountId: string | undefined,
  ): Promise<LinkOutcome> {
    const { target, secure, scheme } = link;
    this.options.logger.info(`Link from ${origin} dials (${scheme}${secure ? ', secure' : ''})`);
    try {
      await this.options.whenDialable?.();
      await this.options.dial(target, accountId === undefined ? { secure } : { secure, accountId });
      return { outcome: 'dialled' };
    } catch (error) {
      this.options.logger.warn('A link could not be dialled', error);
      // The call manager's ContractErrors are written for users; anything else is not.
      if (!(error instanceof ContractError))
        return this.failed('DIAL_FAILED', linkFailureMessages.DIAL_FAILED.en);
      return this.failed('DIAL_FAILED', error.message, true, error.text);
    }
  }

  private failed(code: LinkFailureCode, message: string, emit = true, text?: UserText): LinkOutcome {
    const refused = { code, message: message.slice(0, 500), ...(text ? { text } : {}) };
    if (emit) this.options.emit('links.refused', refused);
    return { outcome: 'refused', ...refused };
  }

  private prune(): void {
    const now = this.now();
    let changed = false;
    for (const [id, entry] of this.waiting) {
      if (entry.expiresAt <= now) changed = this.waiting.delete(id) || changed;
    }
    if (changed) this.emitPending();
  }

  private emitPending(): void {
    this.options.emit('links.pending', { links: [...this.waiting.values()].map((entry) => entry.link) });
  }
}
