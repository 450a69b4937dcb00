import type { TFunction } from 'i18next';
import type { CallState, CallView } from '../../../shared/contract';
import { callerName, endReasonText } from './call-text';

/** A call's state as announced: an active call the far end holds is a phase of its own. */
export type CallPhase = CallState | 'heldByRemote';

export type CallAnnouncement =
  | { kind: 'incoming'; call: CallView; waiting: boolean }
  | { kind: 'state'; call: CallView; before?: CallPhase };

export function callPhase(call: CallView): CallPhase {
  return call.state === 'active' && call.remoteHold ? 'heldByRemote' : call.state;
}

/**
 * What changed between two `calls.changed` snapshots that a screen reader user must hear: a call
 * ringing here (read at once), and each call's state change (read when idle). On the first snapshot only
 * ringing calls are news; the rest was already there.
 */
export function callAnnouncements(
  before: ReadonlyMap<string, CallPhase> | undefined,
  calls: readonly CallView[],
): CallAnnouncement[] {
  const out: CallAnnouncement[] = [];
  for (const call of calls) {
    const old = before?.get(call.id);
    const phase = callPhase(call);
    if (old === phase) continue;
    if (call.state === 'incoming') {
      const waiting = calls.some((other) => other.id !== call.id && other.state === 'active');
      out.push({ kind: 'incoming', call, waiting });
    } else if (before !== undefined) {
      out.push({ kind: 'state', call, ...(old === undefined ? {} : { before: old }) });
    }
  }
  return out;
}

export function callStates(calls: readonly CallView[]): Map<string, CallPhase> {
  return new Map(calls.map((call) => [call.id, callPhase(call)]));
}

/** The sentence for one announcement; `account` is the call's account label in the UI. */
export function announcementText(t: TFunction, announcement: CallAnnouncement, account: string): string {
  const { call } = announcement;
  const name = callerName(call);
  if (announcement.kind === 'incoming')
    return t(announcement.waiting ? 'calls.announce.waiting' : 'calls.announce.incoming', { name, account });
  if (callPhase(call) === 'heldByRemote') return t('calls.announce.heldByRemote', { name });
  if (announcement.before === 'heldByRemote' && call.state === 'active')
    return t('calls.announce.resumedByRemote', { name });
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
