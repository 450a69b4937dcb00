import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultMediaTimeoutMs } from '../../../../../src/main/sip/calls/media-liveness';
import { useFakeClock } from '../../../../support/fake-clock';
import type { FarEndAnswer } from './scripted-far-end';
import { phoneWithScriptedFarEnd } from './scripted-far-end';

type Phone = Awaited<ReturnType<typeof phoneWithScriptedFarEnd>>;

beforeEach(() => useFakeClock());
afterEach(() => vi.useRealTimers());

async function answeredCall(answers: FarEndAnswer[] = [200]): Promise<Phone & { id: string }> {
  const phone = await phoneWithScriptedFarEnd();
  phone.farEnd.reInviteAnswers = answers;
  phone.farEnd.call();
  await vi.advanceTimersByTimeAsync(20);
  const id = phone.calls.list()[0]?.id ?? '';
  await phone.calls.answer(id);
  await vi.advanceTimersByTimeAsync(20);
  return { ...phone, id };
}

function offers(phone: Phone): { hold: boolean; iceRestart?: boolean }[] {
  return phone.media.requests
    .filter((request) => request.method === 'media.getDescription')
    .map((request) => request.params['options'] as { hold: boolean; iceRestart?: boolean });
}

describe('CallManager: media liveness', () => {
  it('ICE failed: restarts ICE with a re-INVITE; media back in time keeps the call', async () => {
    const phone = await answeredCall([200]);
    phone.calls.mediaState(phone.id, 'failed');
    await vi.advanceTimersByTimeAsync(20);
    expect(phone.farEnd.sentRequests('INVITE')).toHaveLength(1);
    expect(offers(phone).at(-1)).toMatchObject({ hold: false, iceRestart: true });

    phone.calls.mediaState(phone.id, 'connected');
    await vi.advanceTimersByTimeAsync(2 * defaultMediaTimeoutMs);
    expect(phone.calls.list()[0]?.state).toBe('active');
    expect(phone.farEnd.sentRequests('BYE')).toHaveLength(0);

    // the restart is not repeated by later offers
    await phone.calls.hold(phone.id, true);
    expect(offers(phone).at(-1)).toEqual(expect.objectContaining({ hold: true }));
    expect(offers(phone).at(-1)?.iceRestart).toBeUndefined();
  });

  it('no media within the media timeout: the call ends as lost, on screen and in the history', async () => {
    const phone = await answeredCall([488]);
    phone.calls.mediaState(phone.id, 'failed');
    await vi.advanceTimersByTimeAsync(defaultMediaTimeoutMs - 100);
    expect(phone.calls.list()[0]?.state).toBe('active');
    // the ICE restart was refused and rolled back; a second "failed" restarts again, not the clock
    expect(phone.media.methods()).toContain('media.rollback');
    phone.calls.mediaState(phone.id, 'failed');

    await vi.advanceTimersByTimeAsync(200);
    expect(phone.calls.list()[0]).toMatchObject({ state: 'ended', end: { reason: 'mediaLost' } });
    expect(phone.history).toHaveLength(1);
    expect(phone.history[0]?.end?.reason).toBe('mediaLost');
    expect(phone.farEnd.sentRequests('BYE')).toHaveLength(1);
    expect(phone.media.methods()).toContain('media.close');
  });

  it('disconnected: no restart (ICE may recover by itself), but the same bound applies', async () => {
    const phone = await answeredCall();
    phone.calls.mediaState(phone.id, 'disconnected');
    await vi.advanceTimersByTimeAsync(10_000);
    phone.calls.mediaState(phone.id, 'connected');
    await vi.advanceTimersByTimeAsync(defaultMediaTimeoutMs);
    expect(phone.calls.list()[0]?.state).toBe('active');

    phone.calls.mediaState(phone.id, 'disconnected');
    await vi.advanceTimersByTimeAsync(defaultMediaTimeoutMs);
    expect(phone.farEnd.sentRequests('INVITE')).toHaveLength(0);
    expect(phone.calls.list()[0]?.end?.reason).toBe('mediaLost');
  });

  it('a call that ended otherwise is not ended again; late reports are ignored', async () => {
    const phone = await answeredCall();
    phone.calls.mediaState(phone.id, 'disconnected');
    await phone.calls.hangup(phone.id);
    await vi.advanceTimersByTimeAsync(defaultMediaTimeoutMs);
    expect(phone.history.map((call) => call.end?.reason)).toEqual(['hangup']);
    expect(phone.calls.mediaState(phone.id, 'failed')).toEqual({});
    expect(phone.calls.mediaState('no-such-call', 'failed')).toEqual({});
    await vi.advanceTimersByTimeAsync(defaultMediaTimeoutMs);
    expect(phone.history).toHaveLength(1);
    expect(phone.farEnd.sentRequests('INVITE')).toHaveLength(0);
  });
});
