import type { TFunction } from 'i18next';
import type { CallEndCause, CallEndReason, CallView, MediaIncompatibility } from '../../../shared/contract';

/**
 * How a call ended, as a user would say it. Each SIP final response (RFC 3261 §21) and each of our
 * own end reasons maps to one of these; the code and reason phrase go to a details line only.
 */
export const callOutcomes = [
  'hungUp',
  'remoteHangup',
  'busy',
  'declined',
  'youDeclined',
  'cancelled',
  'noAnswer',
  'missed',
  'notFound',
  'unreachable',
  'notAllowed',
  'loginRefused',
  'incompatible',
  'serviceError',
  'failed',
  'forwarded',
  'redirectNotFollowed',
  'answeredElsewhere',
  'transferred',
  'connectionLost',
  'doNotDisturb',
  'callWaitingOff',
] as const;
export type CallOutcome = (typeof callOutcomes)[number];

/** What decides the outcome: a live call's `end` or a history row's stored facts. */
export interface CallEndFacts {
  direction: CallView['direction'];
  reason: CallEndReason;
  code?: number;
  cause?: CallEndCause;
  incompatible?: MediaIncompatibility;
}

const byCode: Record<number, CallOutcome> = {
  // the number does not exist (any more) or is incomplete
  404: 'notFound',
  410: 'notFound',
  484: 'notFound',
  485: 'notFound',
  604: 'notFound',
  // nobody can take it right now: offline, not registered, the server or a gateway is down
  408: 'unreachable',
  480: 'unreachable',
  502: 'unreachable',
  503: 'unreachable',
  504: 'unreachable',
  486: 'busy',
  600: 'busy',
  603: 'declined',
  607: 'declined',
  401: 'loginRefused',
  407: 'loginRefused',
  403: 'notAllowed',
  // the far end cannot take this kind of call (media, extensions)
  415: 'incompatible',
  420: 'incompatible',
  421: 'incompatible',
  488: 'incompatible',
  606: 'incompatible',
  487: 'cancelled',
};

function outcomeOfCode(code: number): CallOutcome {
  const known = byCode[code];
  if (known !== undefined) return known;
  if (code >= 300 && code < 400) return 'forwarded';
  if (code >= 500 && code < 600) return 'serviceError';
  return 'failed';
}

/** The outcome of an ended call: our cause first, then our end reason, then the SIP status. */
export function callOutcome(facts: CallEndFacts): CallOutcome {
  if (facts.cause !== undefined) return facts.cause;
  if (facts.incompatible !== undefined) return 'incompatible';
  switch (facts.reason) {
    case 'hangup':
      return 'hungUp';
    case 'remoteHangup':
      return 'remoteHangup';
    case 'cancelled':
      return facts.direction === 'incoming' ? 'missed' : 'cancelled';
    case 'missed':
      return facts.direction === 'incoming' ? 'missed' : 'noAnswer';
    case 'answeredElsewhere':
      return 'answeredElsewhere';
    case 'transferred':
      return 'transferred';
    case 'mediaLost':
      return 'connectionLost';
    case 'forwarded':
      return 'forwarded';
    case 'rejected':
      return facts.direction === 'incoming' ? 'youDeclined' : 'declined';
    case 'busy':
      return facts.code === undefined ? 'busy' : outcomeOfCode(facts.code);
    case 'failed':
      return facts.code === undefined ? 'failed' : outcomeOfCode(facts.code);
  }
}

/** Outcomes that went wrong (shown in red), as opposed to a call that was simply over or called off. */
export function isFailedOutcome(outcome: CallOutcome): boolean {
  return !(
    [
      'hungUp',
      'remoteHangup',
      'cancelled',
      'answeredElsewhere',
      'transferred',
      'forwarded',
    ] as readonly CallOutcome[]
  ).includes(outcome);
}

/** The outcome in words; one the media engine refused says why in plain language. */
export function outcomeText(t: TFunction, facts: CallEndFacts): string {
  const words = t(`calls.outcome.${callOutcome(facts)}`);
  if (facts.incompatible === undefined) return words;
  return t('calls.outcomeExplained', {
    outcome: words,
    explanation: t(`calls.incompatible.${facts.incompatible}`),
  });
}

/** The technical details line: "SIP 486 Busy Here"; undefined when there is no status. */
export function outcomeDetail(t: TFunction, end: { code?: number; text?: string }): string | undefined {
  if (end.code === undefined) return undefined;
  const phrase = end.text?.trim() ?? '';
  return t('calls.sipDetail', { status: phrase === '' ? String(end.code) : `${end.code} ${phrase}` });
}
