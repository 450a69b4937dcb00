import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useFakeClock } from '../../../../support/fake-clock';
import { phoneWithScriptedFarEnd } from './scripted-far-end';

beforeEach(() => useFakeClock());
afterEach(() => vi.useRealTimers());

describe('CallManager: how a call ended is data, the text only the far end’s reason phrase', () => {
  it('do not disturb refuses with 486 and says so as a cause, not as English text', async () => {
    const phone = await phoneWithScriptedFarEnd({ dnd: () => true });
    phone.farEnd.call();
    await vi.advanceTimersByTimeAsync(20);
    expect(phone.farEnd.received.some((text) => text.startsWith('SIP/2.0 486 '))).toBe(true);
    expect(phone.calls.list()[0]?.end).toEqual({ reason: 'busy', code: 486, cause: 'doNotDisturb' });
  });

  it('an outgoing call that rang and then timed out (480) ends with the cause noAnswer and the phrase', async () => {
    const phone = await phoneWithScriptedFarEnd();
    phone.farEnd.ringOurCalls = true;
    phone.farEnd.reInviteAnswers = [480];
    await phone.calls.dial('2000');
    await vi.advanceTimersByTimeAsync(20);
    expect(phone.calls.list()[0]?.end).toEqual({
      reason: 'failed',
      code: 480,
      text: 'Temporarily Unavailable',
      cause: 'noAnswer',
    });
  });

  it('a 480 before any ringing is not "no answer" (the number is not reachable)', async () => {
    const phone = await phoneWithScriptedFarEnd();
    phone.farEnd.reInviteAnswers = [480];
    await phone.calls.dial('2000');
    await vi.advanceTimersByTimeAsync(20);
    expect(phone.calls.list()[0]?.end).toEqual({
      reason: 'failed',
      code: 480,
      text: 'Temporarily Unavailable',
    });
  });

  it('busy keeps the far end’s phrase as text and adds no cause', async () => {
    const phone = await phoneWithScriptedFarEnd();
    phone.farEnd.ringOurCalls = true;
    phone.farEnd.reInviteAnswers = [486];
    await phone.calls.dial('2000');
    await vi.advanceTimersByTimeAsync(20);
    expect(phone.calls.list()[0]?.end).toEqual({ reason: 'busy', code: 486, text: 'Busy Here' });
  });
});
