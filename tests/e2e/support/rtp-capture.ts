// Proof on the wire for media that Chromium does not show to JavaScript (RFC 4733 telephone-events):
// tcpdump writes the UDP traffic on loopback to a classic pcap file, parsed here into UDP datagrams and
// RTP headers. With DTLS-SRTP the payload is encrypted, but the RTP header (PT, marker, sequence,
// timestamp, SSRC) stays in clear, which is enough to count events.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { startServer, stopServer, systemBinary, type ServerProcess } from '../../lab/process';

// ---------------------------------------------------------------------------------------------
// pcap

export interface UdpDatagram {
  /** Capture time, milliseconds since the epoch (the same clock as Date.now()). */
  timeMs: number;
  srcAddress: string;
  dstAddress: string;
  srcPort: number;
  dstPort: number;
  payload: Buffer;
}

export interface PcapContents {
  linkType: number;
  /** Records read, UDP or not. */
  records: number;
  udp: UdpDatagram[];
}

const LINKTYPE_NULL = 0;
const LINKTYPE_ETHERNET = 1;
const LINKTYPE_RAW = 101;
const LINKTYPE_LINUX_SLL = 113;
const LINKTYPE_LINUX_SLL2 = 276;
const LINKTYPE_IPV4 = 228;
const LINKTYPE_IPV6 = 229;

/**
 * Parses a classic pcap file (not pcapng): the 24-byte global header, then 16-byte record headers each
 * followed by the captured bytes. Either byte order, micro- or nanosecond timestamps. A record cut off
 * at the end (a file tcpdump is still writing) is ignored.
 */
export function parsePcap(data: Buffer): PcapContents {
  if (data.length < 24) throw new Error(`pcap file too short (${data.length} bytes)`);
  const magicLE = data.readUInt32LE(0);
  let littleEndian: boolean;
  let nanoseconds: boolean;
  if (magicLE === 0xa1b2c3d4 || magicLE === 0xa1b23c4d) {
    littleEndian = true;
    nanoseconds = magicLE === 0xa1b23c4d;
  } else {
    const magicBE = data.readUInt32BE(0);
    if (magicBE !== 0xa1b2c3d4 && magicBE !== 0xa1b23c4d)
      throw new Error(`not a classic pcap file (magic 0x${magicLE.toString(16)})`);
    littleEndian = false;
    nanoseconds = magicBE === 0xa1b23c4d;
  }
  const u32 = (offset: number): number =>
    littleEndian ? data.readUInt32LE(offset) : data.readUInt32BE(offset);
  const linkType = u32(20) & 0x0fffffff;
  const udp: UdpDatagram[] = [];
  let records = 0;
  let offset = 24;
  while (offset + 16 <= data.length) {
    const seconds = u32(offset);
    const fraction = u32(offset + 4);
    const capturedLength = u32(offset + 8);
    const start = offset + 16;
    if (start + capturedLength > data.length) break;
    records++;
    const timeMs = seconds * 1000 + (nanoseconds ? fraction / 1e6 : fraction / 1e3);
    const datagram = udpFromFrame(data.subarray(start, start + capturedLength), linkType, timeMs);
    if (datagram) udp.push(datagram);
    offset = start + capturedLength;
  }
  return { linkType, records, udp };
}

