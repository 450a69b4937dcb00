import type { TFunction } from 'i18next';
import type { CallView } from '../../../shared/contract';

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

/**
 * Why a call ended, in words, with the SIP status main reported: "Busy (486 Busy Here)". The reason
 * phrase is the far end's (English) text, so it is kept as a detail in brackets.
 */
export function endReasonText(t: TFunction, end: NonNullable<CallView['end']>): string {
  const reason = t(`calls.end.${end.reason}`);
  const text = end.text?.trim() ?? '';
  const detail = end.code === undefined ? text : text === '' ? String(end.code) : `${end.code} ${text}`;
  if (end.incompatible !== undefined) {
    const explanation = t(`calls.incompatible.${end.incompatible}`);
    return t('calls.incompatibleDetail', { reason, explanation, detail });
  }
  return detail === '' ? reason : t('calls.endDetail', { reason, detail });
}

/** Ends that went wrong (shown in red) as opposed to a call that was simply over or called off. */
export function isFailedEnd(end: NonNullable<CallView['end']>): boolean {
  return (
    end.reason === 'busy' || end.reason === 'failed' || end.reason === 'rejected' || end.reason === 'missed'
  );
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
