/**
 * One message-summary subscription (RFC 3842 §4, RFC 6665) to the account's own address, built on
 * sip.js's core: the core answers the digest challenge and its subscription dialog refreshes the
 * subscription before it expires (autoRefresh).
 *
 * Why not sip.js's api Subscriber: it installs its dialog's NOTIFY handler one promise hop after the first
 * NOTIFY, so a second NOTIFY that arrives in the same WebSocket read (a PBX sends the initial state and an
 * update back to back) is answered 200 and dropped; the lab showed it. Here the handler is installed in
 * the same call that creates the dialog.
 *
 * MwiService decides when one exists; its unit tests pass a fake MwiSubscriptionFactory.
 */
import type { UserAgent } from 'sip.js';
import { Core } from 'sip.js';

export const messageSummaryEvent = 'message-summary';
export const messageSummaryType = 'application/simple-message-summary';

/** After an un-SUBSCRIBE, how long the dialog waits for the notifier's final NOTIFY (64*T1, Timer N). */
const finalNotifyWaitMs = 32_000;
const { Active, Pending, Terminated } = Core.SubscriptionState;

/** How a subscription ended without being disposed. */
export interface MwiSubscriptionEnd {
  /** refused: it never became active (a 4xx-6xx, a terminated first NOTIFY, no NOTIFY in time). */
  how: 'refused' | 'ended';
  /** For the log: the SIP status or the Subscription-State reason. */
  detail: string;
  /**
   * The PBX invites a new subscription (RFC 6665 §4.1.3: reason deactivated or timeout at once,
   * probation or giveup after retry-after seconds).
   */
  retryAfterSeconds?: number;
}

export interface MwiSubscriptionDelegate {
  /** A NOTIFY of the subscription (already answered 200): its body and Content-Type. */
  onNotify(body: string, contentType: string | undefined): void;
  /** Called at most once, never after dispose(). */
  onEnded(end: MwiSubscriptionEnd): void;
}

export interface MwiSubscription {
  /** Unsubscribes (if active) and forgets it; no delegate call afterwards. */
  dispose(): Promise<void>;
}

export type MwiSubscriptionFactory = (
  userAgent: UserAgent,
  expiresSeconds: number,
  delegate: MwiSubscriptionDelegate,
) => MwiSubscription;

export const subscribeMessageSummary: MwiSubscriptionFactory = (userAgent, expiresSeconds, delegate) =>
  new MessageSummarySubscription(userAgent.userAgentCore, expiresSeconds, delegate);

class MessageSummarySubscription implements MwiSubscription {
  private readonly request: Core.OutgoingSubscribeRequest;
  private dialog: Core.Subscription | undefined;
  private finished = false;

  constructor(
    core: Core.UserAgentCore,
    expiresSeconds: number,
    private readonly delegate: MwiSubscriptionDelegate,
  ) {
    const aor = core.configuration.aor;
    const message = core.makeOutgoingRequestMessage('SUBSCRIBE', aor, aor, aor, {}, [
      `Event: ${messageSummaryEvent}`,
      `Expires: ${expiresSeconds}`,
      `Accept: ${messageSummaryType}`,
      `Contact: ${core.configuration.contact.toString()}`,
    ]);
    this.request = core.subscribe(message, {
      onNotify: ({ request, subscription }) => this.first(request, subscription),
      onNotifyTimeout: () => this.end({ how: 'refused', detail: 'no NOTIFY arrived' }),
      onReject: ({ message: response }) =>
        this.end({ how: 'refused', detail: `${response.statusCode} ${response.reasonPhrase}` }),
      onRedirect: ({ message: response }) =>
        this.end({ how: 'refused', detail: `${response.statusCode} ${response.reasonPhrase}` }),
    });
  }

  dispose(): Promise<void> {
    if (this.finished) return Promise.resolve();
    this.finished = true;
    // a NOTIFY still on its way to a subscription that never became active gets 481 from the core
    this.request.waitNotifyStop();
    this.request.dispose();
    const dialog = this.dialog;
    this.dialog = undefined;
    if (!dialog) return Promise.resolve();
    if (dialog.subscriptionState !== Active && dialog.subscriptionState !== Pending) {
      dialog.delegate = undefined;
      dialog.dispose();
      return Promise.resolve();
    }
    // The dialog lives on until the notifier's final NOTIFY (which disposes it), so that NOTIFY is not
    // taken for an unsolicited one; without it, it is disposed after the bound.
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
          if (dialog.subscriptionState === Terminated) over();
        },
        onTerminated: over,
      };
      // a refusal (or a transport error, which sip.js turns into a 503) means no final NOTIFY comes
      dialog.unsubscribe().delegate = { onReject: over, onRedirect: over };
    });
  }

  /** The NOTIFY that answers our SUBSCRIBE: creates the dialog (unless it says terminated at once). */
  private first(request: Core.IncomingNotifyRequest, dialog: Core.Subscription | undefined): void {
    if (this.finished) {
      request.accept();
      return;
    }
    if (dialog) {
      this.dialog = dialog;
      dialog.autoRefresh = true;
      dialog.delegate = {
        onNotify: (notify) => this.notified(notify),
        // the dialog gave up: a refresh refused (404, 481, …) or no NOTIFY after a refresh
        onTerminated: () => this.end({ how: 'ended', detail: 'the refresh failed' }),
      };
    }
    this.notified(request);
    if (!dialog) this.end(terminationOf(request, 'refused'));
  }

  private notified(request: Core.IncomingNotifyRequest): void {
    request.accept();
    if (this.finished) return;
    const { message } = request;
    this.delegate.onNotify(message.body, message.getHeader('Content-Type'));
    // a final NOTIFY (RFC 6665 §4.1.3) may carry the last state, delivered above
    if (this.dialog?.subscriptionState === Terminated) this.end(terminationOf(request, 'ended'));
  }

  private end(end: MwiSubscriptionEnd): void {
    if (this.finished) return;
    this.finished = true;
    this.request.waitNotifyStop();
    this.request.dispose();
    this.dialog?.dispose();
    this.dialog = undefined;
    this.delegate.onEnded(end);
  }
}

/** Subscription-State: terminated;reason=…;retry-after=… as a MwiSubscriptionEnd. */
function terminationOf(
  request: Core.IncomingNotifyRequest,
  how: MwiSubscriptionEnd['how'],
): MwiSubscriptionEnd {
  const state = request.message.parseHeader('Subscription-State') as
    { reason?: string; params?: Record<string, unknown> } | undefined;
  const reason = typeof state?.reason === 'string' ? state.reason.toLowerCase() : undefined;
  const detail = `terminated${reason ? ` (${reason.slice(0, 40)})` : ''}`;
  if (reason === 'deactivated' || reason === 'timeout') return { how, detail, retryAfterSeconds: 0 };
  if (reason === 'probation' || reason === 'giveup') {
    const after = Number(state?.params?.['retry-after'] ?? 0);
    return { how, detail, retryAfterSeconds: Number.isFinite(after) && after > 0 ? after : 0 };
  }
  return { how, detail };
}