/** The network-layer packet in a link-layer frame, with its EtherType; undefined for other frames. */
function networkPacket(frame: Buffer, linkType: number): { etherType: number; packet: Buffer } | undefined {
  switch (linkType) {
    case LINKTYPE_ETHERNET: {
      if (frame.length < 14) return undefined;
      let etherType = frame.readUInt16BE(12);
      let headerLength = 14;
      // 802.1Q / 802.1ad tags
      while ((etherType === 0x8100 || etherType === 0x88a8) && frame.length >= headerLength + 4) {
        etherType = frame.readUInt16BE(headerLength + 2);
        headerLength += 4;
      }
      return { etherType, packet: frame.subarray(headerLength) };
    }
    case LINKTYPE_LINUX_SLL:
      return frame.length < 16
        ? undefined
        : { etherType: frame.readUInt16BE(14), packet: frame.subarray(16) };
    case LINKTYPE_LINUX_SLL2:
      return frame.length < 20 ? undefined : { etherType: frame.readUInt16BE(0), packet: frame.subarray(20) };
    case LINKTYPE_NULL: {
      if (frame.length < 4) return undefined;
      // the address family in the capturing host's byte order; 2 is AF_INET, IPv6 varies by OS
      const family = frame.readUInt32LE(0) === 2 || frame.readUInt32BE(0) === 2 ? 0x0800 : 0x86dd;
      return { etherType: family, packet: frame.subarray(4) };
    }
    case LINKTYPE_RAW:
    case LINKTYPE_IPV4:
    case LINKTYPE_IPV6: {
      const version = frame.length > 0 ? (frame[0] ?? 0) >> 4 : 0;
      return { etherType: version === 6 ? 0x86dd : 0x0800, packet: frame };
    }
    default:
      throw new Error(`unsupported pcap link type ${linkType}`);
  }
}

function udpFromFrame(frame: Buffer, linkType: number, timeMs: number): UdpDatagram | undefined {
  const network = networkPacket(frame, linkType);
  if (!network) return undefined;
  const { etherType, packet } = network;
  let srcAddress: string;
  let dstAddress: string;
  let udp: Buffer;
  if (etherType === 0x0800) {
    if (packet.length < 20 || (packet[0] ?? 0) >> 4 !== 4) return undefined;
    const headerLength = ((packet[0] ?? 0) & 0x0f) * 4;
    if (packet[9] !== 17) return undefined;
    // only the first fragment carries the UDP header
    if ((packet.readUInt16BE(6) & 0x1fff) !== 0) return undefined;
    const totalLength = Math.min(packet.readUInt16BE(2), packet.length);
    srcAddress = [...packet.subarray(12, 16)].join('.');
    dstAddress = [...packet.subarray(16, 20)].join('.');
    udp = packet.subarray(headerLength, totalLength);
  } else if (etherType === 0x86dd) {
    // no extension headers: WebRTC media over UDP has none
    if (packet.length < 40 || packet[6] !== 17) return undefined;
    const ipv6 = (bytes: Buffer): string =>
      Array.from({ length: 8 }, (_, i) => bytes.readUInt16BE(i * 2).toString(16)).join(':');
    srcAddress = ipv6(packet.subarray(8, 24));
    dstAddress = ipv6(packet.subarray(24, 40));
    udp = packet.subarray(40, Math.min(40 + packet.readUInt16BE(4), packet.length));
  } else {
    return undefined;
  }
  if (udp.length < 8) return undefined;
  const udpLength = Math.min(udp.readUInt16BE(4), udp.length);
  return {
    timeMs,
    srcAddress,
    dstAddress,
    srcPort: udp.readUInt16BE(0),
    dstPort: udp.readUInt16BE(2),
    payload: udp.subarray(8, udpLength),
  };
}

// ---------------------------------------------------------------------------------------------
// RTP

export interface RtpHeader {
  marker: boolean;
  payloadType: number;
  sequence: number;
  timestamp: number;
  ssrc: number;
}

export interface RtpPacket extends RtpHeader {
  timeMs: number;
  srcPort: number;
  dstPort: number;
}

/**
 * The fixed RTP header of a UDP payload, or undefined for anything else on a muxed WebRTC port:
 * STUN (first byte 0–3), DTLS (20–63), RTCP (second byte 200–207, i.e. PT 72–79 with the marker bit).
 */
export function parseRtpHeader(payload: Buffer): RtpHeader | undefined {
  if (payload.length < 12) return undefined;
  const first = payload[0] ?? 0;
  const second = payload[1] ?? 0;
  if (first >> 6 !== 2) return undefined;
  const payloadType = second & 0x7f;
  if (payloadType >= 72 && payloadType <= 79) return undefined;
  const csrcCount = first & 0x0f;
  if (payload.length < 12 + 4 * csrcCount) return undefined;
  return {
    marker: (second & 0x80) !== 0,
    payloadType,
    sequence: payload.readUInt16BE(2),
    timestamp: payload.readUInt32BE(4),
    ssrc: payload.readUInt32BE(8),
  };
}

