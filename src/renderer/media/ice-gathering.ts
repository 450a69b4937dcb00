/**
 * Bounded ICE gathering. sip.js waits for gathering to complete (5 s by default), which an
 * unreachable STUN or TURN server stretches to its full timeout before a call even starts. We send
 * the SDP as soon as gathering is complete, or once a host candidate exists and the budget since the
 * start of gathering has passed, whichever comes first. Candidates found later are not trickled
 * (SIP has no trickle here); the host ones are enough on a LAN and STUN/TURN results within the
 * budget cover the rest.
 */

/** The part of RTCPeerConnection the wait needs; a tiny fake in tests. */
export interface IceGatheringTarget {
  readonly iceGatheringState: RTCIceGatheringState;
  readonly localDescription: { readonly sdp: string } | null;
  addEventListener(type: 'icecandidate' | 'icegatheringstatechange', listener: (event: Event) => void): void;
  removeEventListener(
    type: 'icecandidate' | 'icegatheringstatechange',
    listener: (event: Event) => void,
  ): void;
}

/** Why the wait ended. */
/**
 * With no STUN or TURN server there is nothing to wait for but our own host candidates, which arrive
 * in one burst within a few milliseconds: a short grace instead of the full budget.
 */
export const hostOnlyGraceMs = 10;

/** The budget to use for a call: the configured one when STUN/TURN servers are set, else the grace. */
export function effectiveIceBudgetMs(iceServerCount: number, budgetMs: number): number {
  return iceServerCount > 0 ? budgetMs : Math.min(budgetMs, hostOnlyGraceMs);
}

export type IceGatheringOutcome = 'complete' | 'budget' | 'ceiling' | 'cancelled';

export interface IceGatheringWatch {
  /** Call after setLocalDescription: resolves when the SDP may be sent. */
  settled(): Promise<IceGatheringOutcome>;
  /** Stops listening (setLocalDescription failed, or the call closed). */
  cancel(): void;
}

/**
 * If no host candidate shows up at all (a machine without any usable interface), the SDP leaves
 * after this long past the budget rather than never: the call then fails on media, visibly.
 */
export const iceCeilingExtraMs = 2000;

const hostCandidateLine = /^a=candidate:.* typ host( |$)/m;

function isHostCandidate(event: Event): boolean {
  const candidate = (event as Partial<RTCPeerConnectionIceEvent>).candidate;
  if (!candidate) return false;
  return candidate.type === 'host' || / typ host( |$)/.test(candidate.candidate ?? '');
}

/**
 * Start watching BEFORE setLocalDescription, so that the budget counts from the start of gathering
 * and no early candidate is missed; then await `settled()` after it.
 */
export function watchIceGathering(target: IceGatheringTarget, budgetMs: number): IceGatheringWatch {
  let hostSeen = false;
  // A budget of 0 means: send as soon as a host candidate exists.
  let budgetPassed = budgetMs <= 0;
  let armed = false;
  let finish: ((outcome: IceGatheringOutcome) => void) | undefined;
  let outcome: IceGatheringOutcome | undefined;

  const end = (why: IceGatheringOutcome) => {
    if (outcome !== undefined) return;
    outcome = why;
    clearTimeout(budgetTimer);
    clearTimeout(ceilingTimer);
    target.removeEventListener('icecandidate', onCandidate);
    target.removeEventListener('icegatheringstatechange', onState);
    finish?.(why);
  };
  const check = () => {
    if (!armed) return;
    if (target.iceGatheringState === 'complete') end('complete');
    else if (budgetPassed && (hostSeen || hostCandidateLine.test(target.localDescription?.sdp ?? ''))) {
      end('budget');
    }
  };
  const onCandidate = (event: Event) => {
    if (isHostCandidate(event)) hostSeen = true;
    check();
  };
  const onState = () => check();

  target.addEventListener('icecandidate', onCandidate);
  target.addEventListener('icegatheringstatechange', onState);
  const budgetTimer = setTimeout(() => {
    budgetPassed = true;
    check();
  }, budgetMs);
  const ceilingTimer = setTimeout(() => end('ceiling'), budgetMs + iceCeilingExtraMs);

  return {
    settled: () => {
      const settled = new Promise<IceGatheringOutcome>((resolve) => {
        finish = resolve;
        if (outcome !== undefined) resolve(outcome);
      });
      armed = true;
      check();
      return settled;
    },
    cancel: () => end('cancelled'),
  };
}
