/**
 * How an event subscription ended, in words for the log and the UI: the SIP status of a refusal, or the
 * Subscription-State of the notifier's final NOTIFY mapped per RFC 6665 §4.1.3.
 */

import type { UserText } from '../../../shared/contract/user-text';
import { worded } from '../../i18n/translator';

/** How a subscription ended without being disposed. */
export type SubscriptionEnding =
  /** The PBX refused the SUBSCRIBE or a refresh, sent no NOTIFY, or ended it for good. */
  | { kind: 'failed'; reason: string; text?: UserText }
  /**
   * The PBX ended it and invites a new subscription (RFC 6665 §4.1.3: deactivated or timeout at once,
   * probation or giveup after retry-after); retryAfterSeconds is absent when it named no wait.
   */
  | { kind: 'retry'; reason: string; retryAfterSeconds?: number };

/** A parsed Subscription-State header (sip.js's grammar result). */
export interface SubscriptionStateHeader {
  state?: string;
  reason?: string;
  params?: Record<string, unknown>;
}

const retryAtOnce = new Set(['deactivated', 'timeout']);
const retryLater = new Set(['probation', 'giveup']);

/** A final (4xx-6xx or 3xx) response to a SUBSCRIBE or its refresh. */
export function refusal(
  response: { statusCode?: number; reasonPhrase?: string },
  refresh = false,
): SubscriptionEnding {
  const status = clip(`${response.statusCode ?? ''} ${response.reasonPhrase ?? ''}`.trim());
  const { text, english } = worded(refresh ? 'subscription.renewRefused' : 'subscription.refused', {
    status,
  });
  return { kind: 'failed', reason: english, text };
}

/** The ending a NOTIFY says, or undefined when its Subscription-State is not terminated. */
export function terminationOf(header: SubscriptionStateHeader | undefined): SubscriptionEnding | undefined {
  if (header?.state?.toLowerCase() !== 'terminated') return undefined;
  const reason = typeof header.reason === 'string' ? clip(header.reason.toLowerCase()) : '';
  const ended = reason === '' ? worded('subscription.ended') : worded('subscription.endedWith', { reason });
  const text = ended.english;
  if (retryAtOnce.has(reason)) return { kind: 'retry', reason: text };
  if (retryLater.has(reason)) {
    const param = header.params?.['retry-after'];
    const after =
      typeof param === 'string' || typeof param === 'number' ? Number.parseInt(`${param}`, 10) : NaN;
    return Number.isFinite(after) && after >= 0
      ? { kind: 'retry', reason: text, retryAfterSeconds: after }
      : { kind: 'retry', reason: text };
  }
  return { kind: 'failed', reason: text, text: ended.text };
}

/** Text from the network goes into the UI and the log: printable and short. */
export function clip(text: string): string {
  // eslint-disable-next-line no-control-regex
  const printable = text.replace(/[\u0000-\u001f\u007f]/g, ' ');
  return printable.length > 120 ? `${printable.slice(0, 119)}…` : printable;
}