export function rtpPackets(datagrams: readonly UdpDatagram[]): RtpPacket[] {
  const packets: RtpPacket[] = [];
  for (const d of datagrams) {
    const header = parseRtpHeader(d.payload);
    if (header) packets.push({ ...header, timeMs: d.timeMs, srcPort: d.srcPort, dstPort: d.dstPort });
  }
  return packets;
}

/** The payload types an SDP maps to telephone-event (any clock rate). */
export function telephoneEventPayloadTypes(sdp: string): number[] {
  return [...sdp.matchAll(/^a=rtpmap:(\d+) telephone-event\/\d+/gim)].map((m) => Number(m[1]));
}

/** RFC 3551 static audio payload types an answer may use without an a=rtpmap line, with their clock. */
const staticClockRates: Readonly<Record<number, number>> = { 0: 8000, 8: 8000, 9: 8000, 13: 8000 };

/** The RTP clock rate (Hz) of each payload type of an SDP's a=rtpmap lines and the static ones. */
export function payloadClockRates(sdp: string): Map<number, number> {
  const rates = new Map<number, number>(Object.entries(staticClockRates).map(([pt, r]) => [Number(pt), r]));
  for (const m of sdp.matchAll(/^a=rtpmap:(\d+) [^/\s]+\/(\d+)/gm)) rates.set(Number(m[1]), Number(m[2]));
  return rates;
}

/**
 * How fast the RTP timestamps of packets advance against the capture clock, in ticks per second,
 * from the first to the last packet (timestamps wrap at 2^32). The payload type's rtpmap rate is
 * what a receiver reads the timestamps (and RFC 4733 durations) in; this is what the sender used.
 */
export function measuredClockRate(packets: readonly RtpPacket[]): number {
  const first = packets[0];
  const last = packets[packets.length - 1];
  if (!first || !last || last.timeMs <= first.timeMs) return Number.NaN;
  const ticks = (last.timestamp - first.timestamp) >>> 0;
  return (ticks * 1000) / (last.timeMs - first.timeMs);
}

/** One RFC 4733 event: the packets of one SSRC that share an RTP timestamp, in sequence order. */
export interface TelephoneEvent {
  ssrc: number;
  timestamp: number;
  packets: number;
  /** The first packet of the event (lowest sequence number) has the marker bit set. */
  markerOnFirst: boolean;
  markedPackets: number;
  firstTimeMs: number;
  lastTimeMs: number;
}

export function telephoneEvents(
  packets: readonly RtpPacket[],
  payloadTypes: readonly number[],
): TelephoneEvent[] {
  const groups = new Map<string, RtpPacket[]>();
  for (const p of packets) {
    if (!payloadTypes.includes(p.payloadType)) continue;
    const key = `${p.ssrc}/${p.timestamp}`;
    const group = groups.get(key) ?? [];
    group.push(p);
    groups.set(key, group);
  }
  const events: TelephoneEvent[] = [];
  for (const group of groups.values()) {
    // sequence numbers may wrap at 65536 inside an event: order by distance from the first one seen
    const base = group[0]?.sequence ?? 0;
    group.sort((x, y) => ((x.sequence - base) & 0xffff) - ((y.sequence - base) & 0xffff));
    const first = group[0];
    if (!first) continue;
    events.push({
      ssrc: first.ssrc,
      timestamp: first.timestamp,
      packets: group.length,
      markerOnFirst: first.marker,
      markedPackets: group.filter((p) => p.marker).length,
      firstTimeMs: Math.min(...group.map((p) => p.timeMs)),
      lastTimeMs: Math.max(...group.map((p) => p.timeMs)),
    });
  }
  return events.sort((x, y) => x.firstTimeMs - y.firstTimeMs);
}

// ---------------------------------------------------------------------------------------------
// tcpdump

export interface CaptureOptions {
  dir: string;
  /** Default lo. */
  interface?: string;
  /** A BPF filter; default UDP except DNS. */
  filter?: string;
  startTimeoutMs?: number;
}

/** tcpdump writing a pcap file, in its own process group, stopped by PID. */
export class PacketCapture {
  private stopped: Promise<void> | undefined;

  private constructor(
    readonly file: string,
    private readonly server: ServerProcess,
  ) {}

