/**
 * One SUBSCRIBE to a user's dialog events (RFC 4235 over RFC 6665), on sip.js's core API rather than
 * its Subscriber: the Subscriber drops the PBX's final response when it refuses the SUBSCRIBE, and a
 * lamp has to say why it failed ("403 Not relaying"). sip.js still does the dialog work: the digest
 * challenge, Timer N, the in-dialog NOTIFYs and refreshing before expiry (autoRefresh).
 */
import type { URI, UserAgent } from 'sip.js';
import { Core } from 'sip.js';

/** How a subscription ended (never called after dispose()). */
export type DialogWatchEnding =
  /** The PBX refused the SUBSCRIBE or a refresh, or no NOTIFY came: `reason` is English, with the status. */
  | { kind: 'failed'; reason: string }
  /** The PBX ended it in a way RFC 6665 §4.1.3 says to retry (deactivated, timeout, probation, giveup). */
  | { kind: 'retry'; reason: string; retryAfterSeconds: number | undefined };

export interface DialogWatchDelegate {
  /** Every NOTIFY body of this subscription, in order (already answered 200); '' when it had none. */
  onNotify(body: string): void;
  onEnded(ending: DialogWatchEnding): void;
}

export interface DialogWatchOptions {
  userAgent: UserAgent;
  target: URI;
  expiresSeconds: number;
  delegate: DialogWatchDelegate;
}

/** A running subscription; dispose() unsubscribes (best effort, never throws). */
export interface DialogWatch {
  dispose(): void;
}

export type DialogWatchFactory = (options: DialogWatchOptions) => DialogWatch;

const RETRY_REASONS = new Set(['deactivated', 'timeout', 'probation', 'giveup']);

interface SubscriptionStateHeader {
  state?: string;
  reason?: string;
  params?: Record<string, string | undefined>;
}

export const subscribeToDialogEvents: DialogWatchFactory = (options) => new DialogSubscription(options);

class DialogSubscription implements DialogWatch {
  private request: Core.OutgoingSubscribeRequest | undefined;
  private dialog: Core.Subscription | undefined;
  private done = false;

  constructor(private readonly options: DialogWatchOptions) {
    const core = options.userAgent.userAgentCore;
    const message = core.makeOutgoingRequestMessage(
      'SUBSCRIBE',
      options.target,
      core.configuration.aor,
      options.target,
      {},
      [
        'Event: dialog',
        'Accept: application/dialog-info+xml',
        `Expires: ${options.expiresSeconds}`,
        `Contact: ${core.configuration.contact.toString()}`,
      ],
    );
    this.request = core.subscribe(message, {
      onNotify: ({ request, subscription }) => {
        if (subscription && !this.done) this.attach(subscription);
        this.notify(request);
      },
      onNotifyTimeout: () =>
        this.end({ kind: 'failed', reason: 'The PBX accepted the subscription but sent no state' }),
      onReject: (response) => this.end({ kind: 'failed', reason: statusOf(response) }),
      onRedirect: (response) => this.end({ kind: 'failed', reason: statusOf(response) }),
    });
  }

  dispose(): void {
    const dialog = this.dialog;
    this.done = true;
    this.stopWaiting();
    this.dialog = undefined;
    if (!dialog) return;
    dialog.delegate = undefined;
    try {
      const state = dialog.subscriptionState;
      if (state === Core.SubscriptionState.Pending || state === Core.SubscriptionState.Active)
        dialog.unsubscribe();
      else dialog.dispose();
    } catch {
      // the connection is gone; the PBX lets the subscription expire
      dialog.dispose();
    }
  }

  private attach(dialog: Core.Subscription): void {
    this.dialog = dialog;
    dialog.delegate = {
      onNotify: (request) => this.notify(request),
      // a refresh that got no NOTIFY (Timer N) or a 481-like answer: RFC 6665 §4.1.2.2 subscribes anew
      onTerminated: () =>
        this.end({ kind: 'retry', reason: 'The subscription was lost', retryAfterSeconds: undefined }),
      onRefresh: (request) => {
        request.delegate = {
          onReject: (response) => this.end({ kind: 'failed', reason: statusOf(response) }),
        };
      },
    };
    dialog.autoRefresh = true;
  }

  private notify(request: Core.IncomingNotifyRequest): void {
    request.accept();
    if (this.done) return;
    const { message } = request;
    const body = typeof message.body === 'string' ? message.body : '';
    this.options.delegate.onNotify(body);
    const header = message.parseHeader('Subscription-State') as SubscriptionStateHeader | undefined;
    if (header?.state !== 'terminated') return;
    const reason = clip(header.reason ?? '');
    const retryAfter = Number.parseInt(header.params?.['retry-after'] ?? '', 10);
    this.end(
      RETRY_REASONS.has(reason)
        ? {
            kind: 'retry',
            reason: `The PBX ended the subscription (${reason})`,
            retryAfterSeconds: Number.isFinite(retryAfter) && retryAfter >= 0 ? retryAfter : undefined,
          }
        : {
            kind: 'failed',
            reason:
              reason === '' ? 'The PBX ended the subscription' : `The PBX ended the subscription (${reason})`,
          },
    );
  }

  private end(ending: DialogWatchEnding): void {
    if (this.done) return;
    this.done = true;
    this.stopWaiting();
    const dialog = this.dialog;
    this.dialog = undefined;
    if (dialog) {
      dialog.delegate = undefined;
      dialog.dispose();
    }
    this.options.delegate.onEnded(ending);
  }

  private stopWaiting(): void {
    if (!this.request) return;
    this.request.waitNotifyStop();
    this.request.dispose();
    this.request = undefined;
  }
}

function statusOf(response: Core.IncomingResponse): string {
  const { statusCode, reasonPhrase } = response.message;
  return `The PBX refused the subscription (${clip(`${statusCode ?? ''} ${reasonPhrase ?? ''}`.trim())})`;
}

/** Text from the network goes into the UI and the log: printable and short. */
function clip(text: string): string {
  // eslint-disable-next-line no-control-regex
  const printable = text.replace(/[\u0000-\u001f\u007f]/g, ' ');
  return printable.length > 120 ? `${printable.slice(0, 119)}…` : printable;
}
