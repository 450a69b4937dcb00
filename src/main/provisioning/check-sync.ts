/**
 * A PBX asks its phones to fetch their configuration again with an out-of-dialog NOTIFY carrying
 * `Event: check-sync` (a de-facto standard from Polycom/Yealink/Snom, sent by Asterisk's `pjsip send
 * notify`, FreePBX and 3CX), sometimes with parameters such as `;reboot=false`. We accept it with 200
 * and provision again; we never restart. Any other out-of-dialog NOTIFY gets the 481 sip.js sends when
 * no handler is installed (RFC 6665 §4.1.3: a NOTIFY that matches no subscription).
 */
import type { Notification } from 'sip.js';

export function isCheckSync(event: string | undefined): boolean {
  return (event ?? '').split(';')[0]!.trim().toLowerCase() === 'check-sync';
}

/** For SipService's delegate onNotify: answers the NOTIFY and calls onCheckSync for check-sync. */
export function handleOutOfDialogNotify(notification: Notification, onCheckSync: () => void): void {
  if (isCheckSync(notification.request.getHeader('Event'))) {
    void notification.accept().catch(() => undefined);
    onCheckSync();
    return;
  }
  void notification.reject({ statusCode: 481 }).catch(() => undefined);
}
