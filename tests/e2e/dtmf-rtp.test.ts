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
  mediaPath,
  rtpPackets,
  telephoneEventPayloadTypes,
  telephoneEvents,
} from './support/rtp-capture';

// Chromium does not show received RFC 4733 telephone-events to JavaScript, so this test proves them on
// the wire: tcpdump records the UDP traffic between the two Chromiums on loopback, and the RTP headers
// (in clear under SRTP) show one event per key press.

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
  ): Promise<{ pathA: MediaPath; portA: number; portB: number }> {
    let settled: { pathA: MediaPath; portA: number; portB: number } | undefined;
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
          settled = { pathA, portA: pathA.localPort, portB: pathB.localPort };
          return 'settled';
        },
        { timeout: 15_000, interval: 250 },
      )
      .toBe('settled');
    if (!settled) throw new Error('no settled media path');
    return settled;
  }

  it("A's keypad sends 1, 2, # as three telephone-event RTP events to B's media port", async () => {
    const [account] = await a.client.request('accounts.list', {});
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

      const { pathA, portA, portB } = await settledMediaPath(capture);
      // the telephone-event payload types A may send with: those of the negotiated (answer) SDP
      const eventTypes = telephoneEventPayloadTypes(pathA.remoteSdp);
      expect(eventTypes.length).toBeGreaterThan(0);
      const aToB = (packets: readonly RtpPacket[]) =>
        packets.filter((p) => p.srcPort === portA && p.dstPort === portB);

      const pressedAt = Date.now();
      await a.page.getByTestId('call-keypad-toggle').click();
      const clickedMs: number[] = [];
      for (const key of ['1', '2', 'hash']) {
        await a.page.getByTestId(`call-dtmf-${key}`).click();
        clickedMs.push(Date.now() - pressedAt);
      }
      await expect.poll(() => a.page.getByTestId('call-dtmf-sent').textContent()).toBe('12#');
      // Keys clicked quickly are queued in the DTMF sender; wait until all three events are on the wire.
      await expect
        .poll(() => telephoneEvents(aToB(rtpPackets(running.read().udp)), eventTypes).length, {
          timeout: 5_000,
        })
        .toBeGreaterThanOrEqual(3);
      // the events went over the pair found above (ICE did not move the call meanwhile)
      const [endA, endB] = await Promise.all([mediaPath(a.page), mediaPath(b.page)]);
      expect([endA?.localPort, endB?.localPort]).toEqual([portA, portB]);
      await capture.stop();

      const contents = capture.read();
      const all = rtpPackets(contents.udp);
      const sent = aToB(all);
      const events = telephoneEvents(sent, eventTypes);
      const eventPackets = sent.filter((p) => eventTypes.includes(p.payloadType));
      const allEventPackets = all.filter((p) => eventTypes.includes(p.payloadType));
      const audioTypes = [...new Set(sent.map((p) => p.payloadType))].filter(
        (pt) => !eventTypes.includes(pt),
      );
      const summary = {
        linkType: contents.linkType,
        udpDatagrams: contents.udp.length,
        portA,
        portB,
        eventTypes,
        audioTypes,
        rtpAToB: sent.length,
        audioBeforePress: sent.filter((p) => p.timeMs < pressedAt && !eventTypes.includes(p.payloadType))
          .length,
        clickedMs,
        eventPackets: eventPackets.length,
        eventPayloadTypes: [...new Set(eventPackets.map((p) => p.payloadType))],
        events: events.map((e) => ({
          timestamp: e.timestamp,
          packets: e.packets,
          markerOnFirst: e.markerOnFirst,
          markedPackets: e.markedPackets,
          msAfterPress: Math.round(e.firstTimeMs - pressedAt),
          durationMs: Math.round(e.lastTimeMs - e.firstTimeMs),
        })),
        answerRtpmaps: pathA.remoteSdp.match(/^a=rtpmap:.*$/gm)?.map((l) => l.trim()),
        tcpdump: capture.output().trim().split('\n').slice(-3),
      };
      console.log(`dtmf-rtp: ${JSON.stringify(summary)}`);

      expect(summary.audioBeforePress).toBeGreaterThan(10);
      // nothing with a telephone-event payload type before the first key press, on any flow
      expect(allEventPackets.filter((p) => p.timeMs < pressedAt)).toEqual([]);
      // and every telephone-event packet went from A's media port to B's
      expect(allEventPackets).toHaveLength(eventPackets.length);
      expect(events).toHaveLength(3);
      expect(new Set(events.map((e) => e.timestamp)).size).toBe(3);
      expect(new Set(events.map((e) => e.ssrc)).size).toBe(1);
      for (const event of events) {
        expect(event.markerOnFirst).toBe(true);
        expect(event.markedPackets).toBe(1);
      }
      // the events ride on A's audio stream (same SSRC) and only A sent any
      expect(events[0]?.ssrc).toBe(sent.find((p) => !eventTypes.includes(p.payloadType))?.ssrc);
      const bToA = all.filter((p) => p.srcPort === portB && p.dstPort === portA);
      expect(bToA.length).toBeGreaterThan(50);
      expect(bToA.filter((p) => eventTypes.includes(p.payloadType))).toEqual([]);
      // RFC 4733 went out, not SIP INFO
      const callB = (await b.client.request('calls.list', {})).find((c) => c.state === 'active');
      expect(callB?.receivedDtmf ?? '').toBe('');
    } finally {
      await capture.stop();
    }
  });
});
