// The ACK of our 200 to an incoming call never arrives (a proxy killed right after relaying our 200,
// before relaying the ACK) but the caller goes on in the dialog: its re-INVITE proves it has our 200.
// The call must go on too, instead of refusing every later re-INVITE with 500 and ending after the
// 32 s ACK timeout (sip.js, patched in patches/sip.js+0.21.2.patch).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useFakeClock } from '../../../../support/fake-clock';
import { phoneWithScriptedFarEnd } from './scripted-far-end';

beforeEach(() => useFakeClock());
afterEach(() => vi.useRealTimers());

/** Status lines of our answers to the far end's INVITEs, in order. */
function inviteAnswers(received: string[]): string[] {
  return received
    .filter((text) => /^SIP\/2\.0 \d+/.test(text) && /CSeq: \d+ INVITE/.test(text))
    .map((text) => text.split('\r\n')[0]!);
}

describe('an answered call whose first ACK was lost', () => {
  it('takes the caller’s re-INVITE as proof, answers its later re-INVITEs and keeps the call', async () => {
    const phone = await phoneWithScriptedFarEnd();
    phone.farEnd.acksToLose = 1;
    phone.farEnd.call();
    await vi.advanceTimersByTimeAsync(20);
    const id = phone.calls.list()[0]?.id ?? '';
    await phone.calls.answer(id);
    await vi.advanceTimersByTimeAsync(20);

    phone.farEnd.reInvite(); // e.g. a hold: answered, and this time the ACK arrives
    await vi.advanceTimersByTimeAsync(100);
    phone.farEnd.reInvite(); // the resume
    await vi.advanceTimersByTimeAsync(100);
    expect(inviteAnswers(phone.farEnd.received).slice(-2)).toEqual(['SIP/2.0 200 OK', 'SIP/2.0 200 OK']);

    // past the 64*T1 ACK timeout: no BYE, the call is still up
    await vi.advanceTimersByTimeAsync(40_000);
    expect(phone.farEnd.sentRequests('BYE')).toEqual([]);
    expect(phone.calls.list()[0]?.state).toBe('active');
  });

  it('still ends a call whose caller never goes on and never ACKs (RFC 3261 13.3.1.4)', async () => {
    const phone = await phoneWithScriptedFarEnd();
    phone.farEnd.acksToLose = Infinity; // not even for our retransmitted 200s
    phone.farEnd.call();
    await vi.advanceTimersByTimeAsync(20);
    await phone.calls.answer(phone.calls.list()[0]?.id ?? '');
    await vi.advanceTimersByTimeAsync(40_000);
    expect(phone.farEnd.sentRequests('BYE')).toHaveLength(1);
  });
});
