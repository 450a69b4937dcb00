/**
 * Out-of-dialog NOTIFYs (RFC 6665 §4.1.3: a NOTIFY that matches no subscription).
 *
 * A PBX asks its phones to fetch their configuration again with `Event: check-sync` (a de-facto
 * standard from Polycom/Yealink/Snom, sent by Asterisk's `pjsip send notify`, FreePBX and 3CX),
 * sometimes with parameters such as `;reboot=false`. We accept it with 200 and provision again; we never
 * restart. The provisioning side coalesces and rate-limits these (provisioning/check-sync-limiter.ts).
 *
 * Where a check-sync may come from: every request we receive arrives over the one connection an
 * account's agent opened to that account's own server (its WebSocket server or proxy; TLS-verified
 * for wss); we listen on no socket, so nobody else can reach us. That connection is the check: a
 * check-sync is honoured on any account's connection. The headers cannot narrow it further without
 * breaking real PBXs: Asterisk sends From `sip:asterisk@<its own address>`, rarely the account's
 * domain; an edge proxy in front of the PBX adds its own Via; and another user of the same PBX whose
 * NOTIFY the proxy relays can put the domain in From like the PBX does. What such a relayed NOTIFY
 * can cost is bounded by the rate limit, and it only makes us fetch our own configuration.
 *
 * Coalesced and rate-limited check-syncs are answered 200 as well: they are not refused but joined
 * into the next run, so the PBX's request is carried out. RFC 6665 reads a failure response to a
 * NOTIFY as a problem with the subscription (a 481 even removes one "installed by non-SUBSCRIBE
 * means", §4.2.2, which is what a PBX's check-sync target is); a 403 would tell the PBX we refuse
 * what we are about to do, and make it log an error or resend.
 *
 * A PBX may also send voicemail status without a subscription, `Event: message-summary` (RFC 3842,
 * "unsolicited MWI", e.g. Asterisk's `unsolicited_mwi`). When a handler for it is given, it is accepted
 * with 200 whatever the account's MWI setting, and the handler decides whether to use it: a 4xx would
 * only make some PBXs retry.
 *
 * Any other out-of-dialog NOTIFY gets the 481 sip.js sends when no handler is installed.
 */
import type { Notification } from 'sip.js';

function eventPackage(event: string | undefined): string {
  return (event ?? '').split(';')[0]!.trim().toLowerCase();
}

export function isCheckSync(event: string | undefined): boolean {
  return eventPackage(event) === 'check-sync';
}

export function isMessageSummary(event: string | undefined): boolean {
  return eventPackage(event) === 'message-summary';
}

/** An out-of-dialog message-summary NOTIFY's body and Content-Type, for MwiService.messageSummary. */
export type MessageSummaryHandler = (body: string, contentType: string | undefined) => void;

/**
 * For SipService's delegate onNotify: answers the NOTIFY, calls onCheckSync for check-sync and
 * onMessageSummary (if given) for message-summary.
 */
export function handleOutOfDialogNotify(
  notification: Notification,
  onCheckSync: () => void,
  onMessageSummary?: MessageSummaryHandler,
): void {
  const { request } = notification;
  const event = request.getHeader('Event');
  if (isCheckSync(event)) {
    void notification.accept().catch(() => undefined);
    onCheckSync();
    return;
  }
  if (onMessageSummary && isMessageSummary(event)) {
    void notification.accept().catch(() => undefined);
    onMessageSummary(typeof request.body === 'string' ? request.body : '', request.getHeader('Content-Type'));
    return;
  }
  void notification.reject({ statusCode: 481 }).catch(() => undefined);
}
