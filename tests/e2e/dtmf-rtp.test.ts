import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KamailioLab } from '../lab/kamailio';
import { startKamailio } from '../lab/kamailio';
import { requireLab } from '../lab/secret-service';
import { stopAll } from './support/web-shell-process';
import { makeTempDir } from '../support/temp-dir';
import { PhoneSession } from './support/phone-session';
import type { MediaPath, RtpPacket } from './support/rtp-capture';
import {
  PacketCapture,
  instrumentPeerConnections,
  measuredClockRate,
  mediaPath,
  payloadClockRates,
  rtpPackets,
  telephoneEventPayloadTypes,
  telephoneEvents,
} from './support/rtp-capture';

// Chromium does not show received RFC 4733 telephone-events to JavaScript, so this test proves them on
// the wire: tcpdump records the UDP traffic between the two Chromiums on loopback, and the RTP headers
// (in clear under SRTP) show one event per key press. The payload (the RFC 4733 duration field) is
// encrypted, so the event's length shows as the time its packets span, and its clock as the rate the
// stream's timestamps advance at against the capture clock.

/** What the product asks per key (call-manager's dtmfDurationMs). */
const askedDurationMs = 160;

async function callState(page: Page): Promise<string> {
  const states = await page.evaluate<string[]>(
    `[...document.querySelectorAll('[data-testid^="call-state-"]')].map((e) => e.dataset.state)`,
  );
  return states.find((s) => s !== 'ended') ?? (states.length > 0 ? 'ended' : 'none');
}

