import type { CallView } from '../../../shared/contract';

/** Calls ringing here and waiting for Accept or Reject, oldest first. */
export function incomingCalls(calls: readonly CallView[]): CallView[] {
  return calls.filter((call) => call.state === 'incoming').sort((a, b) => a.startedAt - b.startedAt);
}

/** A call that is neither ringing here nor over: the user is talking, calling out or holding it. */
export function isLive(call: CallView): boolean {
  return call.state !== 'incoming' && call.state !== 'ended';
}

function latest(calls: readonly CallView[], time: (call: CallView) => number): CallView | undefined {
  let best: CallView | undefined;
  for (const call of calls) if (best === undefined || time(call) > time(best)) best = call;
  return best;
}

/**
 * The call the call window shows large, with its controls: the conversation in progress first, then a
 * call going out, then the most recently held one. Calls ringing here and ended calls never are; they
 * have panels and rows of their own.
 */
export function currentCall(calls: readonly CallView[]): CallView | undefined {
  const inState = (...states: CallView['state'][]) => calls.filter((call) => states.includes(call.state));
  return (
    latest(inState('active'), (call) => call.answeredAt ?? call.startedAt) ??
    latest(inState('dialing', 'ringing'), (call) => call.startedAt) ??
    latest(inState('held'), (call) => call.answeredAt ?? call.startedAt)
  );
}

/** Every call besides the current one and those ringing here, in the order they began. */
export function otherCalls(calls: readonly CallView[], current: CallView | undefined): CallView[] {
  return calls
    .filter((call) => call.state !== 'incoming' && call.id !== current?.id)
    .sort((a, b) => a.startedAt - b.startedAt);
}

/** The call an incoming call would wait behind: the conversation in progress, if any. */
export function activeCall(calls: readonly CallView[]): CallView | undefined {
  return latest(
    calls.filter((call) => call.state === 'active'),
    (call) => call.answeredAt ?? call.startedAt,
  );
}

/** True when the call window has anything to show. */
export function hasCalls(calls: readonly CallView[] | undefined): boolean {
  return calls !== undefined && calls.length > 0;
}

/** Established calls offer hold, mute, keypad and quality; calls not yet answered do not. */
export function isEstablished(call: CallView): boolean {
  return call.state === 'active' || call.state === 'held';
}
