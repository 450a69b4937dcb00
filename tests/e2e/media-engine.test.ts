import { createSocket } from 'node:dgram';
import type { Socket } from 'node:dgram';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mediaNames } from '../../src/shared/contract';
import { makeTempDir } from '../support/temp-dir';
import { buildMediaPage, makeToneWav, serveStatic } from './media/media-page';
import type { Heard } from './media/media-party';
import { MediaParty, median, negotiate, sessionOptions } from './media/media-party';
import { launchChromium } from './support/browser';

/** Each browser's fake microphone plays its own tone, so each side can tell what it receives. */
const toneA = 440;
const toneB = 880;
const toleranceHz = 30;

const hears = (frequency: number) => (sample: Heard) =>
  Math.abs(sample.peakHz - frequency) <= toleranceHz && sample.rms > 0.05;
const silent = (sample: Heard) => sample.rms < 0.01;

/** The first payload type on the m=audio line, mapped through its a=rtpmap. */
function firstCodec(sdp: string): string | undefined {
  const payloadType = /^m=audio \d+ \S+ (\d+)/m.exec(sdp)?.[1];
  return new RegExp(`^a=rtpmap:${payloadType} ([^/\\s]+)`, 'm').exec(sdp)?.[1];
}

describe('the media engine in Chromium', () => {
  const temp = makeTempDir('softphone-media-e2e-');
  const closers: Array<() => Promise<void>> = [];
  let a: MediaParty;
  let b: MediaParty;
  /** A second engine in A's page, for calls that need no distinct tones. */
  let a2: MediaParty;

  beforeAll(async () => {
    const wavA = join(temp.dir, 'a-440.wav');
    const wavB = join(temp.dir, 'b-880.wav');
    await Promise.all([makeToneWav(wavA, toneA), makeToneWav(wavB, toneB)]);
    const outDir = join(temp.dir, 'page');
    await buildMediaPage(outDir);
    const server = await serveStatic(outDir);
    closers.push(server.close);
    const open = async (wav: string) => {
      const chromium = await launchChromium({ fakeAudioFile: wav });
      closers.push(chromium.close);
      const page = await chromium.browser.newPage();
      await page.goto(server.url);
      return page;
    };
    const [pageA, pageB] = await Promise.all([open(wavA), open(wavB)]);
    a = new MediaParty(pageA, 'a');
    a2 = new MediaParty(pageA, 'b');
    b = new MediaParty(pageB, 'b');
    await Promise.all([a.ready(), b.ready()]);
  });

  afterAll(async () => {
    for (const close of closers.reverse()) await close().catch(() => undefined);
    temp.cleanup();
  });

  it('registers a handler for every media request', async () => {
    expect(await a.handlerNames()).toEqual([...mediaNames].sort());
  });

  it('lists audio devices', async () => {
    const { devices } = await a.call('media.listDevices', {});
    expect(devices.length).toBeGreaterThan(0);
    expect(devices.every((device) => device.kind === 'audioinput' || device.kind === 'audiooutput')).toBe(
      true,
    );
  });

  describe('a call between two browsers', () => {
    const callId = 'call-ab';

    it("each side hears the other side's tone", async () => {
      const { offer, answer, offerMs, answerMs } = await negotiate(callId, a, b);
      console.log(
        `first offer ${offerMs.toFixed(0)} ms (with getUserMedia), answer ${answerMs.toFixed(0)} ms`,
      );
      expect(offer).toMatch(/^a=candidate:.* typ host/m);
      const atB = await b.listenUntil(callId, hears(toneA));
      const atA = await a.listenUntil(callId, hears(toneB));
      console.log(
        `B hears ${atB.peakHz.toFixed(0)} Hz rms ${atB.rms.toFixed(3)}; A hears ${atA.peakHz.toFixed(0)} Hz`,
      );
      expect(Math.abs(atB.peakHz - toneA)).toBeLessThanOrEqual(toleranceHz);
      expect(Math.abs(atA.peakHz - toneB)).toBeLessThanOrEqual(toleranceHz);
      expect(atB.rms).toBeGreaterThan(0.05);
      expect(answer).toMatch(/a=sendrecv/);
    });

    it('hold silences what B receives and resume brings the tone back', async () => {
      const held = await negotiate(callId, a, b, sessionOptions({ hold: true }));
      expect(held.offer).toMatch(/^a=sendonly/m);
      expect(held.answer).toMatch(/^a=recvonly/m);
      const duringHold = await b.listenUntil(callId, silent);
      console.log(`B during hold: rms ${duringHold.rms.toFixed(4)}`);
      expect(duringHold.rms).toBeLessThan(0.01);

      const resumed = await negotiate(callId, a, b, sessionOptions({ hold: false }));
      expect(resumed.offer).toMatch(/^a=sendrecv/m);
      const afterResume = await b.listenUntil(callId, hears(toneA));
      expect(Math.abs(afterResume.peakHz - toneA)).toBeLessThanOrEqual(toleranceHz);
      expect(afterResume.rms).toBeGreaterThan(0.05);
    });

    it('offers "inactive" when both sides hold', async () => {
      await negotiate(callId, b, a, sessionOptions({ hold: true }));
      const both = await negotiate(
        callId,
        a,
        b,
        sessionOptions({ hold: true }),
        sessionOptions({ hold: true }),
      );
      expect(both.offer).toMatch(/^a=inactive/m);
      await negotiate(callId, a, b);
      expect(Math.abs((await b.listenUntil(callId, hears(toneA))).peakHz - toneA)).toBeLessThanOrEqual(
        toleranceHz,
      );
      expect(Math.abs((await a.listenUntil(callId, hears(toneB))).peakHz - toneB)).toBeLessThanOrEqual(
        toleranceHz,
      );
    });

    it('mute silences what the other side receives, unmute restores it', async () => {
      await a.call('media.setMuted', { callId, muted: true });
      expect((await b.listenUntil(callId, silent)).rms).toBeLessThan(0.01);
      await a.call('media.setMuted', { callId, muted: false });
      expect((await b.listenUntil(callId, hears(toneA))).rms).toBeGreaterThan(0.05);
    });

    it('sends DTMF as RFC 4733 events that both SDPs negotiated', async () => {
      const { offer, answer } = await negotiate(callId, a, b);
      expect(offer).toMatch(/a=rtpmap:\d+ telephone-event\//);
      expect(answer).toMatch(/a=rtpmap:\d+ telephone-event\//);
      expect(await a.call('media.sendDtmf', { callId, tones: '123#', durationMs: 100 })).toEqual({
        sent: true,
      });
      expect(await b.call('media.sendDtmf', { callId, tones: '*0', durationMs: 40 })).toEqual({ sent: true });
    });

    it('reports call statistics', async () => {
      await a.call('media.getStats', { callId });
      await new Promise((done) => setTimeout(done, 1000));
      const stats = await a.call('media.getStats', { callId });
      console.log('stats', JSON.stringify(stats));
      expect(stats.codec).toBe('opus');
      expect(stats.bitrateKbps).toBeGreaterThan(5);
      expect(stats.packetsLost).toBeGreaterThanOrEqual(0);
      expect(stats.packetLossPercent ?? 0).toBeLessThan(5);
      expect(stats.jitterMs).toBeGreaterThanOrEqual(0);
      expect(stats.roundTripMs).toBeGreaterThanOrEqual(0);
    });

    it('switches devices by replacing the track, and the call keeps its audio', async () => {
      const { devices } = await a.call('media.listDevices', {});
      const input = devices.find((device) => device.kind === 'audioinput' && device.deviceId !== 'default');
      expect(input).toBeDefined();
      await a.call('media.setDevices', { callId, inputDeviceId: input!.deviceId, outputDeviceId: 'default' });
      expect(Math.abs((await b.listenUntil(callId, hears(toneA))).peakHz - toneA)).toBeLessThanOrEqual(
        toleranceHz,
      );
    });

    it('refuses a garbage answer to a re-offer, and the call keeps working', async () => {
      await a.call('media.getDescription', { callId, options: sessionOptions() });
      await expect(
        a.call('media.setDescription', { callId, sdp: 'garbage', options: sessionOptions() }),
      ).rejects.toThrow(/remote SDP answer was not accepted/);
      await negotiate(callId, a, b);
      expect(Math.abs((await b.listenUntil(callId, hears(toneA))).peakHz - toneA)).toBeLessThanOrEqual(
        toleranceHz,
      );
    });

    it('tells main when the ICE connection is up', async () => {
      expect(await a.mainRequests()).toContainEqual({
        method: 'calls.mediaState',
        params: { callId, state: 'connected' },
      });
    });

    it('rolls back a hold offer that was refused: the next remote offer is answered sendrecv', async () => {
      const { sdp } = await a.call('media.getDescription', {
        callId,
        options: sessionOptions({ hold: true }),
      });
      expect(sdp).toMatch(/^a=sendonly/m);
      await a.call('media.rollback', { callId });
      // nothing left to withdraw: a second rollback (and one for an unknown call) does nothing
      await a.call('media.rollback', { callId });
      await a.call('media.rollback', { callId: 'no-such-call' });
      // B's re-INVITE offer: without the rollback A would take it for the answer to its sendonly offer
      const reOffer = await negotiate(callId, b, a);
      expect(reOffer.answer).toMatch(/^a=sendrecv/m);
      expect(Math.abs((await b.listenUntil(callId, hears(toneA))).peakHz - toneA)).toBeLessThanOrEqual(
        toleranceHz,
      );
      expect(Math.abs((await a.listenUntil(callId, hears(toneB))).peakHz - toneB)).toBeLessThanOrEqual(
        toleranceHz,
      );
    });

    it('offers new ICE credentials for an ICE restart, and the call keeps its audio', async () => {
      const ufrag = (sdp: string) => /^a=ice-ufrag:(\S+)/m.exec(sdp)?.[1];
      const before = await negotiate(callId, a, b);
      const restarted = await negotiate(callId, a, b, sessionOptions({ iceRestart: true }));
      expect(ufrag(restarted.offer)).toBeDefined();
      expect(ufrag(restarted.offer)).not.toBe(ufrag(before.offer));
      expect(Math.abs((await b.listenUntil(callId, hears(toneA))).peakHz - toneA)).toBeLessThanOrEqual(
        toleranceHz,
      );
    });

    it('close is idempotent and releases the call', async () => {
      await a.call('media.close', { callId });
      await a.call('media.close', { callId });
      await b.call('media.close', { callId });
      expect(await a.audioElementCount()).toBe(0);
      await expect(a.call('media.getStats', { callId })).rejects.toThrow(/no media for call call-ab/);
      await expect(a.call('media.sendDtmf', { callId, tones: '1', durationMs: 100 })).rejects.toThrow(
        /no media/,
      );
    });
  });

  it('negotiates PCMU when it is the only codec chosen', async () => {
    const callId = 'call-pcmu';
    const pcmu = sessionOptions({ codecs: ['pcmu'] });
    const { offer, answer } = await negotiate(callId, a, b, pcmu, pcmu);
    expect(firstCodec(offer)).toBe('PCMU');
    expect(offer).not.toMatch(/opus/);
    expect(offer).toMatch(/telephone-event\/8000/);
    expect(firstCodec(answer)).toBe('PCMU');
    expect(Math.abs((await b.listenUntil(callId, hears(toneA))).peakHz - toneA)).toBeLessThanOrEqual(
      toleranceHz,
    );
    let stats = await a.call('media.getStats', { callId });
    for (let tries = 0; stats.codec === undefined && tries < 20; tries++) {
      await new Promise((done) => setTimeout(done, 100));
      stats = await a.call('media.getStats', { callId });
    }
    expect(stats.codec).toBe('PCMU');
    expect((await b.call('media.getStats', { callId })).codec).toBe('PCMU');
    await a.call('media.close', { callId });
    await b.call('media.close', { callId });
  });

  it('refuses an offer without any enabled codec instead of answering without audio', async () => {
    const callId = 'call-no-common-codec';
    const { result } = await a2.timed('media.getDescription', {
      callId,
      options: sessionOptions({ codecs: ['pcma'] }),
    });
    const before = await b.audioElementCount();
    await expect(
      b.call('media.setDescription', {
        callId,
        sdp: result.sdp,
        options: sessionOptions({ codecs: ['opus'] }),
      }),
    ).rejects.toThrow(/none of the enabled codecs \(offered: pcma, .*; enabled: opus\)/);
    await expect(b.call('media.getStats', { callId })).rejects.toThrow(/no media for call/);
    expect(await b.audioElementCount()).toBe(before);
    await a2.call('media.close', { callId });
  });

  describe('bounded ICE gathering', () => {
    let blackHole: Socket;
    let blackHolePort: number;

    beforeAll(async () => {
      // A UDP port on loopback that swallows STUN requests: a STUN server that never answers.
      blackHole = createSocket('udp4');
      await new Promise<void>((done) => blackHole.bind(0, '127.0.0.1', done));
      blackHolePort = blackHole.address().port;
    });
    afterAll(() => blackHole.close());

    const timeOffers = async (label: string, urls: string | undefined, budgetMs: number, runs = 5) => {
      const times: number[] = [];
      for (let run = 0; run < runs; run++) {
        const callId = `ice-${label}-${run}`;
        const options = sessionOptions({
          iceServers: urls === undefined ? [] : [{ urls }],
          iceGatheringBudgetMs: budgetMs,
        });
        const { result, ms } = await a2.timed('media.getDescription', { callId, options });
        expect(result.sdp).toMatch(/^a=candidate:.* typ host/m);
        times.push(ms);
        await a2.call('media.close', { callId });
      }
      console.log(
        `getDescription ${label}, budget ${budgetMs} ms: median ${median(times).toFixed(0)} ms`,
        times.map((ms) => Math.round(ms)),
      );
      return times;
    };

    it('sends the offer within the budget when the STUN server is unreachable', async () => {
      await timeOffers('no STUN', undefined, 300);
      const closedPort = await timeOffers(
        'STUN on a closed port (stun:127.0.0.1:9)',
        'stun:127.0.0.1:9',
        300,
      );
      const silentServer = await timeOffers(
        'STUN that never answers',
        `stun:127.0.0.1:${blackHolePort}`,
        300,
      );
      for (const ms of [...closedPort, ...silentServer]) expect(ms).toBeLessThan(2000);
      await timeOffers('STUN that never answers', `stun:127.0.0.1:${blackHolePort}`, 0);
    });
  });

  it('rejects a garbage SDP clearly and leaves nothing behind; the next call works', async () => {
    const before = await b.audioElementCount();
    await expect(
      b.call('media.setDescription', {
        callId: 'call-bad',
        sdp: 'v=0\r\nthis is not sdp\r\n',
        options: sessionOptions(),
      }),
    ).rejects.toThrow(/remote SDP offer was not accepted/);
    await expect(b.call('media.getStats', { callId: 'call-bad' })).rejects.toThrow(
      /no media for call call-bad/,
    );
    expect(await b.audioElementCount()).toBe(before);

    const callId = 'call-after-bad';
    await negotiate(callId, a, b);
    expect(Math.abs((await b.listenUntil(callId, hears(toneA))).peakHz - toneA)).toBeLessThanOrEqual(
      toleranceHz,
    );
    await a.call('media.close', { callId });
    await b.call('media.close', { callId });
  });

  it('plays ringback, busy and the ringtone at their frequencies, and stops them', async () => {
    const play = (
      key: string,
      tone: 'ringback' | 'busy' | 'callWaiting' | 'ringtone',
      deviceIds: string[] = [],
    ) => a.call('media.tone', { key, tone, play: true, deviceIds });
    const stop = (key: string) => a.call('media.tone', { key, tone: 'ringback', play: false, deviceIds: [] });

    await play('ringback', 'ringback', ['default']);
    const ringback = await a.listenToTones();
    console.log(`ringback: ${ringback?.peakHz.toFixed(0)} Hz, rms ${ringback?.rms.toFixed(3)}`);
    expect(ringback?.state).toBe('running');
    expect(Math.abs(ringback!.peakHz - 425)).toBeLessThanOrEqual(toleranceHz);
    await stop('ringback');
    expect((await a.listenToTones(0))?.state).toBe('closed');

    await play('busy', 'busy');
    expect(Math.abs((await a.listenToTones(150))!.peakHz - 425)).toBeLessThanOrEqual(toleranceHz);
    await play('busy', 'busy'); // restarting a key replaces it
    await stop('busy');

    await play('waiting', 'callWaiting');
    expect((await a.listenToTones(100))?.state).toBe('running');
    await stop('waiting');

    // The ringtone on a listed output device (an <audio> element with setSinkId) and the default;
    // a ringer that has gone is skipped, and with none left the default output rings.
    const { devices } = await a.call('media.listDevices', {});
    const output = devices.find((device) => device.kind === 'audiooutput' && device.deviceId !== 'default');
    expect(output).toBeDefined();
    await play('ringer', 'ringtone', [output!.deviceId, 'unplugged-headset']);
    await stop('ringer');
    await play('gone', 'ringtone', ['unplugged-headset']);
    const ringtone = await a.listenToTones(200);
    expect([784, 1175].some((hz) => Math.abs(ringtone!.peakHz - hz) <= toleranceHz)).toBe(true);
    await stop('gone');

    // A custom ringtone the engine does not hold asks main for its audio and plays nothing yet;
    // audio it cannot play falls back to the built-in ringtone instead of failing.
    const id = '0123456789abcdef0123456789abcdef';
    const custom = (ringtone: { id: string; mime: 'audio/wav'; base64?: string }) =>
      a.call('media.tone', { key: 'custom', tone: 'ringtone', play: true, deviceIds: [], ringtone });
    await expect(custom({ id, mime: 'audio/wav' })).resolves.toEqual({ ringtone: 'wanted' });
    await expect(custom({ id, mime: 'audio/wav', base64: btoa('RIFF0000WAVEnot audio') })).resolves.toEqual({
      ringtone: 'unplayable',
    });
    expect((await a.listenToTones(200))?.state).toBe('running');
    await stop('custom');
    await stop('never-started');
  });

  it('plays DTMF key sounds with their two ITU frequencies', async () => {
    await a.call('media.playDtmfSound', { tone: '1' });
    const key = await a.listenToTones(50);
    console.log(`DTMF 1: peak ${key?.peakHz.toFixed(0)} Hz`);
    expect([697, 1209].some((hz) => Math.abs(key!.peakHz - hz) <= toleranceHz)).toBe(true);
    await a.call('media.playDtmfSound', { tone: '#' });
    await expect(a.call('media.playDtmfSound', { tone: 'x' })).rejects.toThrow(/not a DTMF key/);
  });
});