  static async start(options: CaptureOptions): Promise<PacketCapture> {
    const file = join(options.dir, `capture-${Date.now()}.pcap`);
    const args = [
      '-i',
      options.interface ?? 'lo',
      '-n',
      // write each packet as it arrives, so the file can be read while the capture runs
      '-U',
      // Debian's tcpdump may otherwise drop to an unprivileged user that cannot write into our temp dir
      ...(process.getuid?.() === 0 ? ['-Z', 'root'] : []),
      '-w',
      file,
      options.filter ?? 'udp and not port 53',
    ];
    const server = startServer(systemBinary('tcpdump'), args);
    const capture = new PacketCapture(file, server);
    const deadline = Date.now() + (options.startTimeoutMs ?? 10_000);
    while (!/listening on/.test(server.output.toString())) {
      if (!server.isRunning() || Date.now() > deadline) {
        await capture.stop();
        throw new Error(
          `tcpdump did not start (install Debian's tcpdump; capturing needs root or CAP_NET_RAW):\n` +
            server.output.lastLines(20),
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    return capture;
  }

  /** What tcpdump has written so far (the last, partly written record is left out). */
  read(): PcapContents {
    if (!existsSync(this.file)) return { linkType: -1, records: 0, udp: [] };
    const data = readFileSync(this.file);
    return data.length < 24 ? { linkType: -1, records: 0, udp: [] } : parsePcap(data);
  }

  /** tcpdump's own messages, e.g. "N packets dropped by kernel" after stop(). */
  output(): string {
    return this.server.output.toString();
  }

  /** SIGTERM (tcpdump flushes the file), SIGKILL to its group after 5 s. Safe to call twice. */
  stop(): Promise<void> {
    this.stopped ??= stopServer(this.server, 5_000);
    return this.stopped;
  }
}

// ---------------------------------------------------------------------------------------------
// the page's side of the call

// Keeps every RTCPeerConnection the page uses, so that the test can read its SDP and ICE path
// (the product exposes neither). Patching the prototype reaches connections created later.
const instrumentScript = `(() => {
  if (window.__rtpCapturePcs) return;
  const pcs = [];
  window.__rtpCapturePcs = pcs;
  for (const name of ['setLocalDescription', 'setRemoteDescription']) {
    const original = RTCPeerConnection.prototype[name];
    RTCPeerConnection.prototype[name] = function (...args) {
      if (!pcs.includes(this)) pcs.push(this);
      return original.apply(this, args);
    };
  }
})()`;

const mediaPathScript = `(async () => {
  const pcs = (window.__rtpCapturePcs || []).filter((pc) => pc.connectionState === 'connected');
  const pc = pcs[pcs.length - 1];
  if (!pc) return undefined;
  const stats = await pc.getStats();
  let pair;
  stats.forEach((s) => {
    if (s.type === 'transport' && s.selectedCandidatePairId) pair = stats.get(s.selectedCandidatePairId);
  });
  if (!pair) return undefined;
  const local = stats.get(pair.localCandidateId);
  const remote = stats.get(pair.remoteCandidateId);
  if (!local || !remote) return undefined;
  return {
    protocol: local.protocol,
    localAddress: local.address ?? local.ip ?? '',
    localPort: local.port,
    remoteAddress: remote.address ?? remote.ip ?? '',
    remotePort: remote.port,
    localSdp: pc.localDescription ? pc.localDescription.sdp : '',
    remoteSdp: pc.remoteDescription ? pc.remoteDescription.sdp : '',
  };
})()`;

export interface MediaPath {
  protocol: string;
  localAddress: string;
  localPort: number;
  remoteAddress: string;
  remotePort: number;
  localSdp: string;
  remoteSdp: string;
}

/** Call before the call starts: remembers the page's peer connections for mediaPath(). */
export async function instrumentPeerConnections(page: Page): Promise<void> {
  await page.evaluate(instrumentScript);
}

/** The connected call's selected ICE candidate pair and SDPs, or undefined while there is none. */
export async function mediaPath(page: Page): Promise<MediaPath | undefined> {
  return (await page.evaluate<MediaPath | undefined>(mediaPathScript)) ?? undefined;
}
