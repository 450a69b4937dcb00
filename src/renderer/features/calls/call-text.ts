import type { TFunction } from 'i18next';
import type { CallView } from '../../../shared/contract';
import { callOutcome, isFailedOutcome, outcomeText } from './call-outcome';

type CallEnd = NonNullable<CallView['end']>;

type Caller = Pick<CallView, 'remoteName' | 'remoteNumber'> & { contact?: CallView['contact'] };

/**
 * Who is on the other end: the contact any source knows for the number (caller ID), else the name
 * the far end sent, else the number.
 */
export function callerName(call: Caller): string {
  const contactName = call.contact?.name.trim() ?? '';
  if (contactName !== '') return contactName;
  const name = call.remoteName.trim();
  return name !== '' ? name : call.remoteNumber;
}

/** The number under the name, or undefined when the name already is the number. */
export function callerNumber(call: Caller): string | undefined {
  return callerName(call) === call.remoteNumber ? undefined : call.remoteNumber;
}

/** Why a call ended, in plain words ("Number not found"); the SIP status is in outcomeDetail. */
export function endReasonText(t: TFunction, call: Pick<CallView, 'direction'>, end: CallEnd): string {
  return outcomeText(t, { direction: call.direction, ...end });
}

/** Ends that went wrong (shown in red) as opposed to a call that was simply over or called off. */
export function isFailedEnd(call: Pick<CallView, 'direction'>, end: CallEnd): boolean {
  return isFailedOutcome(callOutcome({ direction: call.direction, ...end }));
}

/**
 * The state line of a call. A hold or resume in flight says so ("Holding…") and never claims the call
 * is held before main reports the state. An ended call's reason has a line of its own.
 */
export function callStateText(t: TFunction, call: CallView): string {
  if (call.state === 'ended') return t('calls.state.ended');
  if (call.pending === 'hold') return t('calls.holding');
  if (call.pending === 'resume') return t('calls.resuming');
  if (call.state === 'ringing' && call.earlyMedia) return t('calls.earlyMedia');
  if (call.state === 'active' && call.remoteHold) return t('calls.heldByRemote');
  return t(`calls.state.${call.state}`);
}

/** Label of the hold button: what pressing it does, or what is under way. */
export function holdButtonText(t: TFunction, call: CallView): string {
  if (call.pending === 'hold') return t('calls.holding');
  if (call.pending === 'resume') return t('calls.resuming');
  return call.state === 'held' ? t('calls.resume') : t('calls.hold');
}

/** Up to two initials for the avatar ("Anna Schmidt" → "AS"); empty for a bare number. */
export function initialsOf(name: string): string {
  const words = name
    .trim()
    .split(/\s+/)
    .filter((word) => /^\p{L}/u.test(word));
  const first = words[0];
  const last = words.length > 1 ? words[words.length - 1] : undefined;
  return [first, last]
    .map((word) => (word === undefined ? '' : ([...word][0]?.toUpperCase() ?? '')))
    .join('');
}