describe('RFC 4733 DTMF on the wire', () => {
  requireLab();
  const temp = makeTempDir('softphone-e2e-dtmf-rtp-');
  let lab: KamailioLab;
  let a: PhoneSession;
  let b: PhoneSession;
  let capture: PacketCapture | undefined;

  beforeAll(async () => {
    lab = await startKamailio();
    a = new PhoneSession('A', '1001', 440, temp.dir);
    b = new PhoneSession('B', '1002', 880, temp.dir);
    await Promise.all([a.start(lab), b.start(lab)]);
  });
  afterAll(async () => {
    await capture?.stop();
    await stopAll([a?.stop(), b?.stop()]);
    await lab?.stop();
    temp.cleanup();
  });

  /**
   * The selected ICE pair once the call's audio runs over it: both ends agree on it and the last 50 RTP
   * packets captured all used it. ICE may move the call early on (seen here: from 127.0.0.1 to an
   * IPv6 pair a second later), so the first pair reported is not necessarily the one that stays.
   */
  async function settledMediaPath(
    capture: PacketCapture,
  ): Promise<{ pathA: MediaPath; pathB: MediaPath; portA: number; portB: number }> {
    let settled: { pathA: MediaPath; pathB: MediaPath; portA: number; portB: number } | undefined;
    await expect
      .poll(
        async () => {
          const [pathA, pathB] = await Promise.all([mediaPath(a.page), mediaPath(b.page)]);
          if (!pathA || !pathB || pathA.protocol !== 'udp') return 'no connected udp pair';
          if (pathA.localPort !== pathB.remotePort || pathB.localPort !== pathA.remotePort)
            return `the ends disagree: A ${pathA.localPort}->${pathA.remotePort}, B ${pathB.localPort}->${pathB.remotePort}`;
          const ports = [pathA.localPort, pathB.localPort];
          const onPair = (p: RtpPacket) => ports.includes(p.srcPort) && ports.includes(p.dstPort);
          const recent = rtpPackets(capture.read().udp).slice(-50);
          if (recent.length < 50 || !recent.every(onPair))
            return `audio not yet (only) on ${ports.join('<->')}`;
          settled = { pathA, pathB, portA: pathA.localPort, portB: pathB.localPort };
          return 'settled';
        },
        { timeout: 15_000, interval: 250 },
      )
      .toBe('settled');
    if (!settled) throw new Error('no settled media path');
    return settled;
  }

  /**
   * A calls B; then the presser (A, the caller, or B, who answered) presses the keys on the call
   * keypad, and what the presser sent to the other end meanwhile is checked on the wire.
   */
  async function pressOnTheWire(presser: 'A' | 'B', keys: readonly string[], digits: string) {
    const [account] = await (presser === 'A' ? a : b).client.request('accounts.list', {});
    expect(account?.settings['compatibility.dtmfMode'] ?? 'rfc4733').toBe('rfc4733');

    await instrumentPeerConnections(a.page);
    await instrumentPeerConnections(b.page);
    const running = await PacketCapture.start({
      dir: temp.dir,
      interface: 'lo',
      filter: 'udp and not port 53',
    });
    capture = running;
    try {
      await a.page.getByTestId('search-input').fill('1002');
      await a.page.getByTestId('call-button').click();
      await b.page.getByTestId('incoming-accept').click();
      await expect.poll(() => callState(a.page)).toBe('active');
      await expect.poll(() => callState(b.page)).toBe('active');

      const { pathA, pathB, portA, portB } = await settledMediaPath(running);
      const { from, to, path, port, peerPort } =
        presser === 'A'
          ? { from: a, to: b, path: pathA, port: portA, peerPort: portB }
          : { from: b, to: a, path: pathB, port: portB, peerPort: portA };
      // the telephone-event payload types the presser might send with: those of offer and answer
      const eventTypes = [
        ...new Set([path.localSdp, path.remoteSdp].flatMap((sdp) => telephoneEventPayloadTypes(sdp))),
      ];
      expect(eventTypes.length).toBeGreaterThan(0);
      // what B, answering, could send events with: the telephone-events of the offer as it applied it
      const offerAtB = pathB.remoteSdp;
      const sentByPresser = (packets: readonly RtpPacket[]) =>
        packets.filter((p) => p.srcPort === port && p.dstPort === peerPort);

      const pressedAt = Date.now();
      await from.page.getByTestId('call-keypad-toggle').click();
      const clickedMs: number[] = [];
      for (const key of keys) {
        await from.page.getByTestId(`call-dtmf-${key}`).click();
        clickedMs.push(Date.now() - pressedAt);
      }
      await expect.poll(() => from.page.getByTestId('call-dtmf-sent').textContent()).toBe(digits);
      // Keys clicked quickly are queued in the DTMF sender; wait until all events are on the wire and
      // the last one has ended (its packets span the asked duration, or nothing more comes).
      await expect
        .poll(() => telephoneEvents(sentByPresser(rtpPackets(running.read().udp)), eventTypes).length, {
          timeout: 5_000,
        })
        .toBeGreaterThanOrEqual(keys.length);
      await expect
        .poll(
          () => {
            const sent = sentByPresser(rtpPackets(running.read().udp));
            const last = sent[sent.length - 1];
            return last !== undefined && !eventTypes.includes(last.payloadType);
          },
          { timeout: 5_000 },
        )
        .toBe(true);
      // the events went over the pair found above (ICE did not move the call meanwhile)
      const [endA, endB] = await Promise.all([mediaPath(a.page), mediaPath(b.page)]);
      expect([endA?.localPort, endB?.localPort]).toEqual([portA, portB]);
      await running.stop();

      const contents = running.read();
      const all = rtpPackets(contents.udp);
      const sent = sentByPresser(all);
      const events = telephoneEvents(sent, eventTypes);
      const eventPackets = sent.filter((p) => eventTypes.includes(p.payloadType));
      const audio = sent.filter((p) => !eventTypes.includes(p.payloadType));
      const clockRates = new Map([...payloadClockRates(path.localSdp), ...payloadClockRates(path.remoteSdp)]);
      const audioTypes = [...new Set(audio.map((p) => p.payloadType))];
      const eventPayloadTypes = [...new Set(eventPackets.map((p) => p.payloadType))];
      const summary = {
        linkType: contents.linkType,
        udpDatagrams: contents.udp.length,
        presser,
        port,
        peerPort,
        eventTypes,
        audioTypes,
        audioClockRates: audioTypes.map((pt) => clockRates.get(pt)),
        measuredAudioClock: Math.round(measuredClockRate(audio)),
        rtpSent: sent.length,
        audioBeforePress: audio.filter((p) => p.timeMs < pressedAt).length,
        clickedMs,
        eventPackets: eventPackets.length,
        eventPayloadTypes,
        eventClockRates: eventPayloadTypes.map((pt) => clockRates.get(pt)),
        events: events.map((e) => ({
          timestamp: e.timestamp,
          packets: e.packets,
          markerOnFirst: e.markerOnFirst,
          markedPackets: e.markedPackets,
          msAfterPress: Math.round(e.firstTimeMs - pressedAt),
          durationMs: Math.round(e.lastTimeMs - e.firstTimeMs),
        })),
        offerRtpmaps: pathA.localSdp.match(/^a=rtpmap:.*$/gm)?.map((l) => l.trim()),
        answerRtpmaps: pathA.remoteSdp.match(/^a=rtpmap:.*$/gm)?.map((l) => l.trim()),
        offerAtBRtpmaps: offerAtB.match(/^a=rtpmap:.*$/gm)?.map((l) => l.trim()),
        tcpdump: running.output().trim().split('\n').slice(-3),
      };
      console.log(`dtmf-rtp: ${JSON.stringify(summary)}`);

      expect(summary.audioBeforePress).toBeGreaterThan(10);
      // nothing with a telephone-event payload type before the first key press, on any flow
      const allEventPackets = all.filter((p) => eventTypes.includes(p.payloadType));
      expect(allEventPackets.filter((p) => p.timeMs < pressedAt)).toEqual([]);
      // and every telephone-event packet went from the presser's media port to the other end's
      expect(allEventPackets).toHaveLength(eventPackets.length);
      expect(events).toHaveLength(keys.length);
      expect(new Set(events.map((e) => e.timestamp)).size).toBe(keys.length);
      expect(new Set(events.map((e) => e.ssrc)).size).toBe(1);
      for (const event of events) {
        expect(event.markerOnFirst).toBe(true);
        expect(event.markedPackets).toBe(1);
      }
      // the events ride on the presser's audio stream (same SSRC) and only the presser sent any
      expect(events[0]?.ssrc).toBe(audio[0]?.ssrc);
      const back = all.filter((p) => p.srcPort === peerPort && p.dstPort === port);
      expect(back.length).toBeGreaterThan(50);
      expect(back.filter((p) => eventTypes.includes(p.payloadType))).toEqual([]);
      // RFC 4733 went out, not SIP INFO
      const farCall = (await to.client.request('calls.list', {})).find((c) => c.state === 'active');
      expect(farCall?.receivedDtmf ?? '').toBe('');

      // The clock: one audio codec, whose timestamps advance at its rtpmap rate, and telephone-event
      // with that same rate (RFC 4733 §2.1: the event's timestamps and durations are in the audio's
      // clock; a receiver reads them in the rate its payload type maps to).
      expect(audioTypes).toHaveLength(1);
      const audioRate = clockRates.get(audioTypes[0] ?? -1) ?? Number.NaN;
      expect(Math.abs(measuredClockRate(audio) / audioRate - 1)).toBeLessThan(0.05);
      expect(summary.eventClockRates).toEqual([audioRate]);
      const offerRates = payloadClockRates(offerAtB);
      expect(telephoneEventPayloadTypes(offerAtB).map((pt) => offerRates.get(pt))).toEqual([audioRate]);
      // each event starts on the audio's timeline (within 100 ms of where the audio clock stands)
      const reference = audio[0]!;
      for (const event of events) {
        const expected = reference.timestamp + (audioRate * (event.firstTimeMs - reference.timeMs)) / 1000;
        const offsetMs = (((event.timestamp - expected) | 0) * 1000) / audioRate;
        expect(Math.abs(offsetMs)).toBeLessThan(100);
      }
      // The duration: each event's packets span most of the asked time (sent every 20 ms; the
      // first goes out one packet after the event starts), and the next event starts after it.
      for (const event of events) {
        expect(event.lastTimeMs - event.firstTimeMs).toBeGreaterThanOrEqual(askedDurationMs - 60);
        expect(event.packets).toBeGreaterThanOrEqual(5);
      }
      for (let i = 1; i < events.length; i++) {
        const ticks = (events[i]!.timestamp - events[i - 1]!.timestamp) >>> 0;
        expect((ticks * 1000) / audioRate).toBeGreaterThanOrEqual(askedDurationMs);
      }
      return { events, audioRate };
    } finally {
      await running.stop();
    }
  }

  /** Hangs up A's call and waits until neither end has a call. */
  async function hangUp(): Promise<void> {
    for (const call of await a.client.request('calls.list', {})) {
      if (call.state !== 'ended') await a.client.request('calls.hangup', { callId: call.id });
    }
    await expect.poll(() => callState(a.page)).not.toBe('active');
    await expect
      .poll(async () => (await b.client.request('calls.list', {})).filter((c) => c.state !== 'ended'))
      .toEqual([]);
  }

  it("A's keypad sends 1, 2, # as three telephone-event RTP events of the asked duration (Opus: 48 kHz)", async () => {
    try {
      const { events, audioRate } = await pressOnTheWire('A', ['1', '2', 'hash'], '12#');
      expect(audioRate).toBe(48000);
      expect(events).toHaveLength(3);
    } finally {
      await hangUp();
    }
  });

  it('B, who answered, sends # as a telephone-event at the 48 kHz clock too (Opus)', async () => {
    try {
      const { events, audioRate } = await pressOnTheWire('B', ['hash'], '#');
      expect(audioRate).toBe(48000);
      expect(events).toHaveLength(1);
    } finally {
      await hangUp();
    }
  });

  it('with G.711 only, the event goes out as telephone-event/8000 of the asked duration', async () => {
    await a.client.request('accounts.update', { id: a.accountId, settings: { 'codecs.codecs': ['pcmu'] } });
    await a.waitUntilRegistered();
    try {
      const { audioRate } = await pressOnTheWire('A', ['5'], '5');
      expect(audioRate).toBe(8000);
    } finally {
      await hangUp();
      await a.client.request('accounts.update', {
        id: a.accountId,
        settings: { 'codecs.codecs': ['opus', 'g722', 'pcmu', 'pcma'] },
      });
    }
  });
});
