/**
 * One event subscription (RFC 6665), e.g. message-summary (RFC 3842) to the account's own address or
 * dialog events (RFC 4235) of a BLF target, built on sip.js's core: the core answers the digest
 * challenge, runs Timer N and its subscription dialog refreshes before expiry (autoRefresh).
 *
 * Why not sip.js's api Subscriber:
 * - it installs its dialog's NOTIFY handler one promise hop after the first NOTIFY, so a second NOTIFY
 *   that arrives in the same WebSocket read (a PBX sends the initial state and an update back to back)
 *   is answered 200 and dropped; the lab showed it. Here the handler is installed in the same call that
 *   creates the dialog.
 * - it drops the PBX's final response when it refuses the SUBSCRIBE, and a BLF lamp has to say why it
 *   failed ("403 Not relaying").
 *
 * MwiService and BlfLamps decide when one exists; their unit tests pass a fake EventSubscriptionFactory.
 */
import type { URI, UserAgent } from 'sip.js';
import { Core } from 'sip.js';
import { worded } from '../../i18n/translator';
import {
  refusal,
  terminationOf,
  type SubscriptionEnding,
  type SubscriptionStateHeader,
} from './subscription-ending';

export type { SubscriptionEnding } from './subscription-ending';

export interface EventSubscriptionDelegate {
  /** Every NOTIFY of the subscription, in order (already answered 200): its body ('' when none) and Content-Type. */
  onNotify(body: string, contentType: string | undefined): void;
  /** Called at most once, never after dispose(). */
  onEnded(ending: SubscriptionEnding): void;
}

export interface EventSubscriptionOptions {
  userAgent: UserAgent;
  /** Whose state; default: the account's own address (its AOR). */
  target?: URI;
  /** The Event header, e.g. 'message-summary'. */
  event: string;
  /** The Accept header, e.g. 'application/simple-message-summary'. */
  accept: string;
  expiresSeconds: number;
  delegate: EventSubscriptionDelegate;
}

export interface EventSubscription {
  /**
   * Unsubscribes (if active) and forgets it; no delegate call afterwards. Resolves once the notifier's
   * final NOTIFY came (bounded by Timer N); never rejects.
   */
  dispose(): Promise<void>;
}

export type EventSubscriptionFactory = (options: EventSubscriptionOptions) => EventSubscription;

/** After an un-SUBSCRIBE, how long the dialog waits for the notifier's final NOTIFY (64*T1, Timer N). */
const finalNotifyWaitMs = 32_000;
const { Active, Pending } = Core.SubscriptionState;

function noStateEnding(): SubscriptionEnding {
  const { text, english } = worded('subscription.noState');
  return { kind: 'failed', reason: english, text };
}

export const subscribeToEvent: EventSubscriptionFactory = (options) => new CoreEventSubscription(options);

class CoreEventSubscription implements EventSubscription {
  private readonly request: Core.OutgoingSubscribeRequest;
  private dialog: Core.Subscription | undefined;
  private finished = false;

  constructor(private readonly options: EventSubscriptionOptions) {
    const core = options.userAgent.userAgentCore;
    const aor = core.configuration.aor;
    const target = options.target ?? aor;
    // The registered Contact, never the GRUU: a PBX's presence server sends its NOTIFYs itself, and
    // Kamailio does not resolve a GRUU for requests it makes (the lab's BLF and MWI got none). A
    // subscription needs no GRUU anyway: after a lost connection it is made anew on re-registering.
    const message = core.makeOutgoingRequestMessage('SUBSCRIBE', target, aor, target, {}, [
      `Event: ${options.event}`,
      `Accept: ${options.accept}`,
      `Expires: ${options.expiresSeconds}`,
      `Contact: ${core.configuration.contact.toString({ register: true })}`,
    ]);
    this.request = core.subscribe(message, {
      onNotify: ({ request, subscription }) => {
        if (subscription && !this.finished) this.attach(subscription);
        this.notified(request);
      },
      onNotifyTimeout: () => this.end(noStateEnding()),
      onReject: ({ message: response }) => this.end(refusal(response)),
      onRedirect: ({ message: response }) => this.end(refusal(response)),
    });
  }

  dispose(): Promise<void> {
    if (this.finished) return Promise.resolve();
    this.finished = true;
    this.stopWaiting();
    const dialog = this.dialog;
    this.dialog = undefined;
    if (!dialog) return Promise.resolve();
    if (dialog.subscriptionState !== Active && dialog.subscriptionState !== Pending) {
      dialog.delegate = undefined;
      dialog.dispose();
      return Promise.resolve();
    }
    return unsubscribe(dialog);
  }

  /** The dialog the first NOTIFY created: its handlers are installed before the next NOTIFY can come. */
  private attach(dialog: Core.Subscription): void {
    this.dialog = dialog;
    dialog.delegate = {
      onNotify: (request) => this.notified(request),
      onRefresh: (request) => {
        request.delegate = { onReject: ({ message }) => this.end(refusal(message, true)) };
      },
      // Timer N after a refresh, or a refresh answered 404/481/… (RFC 6665 §4.1.2.2). For the latter sip.js
      // calls this just before the refresh's onReject in the same call: a microtask later, the refusal with
      // its status has ended the subscription first.
      onTerminated: () =>
        queueMicrotask(() =>
          this.end({
            kind: 'retry',
            reason: 'The subscription was lost (no NOTIFY after a refresh)',
          }),
        ),
    };
    dialog.autoRefresh = true;
  }

  private notified(request: Core.IncomingNotifyRequest): void {
    request.accept();
    if (this.finished) return;
    const { message } = request;
    const body = typeof message.body === 'string' ? message.body : '';
    this.options.delegate.onNotify(body, message.getHeader('Content-Type'));
    // a final NOTIFY (RFC 6665 §4.1.3) may carry the last state, delivered above
    const ending = terminationOf(
      message.parseHeader('Subscription-State') as SubscriptionStateHeader | undefined,
    );
    if (ending) this.end(ending);
  }

  private end(ending: SubscriptionEnding): void {
    if (this.finished) return;
    this.finished = true;
    this.stopWaiting();
    const dialog = this.dialog;
    this.dialog = undefined;
    if (dialog) {
      dialog.delegate = undefined;
      dialog.dispose();
    }
    this.options.delegate.onEnded(ending);
  }

  /** A NOTIFY still on its way to a subscription that never became active gets 481 from the core. */
  private stopWaiting(): void {
    this.request.waitNotifyStop();
    this.request.dispose();
  }
}

/**
 * Sends the un-SUBSCRIBE. The dialog lives on until the notifier's final NOTIFY (which disposes it), so
 * that NOTIFY is not taken for an unsolicited one; without it, it is disposed after the bound.
 */
function unsubscribe(dialog: Core.Subscription): Promise<void> {
  return new Promise((resolve) => {
    const over = (): void => {
      clearTimeout(timer);
      dialog.delegate = undefined;
      dialog.dispose();
      resolve();
    };
    const timer = setTimeout(over, finalNotifyWaitMs);
    timer.unref();
    dialog.delegate = {
      onNotify: (notify) => {
        notify.accept();
        if (dialog.subscriptionState === Core.SubscriptionState.Terminated) over();
      },
      onTerminated: over,
    };
    try {
      // a refusal (or a transport error, which sip.js turns into a 503) means no final NOTIFY comes
      dialog.unsubscribe().delegate = { onReject: over, onRedirect: over };
    } catch {
      // the connection is gone; the PBX lets the subscription expire
      over();
    }
  });
}
