/**
 * Out-of-dialog NOTIFYs (RFC 6665 §4.1.3: a NOTIFY that matches no subscription).
 *
 * A PBX asks its phones to fetch their configuration again with `Event: check-sync` (a de-facto
 * standard from Polycom/Yealink/Snom, sent by Asterisk's `pjsip send notify`, FreePBX and 3CX),
 * sometimes with parameters such as `;reboot=false`. We accept it with 200 and provision again; we never
 * restart.
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
