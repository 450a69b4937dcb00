import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { sineWav } from '../../support/wav';
import type { KamailioLab } from '../../lab/kamailio';
import { startKamailio } from '../../lab/kamailio';
import { requireLab } from '../../lab/secret-service';
import { TestPhone } from './phone';

describe('call signalling through Kamailio', () => {
  requireLab();
  let lab: KamailioLab;
  let phones: TestPhone[] = [];

  beforeAll(async () => {
    lab = await startKamailio();
  });
  afterAll(async () => {
    await lab?.stop();
  });
  afterEach(async () => {
    await Promise.allSettled(phones.map((p) => p.stop()));
    phones = [];
  });

  async function phone(user: string): Promise<TestPhone> {
    const p = new TestPhone(lab, user);
    phones.push(p);
    await p.start();
    return p;
  }

  it('A calls B, B answers, both hang up cleanly, history on both sides', async () => {
    const a = await phone('1001');
    const b = await phone('1002');
    const dialled = await a.calls.dial('1002');
    expect(dialled).toMatchObject({ direction: 'outgoing', remoteNumber: '1002' });

    const incoming = await b.callIn('incoming');
    expect(incoming.remoteNumber).toBe('1001');
    await a.callIn('ringing');
    expect(b.media.methods()).toContain('media.tone');

    await b.calls.answer(incoming.id);
    await a.callIn('active');
    await b.callIn('active');

    await a.calls.hangup(dialled.id);
    await b.until((calls) => calls[0]?.state === 'ended');
    expect(a.history).toMatchObject([{ direction: 'outgoing', end: { reason: 'hangup' } }]);
    expect(b.history).toMatchObject([{ direction: 'incoming', end: { reason: 'remoteHangup' } }]);
    expect(a.history[0]?.answeredAt).toBeGreaterThan(0);
  });

  it('hold and resume with re-INVITEs; the media engine is asked for a hold offer', async () => {
    const a = await phone('1001');
    const b = await phone('1002');
    const call = await a.calls.dial('1002');
    await b.calls.answer((await b.callIn('incoming')).id);
    await a.callIn('active');

    const holding = a.calls.hold(call.id, true);
    expect(a.calls.list()[0]?.pending).toBe('hold');
    expect((await holding).state).toBe('held');
    const holdOffer = a.media.requests.filter((r) => r.method === 'media.getDescription').at(-1);
    expect((holdOffer?.params['options'] as { hold: boolean }).hold).toBe(true);

    expect((await a.calls.hold(call.id, false)).state).toBe('active');
    await a.calls.hangup(call.id);
  });

  it('DTMF by RFC 4733 through the media engine, or by SIP INFO per account', async () => {
    const a = await phone('1001');
    const b = await phone('1002');
    const call = await a.calls.dial('1002');
    await b.calls.answer((await b.callIn('incoming')).id);
    await a.callIn('active');

    await a.calls.dtmf(call.id, '12#');
    expect(a.media.requests.find((r) => r.method === 'media.sendDtmf')?.params).toMatchObject({
      tones: '12#',
    });
    expect(a.media.requests.filter((r) => r.method === 'media.playDtmfSound')).toHaveLength(3);

    const sentByRtp = a.media.requests.filter((r) => r.method === 'media.sendDtmf').length;
    a.account['compatibility.dtmfMode'] = 'sipInfo';
    await a.calls.dtmf(call.id, '5*');
    expect(a.media.requests.filter((r) => r.method === 'media.sendDtmf')).toHaveLength(sentByRtp);
    const [received] = await b.until((calls) => calls[0]?.receivedDtmf === '5*');
    expect(received?.state).toBe('active');
    await a.calls.hangup(call.id);
  });

  it('call waiting off: a second caller gets 486 Busy Here', async () => {
    const a = await phone('1001');
    const b = await phone('1002');
    const c = await phone('1003');
    b.global['functions.calls.callWaiting'] = false;
    const first = await a.calls.dial('1002');
    await b.calls.answer((await b.callIn('incoming')).id);
    await a.callIn('active');

    const second = await c.calls.dial('1002');
    const [ended] = await c.until((calls) => calls[0]?.state === 'ended');
    expect(ended?.end).toMatchObject({ reason: 'busy', code: 486 });
    expect(c.history[0]).toMatchObject({ id: second.id, end: { code: 486 } });
    expect(b.history).toMatchObject([{ direction: 'incoming', end: { reason: 'busy' } }]);
    await a.calls.hangup(first.id);
  });

  it('do not disturb: the caller gets 486 at once and nothing rings', async () => {
    const a = await phone('1001');
    const b = await phone('1002');
    b.dnd = true;
    const call = await a.calls.dial('1002');
    const [ended] = await a.until((calls) => calls[0]?.state === 'ended');
    expect(ended?.end).toMatchObject({ reason: 'busy', code: 486 });
    expect(b.history).toMatchObject([{ direction: 'incoming', end: { reason: 'busy', code: 486 } }]);
    expect(b.snapshots.flat().some((c) => c.state === 'incoming' && c.end === undefined)).toBe(false);
    expect(b.media.methods()).not.toContain('media.tone');
    expect(a.history[0]?.id).toBe(call.id);
  });

  it('caller ID: the address book names the caller at once, a directory names the callee later', async () => {
    const a = await phone('1001');
    const b = await phone('1002');
    b.addressBook.set('1001', 'Anna Address-Book');
    a.directory.set('1002', 'Bernd Directory');
    await a.calls.dial('1002');
    const incoming = await b.callIn('incoming');
    expect(incoming.contact?.name).toBe('Anna Address-Book');
    const [named] = await a.until((calls) => calls[0]?.contact?.name === 'Bernd Directory');
    expect(named?.contact?.sourceId).toBe('ldap:dir');
    await b.calls.reject(incoming.id);
    await a.until((calls) => calls[0]?.state === 'ended');
    expect(a.history[0]?.contact?.name).toBe('Bernd Directory');
  });

  it('call waiting on: the second call rings, answering it holds the first', async () => {
    const a = await phone('1001');
    const b = await phone('1002');
    const c = await phone('1003');
    await a.calls.dial('1002');
    const first = await b.callIn('incoming');
    await b.calls.answer(first.id);
    await b.callIn('active');

    await c.calls.dial('1002');
    const waiting = await b.until((calls) => calls.filter((x) => x.state === 'incoming').length === 1);
    const second = waiting.find((x) => x.state === 'incoming')!;
    await b.calls.answer(second.id);
    const both = await b.until(
      (calls) => calls.some((x) => x.state === 'held') && calls.some((x) => x.state === 'active'),
    );
    expect(both.find((x) => x.id === first.id)?.state).toBe('held');
    expect(both.find((x) => x.id === second.id)?.state).toBe('active');
  });

  it('reject gives the caller 603 Decline', async () => {
    const a = await phone('1001');
    const b = await phone('1002');
    await a.calls.dial('1002');
    await b.calls.reject((await b.callIn('incoming')).id);
    const [ended] = await a.until((calls) => calls[0]?.state === 'ended');
    expect(ended?.end).toMatchObject({ reason: 'rejected', code: 603 });
    expect(b.history[0]?.end?.reason).toBe('rejected');
  });

  it('cancel before answer: the callee records a missed call', async () => {
    const a = await phone('1001');
    const b = await phone('1002');
    const call = await a.calls.dial('1002');
    await b.callIn('incoming');
    await a.callIn('ringing');
    await a.calls.hangup(call.id);
    await b.until((calls) => calls[0]?.state === 'ended');
    await a.until((calls) => calls[0]?.state === 'ended');
    expect(a.history[0]?.end?.reason).toBe('cancelled');
    expect(b.history[0]?.end?.reason).toBe('missed');
    // Tones stop with the call.
    const tones = b.media.requests.filter((r) => r.method === 'media.tone');
    expect(tones.at(-1)?.params['play']).toBe(false);
  });

  it('an unknown or unregistered number fails with the SIP code', async () => {
    const a = await phone('1001');
    await a.calls.dial('1003');
    const [ended] = await a.until((calls) => calls[0]?.state === 'ended');
    expect(ended?.end).toMatchObject({ reason: 'failed', code: 480 });
  });

  it('a dial string with letters is refused before anything is sent', async () => {
    const a = await phone('1001');
    await expect(a.calls.dial('10O2')).rejects.toMatchObject({ code: 'VALIDATION', field: 'target' });
    expect(a.calls.list()).toEqual([]);
  });

  it('an answer with plain RTP ends our call with the reason and a BYE, before the engine sees it', async () => {
    const a = await phone('1001');
    const b = await phone('1002');
    b.media.plainRtp = true;
    await a.calls.dial('1002');
    const incoming = await b.callIn('incoming');
    await b.calls.answer(incoming.id);
    const [ended] = await a.until((calls) => calls[0]?.state === 'ended');
    expect(ended?.end).toMatchObject({ reason: 'failed', code: 488, incompatible: 'noEncryption' });
    expect(a.history).toEqual([expect.objectContaining({ end: ended?.end })]);
    expect(a.media.methods()).not.toContain('media.setDescription');
    // the BYE reached B: its answered call ends as the other side hanging up
    const [over] = await b.until((calls) => calls[0]?.state === 'ended');
    expect(over?.end?.reason).toBe('remoteHangup');
  });

  it('the history is written when a call is dialled, rings and is answered, not only at the end', async () => {
    const a = await phone('1001');
    const b = await phone('1002');
    await a.calls.dial('1002');
    const incoming = await b.callIn('incoming');
    expect(a.historyWrites.map((c) => c.state)).toEqual(['dialing']);
    expect(b.historyWrites.map((c) => c.state)).toEqual(['incoming']);
    await b.calls.answer(incoming.id);
    await a.callIn('active');
    await b.callIn('active');
    expect(b.historyWrites.map((c) => c.state)).toEqual(['incoming', 'active']);
    await a.until(() => a.historyWrites.length === 2);
    expect(a.historyWrites.map((c) => c.state)).toEqual(['dialing', 'active']);
  });

  it('an offer the media engine rejects ends the call with an error response, not a stuck call', async () => {
    const a = await phone('1001');
    const b = await phone('1002');
    b.media.rejectNextRemote = 'Failed to set remote offer sdp: Invalid SDP line';
    await a.calls.dial('1002');
    const incoming = await b.callIn('incoming');
    await expect(b.calls.answer(incoming.id)).rejects.toThrow(/Invalid SDP/);
    const [ended] = await a.until((calls) => calls[0]?.state === 'ended');
    expect(ended?.end?.code).toBeGreaterThanOrEqual(400);
    await b.until((calls) => calls[0]?.state === 'ended');
  });

  it('rings with the account ringtone file on the ringer device, and the PC speaker when chosen', async () => {
    const a = await phone('1001');
    const b = await phone('1002');
    const dir = mkdtempSync(join(tmpdir(), 'ring tone-'));
    b.account['functions.customRingtone'] = join(dir, 'ring tone.wav');
    writeFileSync(join(dir, 'ring tone.wav'), sineWav(900, 0.05));
    b.global['media.audio.ringerDevice'] = 'usb-ringer';
    b.global['media.audio.ringThroughPcSpeaker'] = true;
    const call = await a.calls.dial('1002');
    await b.callIn('incoming');
    // main reads the file and sends its bytes (the renderer never gets a file:// URL)
    await vi.waitFor(() => {
      const ring = b.media.requests.find((r) => r.method === 'media.tone' && r.params['play'] === true);
      expect(ring?.params).toMatchObject({
        tone: 'ringtone',
        deviceIds: ['usb-ringer', 'default'],
        ringtone: { mime: 'audio/wav', base64: sineWav(900, 0.05).toString('base64') },
      });
    });
    await a.calls.hangup(call.id);
    rmSync(dir, { recursive: true, force: true });
  });

  it('to voicemail while ringing: the caller is redirected (302) and calls the voicemail', async () => {
    const a = await phone('1001');
    const b = await phone('1002');
    const voicemail = await phone('1003');
    b.account['extensions.voicemailTransferNumber'] = '1003';
    await a.calls.dial('1002');
    await b.calls.toVoicemail((await b.callIn('incoming')).id);
    const atVoicemail = await voicemail.callIn('incoming');
    expect(atVoicemail.remoteNumber).toBe('1001');
    expect(a.history[0]).toMatchObject({ end: { reason: 'forwarded', code: 302 } });
    expect(b.history[0]).toMatchObject({ direction: 'incoming', end: { reason: 'forwarded' } });
    await voicemail.calls.answer(atVoicemail.id);
    await a.callIn('active');
  });

  it('to voicemail when answered: the caller is transferred (REFER) and our leg ends', async () => {
    const a = await phone('1001');
    const b = await phone('1002');
    const voicemail = await phone('1003');
    b.account['extensions.voicemailTransferNumber'] = '1003';
    await a.calls.dial('1002');
    const call = await b.callIn('incoming');
    await b.calls.answer(call.id);
    await b.callIn('active');
    await b.calls.toVoicemail(call.id);
    const atVoicemail = await voicemail.callIn('incoming');
    expect(atVoicemail.remoteNumber).toBe('1001');
    await b.until((calls) => calls.find((c) => c.id === call.id)?.state === 'ended');
    expect(b.history[0]).toMatchObject({ end: { reason: 'transferred' } });
  });

  it('to voicemail without a voicemail number says what to set', async () => {
    const a = await phone('1001');
    const b = await phone('1002');
    await a.calls.dial('1002');
    const call = await b.callIn('incoming');
    await expect(b.calls.toVoicemail(call.id)).rejects.toThrow(/Preconfigured extensions/);
    expect(b.calls.list()[0]?.state).toBe('incoming');
  });
});
