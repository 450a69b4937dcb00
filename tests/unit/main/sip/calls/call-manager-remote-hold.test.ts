import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useFakeClock } from '../../../../support/fake-clock';
import { phoneWithScriptedFarEnd } from './scripted-far-end';

beforeEach(() => useFakeClock());
afterEach(() => vi.useRealTimers());

describe('CallManager: the far end holds us', () => {
  it('shows remote hold while its re-INVITE is sendonly and clears it when it sends sendrecv again', async () => {
    const phone = await phoneWithScriptedFarEnd();
    phone.farEnd.call();
    await vi.advanceTimersByTimeAsync(20);
    const id = phone.calls.list()[0]?.id ?? '';
    await phone.calls.answer(id);
    await vi.advanceTimersByTimeAsync(20);
    expect(phone.calls.list()[0]).toMatchObject({ state: 'active', remoteHold: false });

    phone.farEnd.reInvite('sendonly');
    await vi.advanceTimersByTimeAsync(20);
    expect(phone.farEnd.received.at(-1)).toMatch(/^SIP\/2\.0 200 /);
    // the far end's hold is not ours: the call stays active, only the flag says who holds
    expect(phone.calls.list()[0]).toMatchObject({ state: 'active', remoteHold: true });

    phone.farEnd.reInvite('sendrecv');
    await vi.advanceTimersByTimeAsync(20);
    expect(phone.calls.list()[0]).toMatchObject({ state: 'active', remoteHold: false });

    phone.farEnd.reInvite('inactive');
    await vi.advanceTimersByTimeAsync(20);
    expect(phone.calls.list()[0]?.remoteHold).toBe(true);
  });

  it('does not take the far end’s answer to our own hold as its hold', async () => {
    const phone = await phoneWithScriptedFarEnd();
    phone.farEnd.call();
    await vi.advanceTimersByTimeAsync(20);
    const id = phone.calls.list()[0]?.id ?? '';
    await phone.calls.answer(id);
    await vi.advanceTimersByTimeAsync(20);
    await phone.calls.hold(id, true);
    await vi.advanceTimersByTimeAsync(20);
    expect(phone.calls.list()[0]).toMatchObject({ state: 'held', remoteHold: false });
  });
});
