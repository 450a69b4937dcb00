// In-dialog requests other than BYE that fail because the connection is down (sip.js's own 503) are
// sent once more after the account registered again; a second failure is the usual refusal (issue #12).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { accountSettingGroups } from '../../../../../src/shared/settings/account-settings';
import { SettingCatalog } from '../../../../../src/main/settings/setting-catalog';
import { useFakeClock } from '../../../../support/fake-clock';
import type { FarEndAnswer } from './scripted-far-end';
import { phoneWithScriptedFarEnd } from './scripted-far-end';

type Phone = Awaited<ReturnType<typeof phoneWithScriptedFarEnd>>;

beforeEach(() => useFakeClock());
afterEach(() => vi.useRealTimers());

const accountDefaults = new SettingCatalog(accountSettingGroups).defaults();
const sipInfoDtmf = (key: string): unknown =>
  key === 'compatibility.dtmfMode' ? 'sipInfo' : accountDefaults[key];

async function answeredCall(
  answers: FarEndAnswer[] = [200],
  options: Parameters<typeof phoneWithScriptedFarEnd>[0] = {},
): Promise<Phone & { id: string }> {
  const phone = await phoneWithScriptedFarEnd(options);
  phone.farEnd.reInviteAnswers = answers;
  phone.farEnd.call();
  await vi.advanceTimersByTimeAsync(20);
  const id = phone.calls.list()[0]?.id ?? '';
  await phone.calls.answer(id);
  await vi.advanceTimersByTimeAsync(20);
  expect(phone.calls.list()[0]?.state).toBe('active');
  return { ...phone, id };
}

/** The server goes away: sending fails and the account reports that it is registering again. */
function connectionLost(phone: Phone): void {
  phone.farEnd.connectionDown = true;
  phone.calls.registrationChanged('acc', 'registering');
}

function registeredAgain(phone: Phone): void {
  phone.farEnd.connectionDown = false;
  phone.calls.registrationChanged('acc', 'registered');
}

function settled<T>(promise: Promise<T>): Promise<T | string> {
  return promise.catch((error: Error) => error.message);
}

function rollbacks(phone: Phone): number {
  return phone.media.methods().filter((name) => name === 'media.rollback').length;
}

