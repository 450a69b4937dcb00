import type { TFunction } from 'i18next';
import type { CallState, CallView } from '../../../shared/contract';
import { callerName, endReasonText } from './call-text';

export type CallAnnouncement =
  { kind: 'incoming'; call: CallView; waiting: boolean } | { kind: 'state'; call: CallView };

/**
 * What changed between two `calls.changed` snapshots that a screen reader user must hear: a call
 * ringing here (read at once), and each call's state change (read when idle). On the first snapshot only
 * ringing calls are news; the rest was already there.
 */
export function callAnnouncements(
  before: ReadonlyMap<string, CallState> | undefined,
  calls: readonly CallView[],
): CallAnnouncement[] {
  const out: CallAnnouncement[] = [];
  for (const call of calls) {
    const old = before?.get(call.id);
    if (old === call.state) continue;
    if (call.state === 'incoming') {
      const waiting = calls.some((other) => other.id !== call.id && other.state === 'active');
      out.push({ kind: 'incoming', call, waiting });
    } else if (before !== undefined) {
      out.push({ kind: 'state', call });
    }
  }
  return out;
}

export function callStates(calls: readonly CallView[]): Map<string, CallState> {
  return new Map(calls.map((call) => [call.id, call.state]));
}

/** The sentence for one announcement; `account` is the call's account label in the UI. */
export function announcementText(t: TFunction, announcement: CallAnnouncement, account: string): string {
  const { call } = announcement;
  const name = callerName(call);
  if (announcement.kind === 'incoming')
    return t(announcement.waiting ? 'calls.announce.waiting' : 'calls.announce.incoming', { name, account });
  switch (call.state) {
    case 'dialing':
      return t('calls.announce.dialing', { name });
    case 'ringing':
      return t('calls.announce.ringing', { name });
    case 'active':
      return t('calls.announce.active', { name });
    case 'held':
      return t('calls.announce.held', { name });
    case 'incoming':
      return t('calls.announce.incoming', { name, account });
    case 'ended':
      return t('calls.announce.ended', {
        name,
        reason: call.end === undefined ? t('calls.state.ended') : endReasonText(t, call, call.end),
      });
  }
}
