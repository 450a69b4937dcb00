import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useFakeClock } from '../../../../support/fake-clock';
import type { FarEndAnswer } from './scripted-far-end';
import { phoneWithScriptedFarEnd } from './scripted-far-end';

type Phone = Awaited<ReturnType<typeof phoneWithScriptedFarEnd>>;

beforeEach(() => useFakeClock());
afterEach(() => vi.useRealTimers());

/** The far end calls, we answer; its re-INVITE answers follow the script. */
async function answeredCall(answers: FarEndAnswer[]): Promise<Phone & { id: string }> {
  const phone = await phoneWithScriptedFarEnd();
  phone.farEnd.reInviteAnswers = answers;
  phone.farEnd.call();
  await vi.advanceTimersByTimeAsync(20);
  const id = phone.calls.list()[0]?.id ?? '';
  await phone.calls.answer(id);
  await vi.advanceTimersByTimeAsync(20);
  expect(phone.calls.list()[0]?.state).toBe('active');
  return { ...phone, id };
}

function count(phone: Phone, method: string): number {
  return phone.media.methods().filter((name) => name === method).length;
}

/** The hold flag of the answer our phone gives the far end's next re-INVITE offer. */
async function holdInNextAnswer(phone: Phone): Promise<boolean | undefined> {
  const before = phone.media.requests.length;
  phone.farEnd.reInvite();
  await vi.advanceTimersByTimeAsync(20);
  const answer = phone.media.requests
    .slice(before)
    .filter((request) => request.method === 'media.getDescription')
    .at(-1);
  expect(phone.farEnd.received.at(-1)).toMatch(/^SIP\/2\.0 200 /);
  return (answer?.params['options'] as { hold: boolean } | undefined)?.hold;
}

describe('CallManager: a refused or failed hold/resume re-INVITE rolls the media back', () => {
  const refusals: { name: string; answers: FarEndAnswer[]; wait: number; reInvites: number }[] = [
    { name: '488 Not Acceptable Here', answers: [488], wait: 0, reInvites: 1 },
    { name: '491 Request Pending, and again on both retries', answers: [491], wait: 2000, reInvites: 3 },
    { name: '500 Server Internal Error', answers: [500], wait: 0, reInvites: 1 },
    {
      name: 'no answer (the INVITE transaction times out)',
      answers: ['silence'],
      wait: 33_000,
      reInvites: 1,
    },
  ];

  for (const { name, answers, wait, reInvites } of refusals) {
    it(`hold refused with ${name}: the offer is rolled back and the call stays active`, async () => {
      const phone = await answeredCall(answers);
      const holding = phone.calls.hold(phone.id, true).then(
        () => 'accepted',
        (error: Error) => error.message,
      );
      await vi.advanceTimersByTimeAsync(wait);
      expect(await holding).toMatch(/did not accept the hold/);

      expect(phone.farEnd.sentRequests('INVITE')).toHaveLength(reInvites);
      expect(count(phone, 'media.rollback')).toBe(reInvites);
      expect(phone.calls.list()[0]).toMatchObject({ state: 'active' });
      expect(phone.calls.list()[0]?.pending).toBeUndefined();
      // both sides still have sendrecv: the far end's next offer is answered without hold
      phone.farEnd.reInviteAnswers = [200];
      expect(await holdInNextAnswer(phone)).toBe(false);
    });
  }

  it('resume refused: the call stays held and the next answer still holds', async () => {
    const phone = await answeredCall([200, 488]);
    await phone.calls.hold(phone.id, true);
    expect(phone.calls.list()[0]?.state).toBe('held');
    expect(count(phone, 'media.rollback')).toBe(0);

    await expect(phone.calls.hold(phone.id, false)).rejects.toThrow(/did not accept the resume/);
    expect(count(phone, 'media.rollback')).toBe(1);
    expect(phone.calls.list()[0]?.state).toBe('held');
    expect(await holdInNextAnswer(phone)).toBe(true);
  });

  it('a 491 followed by 200 holds the call after one rollback', async () => {
    const phone = await answeredCall([491, 200]);
    const holding = phone.calls.hold(phone.id, true);
    await vi.advanceTimersByTimeAsync(1000);
    expect((await holding).state).toBe('held');
    expect(count(phone, 'media.rollback')).toBe(1);
    expect(await holdInNextAnswer(phone)).toBe(true);
  });
});