describe('CallManager: an in-dialog request sent while the connection is down', () => {
  it('hold: the re-INVITE is sent again once registered again, and the call is held', async () => {
    const phone = await answeredCall();
    connectionLost(phone);
    const holding = settled(phone.calls.hold(phone.id, true));
    await vi.advanceTimersByTimeAsync(1000);
    expect(phone.farEnd.unsent.filter((text) => text.startsWith('INVITE '))).toHaveLength(1);
    expect(phone.calls.list()[0]).toMatchObject({ state: 'active', pending: 'hold' });

    registeredAgain(phone);
    await vi.advanceTimersByTimeAsync(20);
    expect(await holding).toMatchObject({ state: 'held' });
    const [resent] = phone.farEnd.sentRequests('INVITE');
    expect(resent).toMatch(/a=sendonly/);
    // the first offer was rolled back when it could not be sent
    expect(rollbacks(phone)).toBe(1);
  });

  it('hold: when the resent re-INVITE cannot be sent either, the hold fails as a refusal would', async () => {
    const phone = await answeredCall();
    connectionLost(phone);
    const holding = settled(phone.calls.hold(phone.id, true));
    await vi.advanceTimersByTimeAsync(20);
    // registered, but that connection is gone again at once
    phone.calls.registrationChanged('acc', 'registered');
    await vi.advanceTimersByTimeAsync(20);
    expect(await holding).toMatch(/did not accept the hold/);
    // the hold offer twice (then the call's own target refresh, sendrecv, which waits for the next one)
    const holdOffers = phone.farEnd.unsent.filter((text) => /^INVITE [^]*a=sendonly/.test(text));
    expect(holdOffers).toHaveLength(2);
    expect(rollbacks(phone)).toBeGreaterThanOrEqual(2);
    expect(phone.calls.list()[0]).toMatchObject({ state: 'active' });
    expect(phone.calls.list()[0]?.pending).toBeUndefined();
  });

  it('hold: without a new registration within 30 s the hold fails and nothing is sent again', async () => {
    const phone = await answeredCall();
    connectionLost(phone);
    const holding = settled(phone.calls.hold(phone.id, true));
    await vi.advanceTimersByTimeAsync(29_000);
    expect(phone.calls.list()[0]?.pending).toBe('hold');
    await vi.advanceTimersByTimeAsync(1_100);
    expect(await holding).toMatch(/did not accept the hold/);
    expect(phone.farEnd.unsent.filter((text) => text.startsWith('INVITE '))).toHaveLength(1);
    registeredAgain(phone);
    await vi.advanceTimersByTimeAsync(20);
    expect(phone.calls.list()[0]?.state).toBe('active');
  });

  it('hold: a re-INVITE lost with the connection (408 after the outage) is sent again at once', async () => {
    const phone = await answeredCall(['silence', 200]);
    const holding = settled(phone.calls.hold(phone.id, true));
    await vi.advanceTimersByTimeAsync(20);
    phone.calls.registrationChanged('acc', 'registering');
    phone.calls.registrationChanged('acc', 'registered');
    // Timer B: sip.js answers the lost re-INVITE with its own 408 after 32 s
    await vi.advanceTimersByTimeAsync(33_000);
    expect(await holding).toMatchObject({ state: 'held' });
  });

  it('hold: a 480 to the resent re-INVITE (the far end is not registered yet) is tried again 2 s later', async () => {
    const phone = await answeredCall([480, 480, 200]);
    connectionLost(phone);
    const holding = settled(phone.calls.hold(phone.id, true));
    await vi.advanceTimersByTimeAsync(20);
    registeredAgain(phone);
    await vi.advanceTimersByTimeAsync(2000);
    expect(phone.calls.list()[0]?.pending).toBe('hold');
    await vi.advanceTimersByTimeAsync(2100);
    expect(await holding).toMatchObject({ state: 'held' });
    expect(phone.farEnd.sentRequests('INVITE').filter((text) => /a=sendonly/.test(text))).toHaveLength(3);
  });

  it('hold: a 480 without an outage is a refusal, not tried again', async () => {
    const phone = await answeredCall([480, 200]);
    expect(await settled(phone.calls.hold(phone.id, true))).toMatch(/did not accept the hold/);
    expect(phone.farEnd.sentRequests('INVITE')).toHaveLength(1);
  });

  it('resume: sent again after the new registration, and the call is active', async () => {
    const phone = await answeredCall();
    await phone.calls.hold(phone.id, true);
    connectionLost(phone);
    const resuming = settled(phone.calls.hold(phone.id, false));
    await vi.advanceTimersByTimeAsync(20);
    registeredAgain(phone);
    await vi.advanceTimersByTimeAsync(20);
    expect(await resuming).toMatchObject({ state: 'active' });
  });

  it('DTMF by SIP INFO: each key press is sent again after the new registration, in order', async () => {
    const phone = await answeredCall([200], { accountSetting: () => sipInfoDtmf });
    connectionLost(phone);
    const pressing = settled(phone.calls.dtmf(phone.id, '12'));
    await vi.advanceTimersByTimeAsync(20);
    expect(phone.farEnd.sentRequests('INFO')).toHaveLength(0);
    registeredAgain(phone);
    await vi.advanceTimersByTimeAsync(20);
    expect(await pressing).toMatchObject({ state: 'active' });
    const signals = phone.farEnd.sentRequests('INFO').map((text) => /Signal=(\S)/.exec(text)?.[1]);
    expect(signals).toEqual(['1', '2']);
  });
});
