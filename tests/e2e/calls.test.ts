import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { KamailioLab } from '../lab/kamailio';
import { startKamailio } from '../lab/kamailio';
import { requireLab } from '../lab/secret-service';
import { makeTempDir } from '../support/temp-dir';
import { measureRemoteAudio } from './support/audio-probe';
import { PhoneSession } from './support/phone-session';
import { stopAll } from './support/web-shell-process';

const toneA = 440;
const toneB = 880;

/** The states of the calls on screen (each call panel's data-state), ended ones included. */
async function callStates(page: Page): Promise<string[]> {
  const states = await page.evaluate(
    `[...document.querySelectorAll('[data-testid^="call-state-"]')].map((e) => e.dataset.state)`,
  );
  return states as string[];
}

/** The state of the call that is not over yet, or 'ended' when every call on screen has ended. */
async function callState(page: Page): Promise<string> {
  const states = await callStates(page);
  return states.find((s) => s !== 'ended') ?? (states.length > 0 ? 'ended' : 'none');
}

async function expectTone(page: Page, frequencyHz: number): Promise<void> {
  await expect
    .poll(async () => Math.abs((await measureRemoteAudio(page)).frequencyHz - frequencyHz), {
      timeout: 10_000,
    })
    .toBeLessThan(30);
}

async function expectSilence(page: Page): Promise<void> {
  await expect
    .poll(async () => (await measureRemoteAudio(page)).levelDb, { timeout: 10_000 })
    .toBeLessThan(-70);
}

describe('two phones calling through Kamailio', () => {
  requireLab();
  const temp = makeTempDir('softphone-e2e-calls-');
  let lab: KamailioLab;
  let a: PhoneSession;
  let b: PhoneSession;

  beforeAll(async () => {
    lab = await startKamailio();
    a = new PhoneSession('A', '1001', toneA, temp.dir);
    b = new PhoneSession('B', '1002', toneB, temp.dir);
    await Promise.all([a.start(lab), b.start(lab)]);
  });
  afterAll(async () => {
    await stopAll([a?.stop(), b?.stop()]);
    await lab?.stop();
    temp.cleanup();
  });
  afterEach(async () => {
    for (const phone of [a, b]) {
      for (const call of await phone.client.request('calls.list', {})) {
        if (call.state !== 'ended')
          await phone.client.request('calls.hangup', { callId: call.id }).catch(() => undefined);
      }
    }
    await expect
      .poll(async () => (await a.client.request('calls.list', {})).every((c) => c.state === 'ended'))
      .toBe(true);
    await expect
      .poll(async () => (await b.client.request('calls.list', {})).every((c) => c.state === 'ended'))
      .toBe(true);
  });

  async function connectCall(): Promise<void> {
    await a.page.getByTestId('search-input').fill('1002');
    await a.page.getByTestId('call-button').click();
    await b.page.getByTestId('incoming-accept').click();
    await expect.poll(() => callState(a.page)).toBe('active');
    await expect.poll(() => callState(b.page)).toBe('active');
  }

  it('A calls B, B answers, each hears the other; hold stops the audio and resume brings it back', async () => {
    await connectCall();
    await expectTone(a.page, toneB);
    await expectTone(b.page, toneA);

    await a.page.getByTestId('call-hold').click();
    await expect.poll(() => callState(a.page)).toBe('held');
    await expectSilence(a.page);
    await expectSilence(b.page);

    await a.page.getByTestId('call-hold').click();
    await expect.poll(() => callState(a.page)).toBe('active');
    await expectTone(a.page, toneB);
    await expectTone(b.page, toneA);

    await a.page.getByTestId('call-hangup').click();
    await expect.poll(() => callState(b.page)).toBe('ended');
    expect(await callStates(b.page)).toContain('ended');
  });

  it('DTMF from the call keypad arrives at the peer (SIP INFO account)', async () => {
    await a.client.request('accounts.update', {
      id: a.accountId,
      settings: { 'compatibility.dtmfMode': 'sipInfo' },
    });
    await a.waitUntilRegistered();
    await connectCall();
    await a.page.getByTestId('call-keypad-toggle').click();
    for (const key of ['1', '2', 'hash']) await a.page.getByTestId(`call-dtmf-${key}`).click();
    await expect
      .poll(
        async () =>
          (await b.client.request('calls.list', {})).find((c) => c.state === 'active')?.receivedDtmf,
      )
      .toBe('12#');
    await a.client.request('accounts.update', {
      id: a.accountId,
      settings: { 'compatibility.dtmfMode': 'rfc4733' },
    });
    await a.waitUntilRegistered();
  });

  it('B rejects: A sees the call declined', async () => {
    await a.page.getByTestId('search-input').fill('1002');
    await a.page.getByTestId('call-button').click();
    await b.page.getByTestId('incoming-reject').click();
    await expect.poll(() => a.page.getByTestId('call-end-reason').textContent()).toBe('Declined');
    expect(await a.page.getByTestId('call-end-detail').textContent()).toMatch(/^SIP 603\b/);
  });

  it('A cancels before B answers: B has a missed call in Recent', async () => {
    await a.page.getByTestId('search-input').fill('1002');
    await a.page.getByTestId('call-button').click();
    await expect.poll(() => b.page.getByTestId('incoming-accept').isVisible()).toBe(true);
    await a.page.getByTestId('call-hangup').click();
    await expect.poll(() => b.page.getByTestId('incoming-accept').isVisible()).toBe(false);
    await b.page.getByTestId('tab-recent').click();
    await expect
      .poll(() => b.page.locator('[data-testid^="history-row-"][data-result="missed"]').count())
      .toBeGreaterThan(0);
  });

  it('B busy with call waiting off: C sees Busy, with 486 in the details', async () => {
    const c = new PhoneSession('C', '1003', 660, temp.dir);
    await c.start(lab);
    try {
      await b.client.request('settings.set', { key: 'functions.calls.callWaiting', value: false });
      await connectCall();
      await c.page.getByTestId('search-input').fill('1002');
      await c.page.getByTestId('call-button').click();
      await expect.poll(() => c.page.getByTestId('call-end-reason').textContent()).toBe('Busy');
      expect(await c.page.getByTestId('call-end-detail').textContent()).toMatch(/^SIP 486\b/);
    } finally {
      await b.client.request('settings.set', { key: 'functions.calls.callWaiting', value: true });
      await c.stop();
    }
  });

  it('writes correct history rows on both sides', async () => {
    const historyA = await a.client.request('history.list', {});
    const historyB = await b.client.request('history.list', {});
    expect(historyA.map((h) => h.result)).toEqual(
      expect.arrayContaining(['answered', 'failed', 'cancelled']),
    );
    expect(historyB.map((h) => h.result)).toEqual(expect.arrayContaining(['answered', 'rejected', 'missed']));
    expect(historyA.find((h) => h.sipCode === 603)).toMatchObject({
      direction: 'outgoing',
      remoteNumber: '1002',
    });
    expect(historyB.find((h) => h.result === 'missed')).toMatchObject({
      direction: 'incoming',
      remoteNumber: '1001',
    });
  });
});
