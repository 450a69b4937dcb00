import type { CallView } from '../../shared/contract/calls';
import type { DesktopEvent } from '../../shared/contract/desktop';

/**
 * Derives desktop events from successive `calls.changed` lists: a call seen
 * ringing for the first time is an incoming call; an incoming call that stops
 * ringing (answered, rejected, gone) closes its notification; one that ends as
 * missed is a missed call. Each event fires once per call id.
 */
export class CallEventDeriver {
  private readonly ringing = new Set<string>();
  private readonly finished = new Set<string>();

  next(calls: readonly CallView[]): DesktopEvent[] {
    const out: DesktopEvent[] = [];
    const present = new Set<string>();
    for (const call of calls) {
      present.add(call.id);
      if (call.direction !== 'incoming') continue;
      if (call.state === 'incoming' && !this.ringing.has(call.id) && !this.finished.has(call.id)) {
        this.ringing.add(call.id);
        out.push({
          type: 'incomingCall',
          callId: call.id,
          remoteNumber: call.remoteNumber,
          remoteName: call.remoteName,
        });
        continue;
      }
      if (call.state === 'incoming') continue;
      if (this.ringing.delete(call.id)) out.push({ type: 'incomingCallEnded', callId: call.id });
      if (call.state === 'ended' && !this.finished.has(call.id)) {
        this.finished.add(call.id);
        if (call.end?.reason === 'missed') {
          out.push({
            type: 'missedCall',
            callId: call.id,
            remoteNumber: call.remoteNumber,
            remoteName: call.remoteName,
          });
        }
      }
    }
    for (const callId of [...this.ringing]) {
      if (present.has(callId)) continue;
      this.ringing.delete(callId);
      out.push({ type: 'incomingCallEnded', callId });
    }
    // Ended calls leave the list after a while; forget them then so the set stays small.
    for (const callId of [...this.finished]) if (!present.has(callId)) this.finished.delete(callId);
    return out;
  }
}

/** Calls that make quitting or restarting for an update a loss: anything not ended. */
export function callsInProgress(calls: readonly CallView[]): number {
  return calls.filter((call) => call.state !== 'ended').length;
}
