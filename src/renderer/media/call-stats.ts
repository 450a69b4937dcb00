import type { CallStats } from '../../shared/contract';
import { codecName } from './codec-preferences';

/** One entry of an RTCStatsReport, loosely typed: browsers add fields over time. */
export interface StatsEntry {
  readonly id: string;
  readonly type: string;
  readonly timestamp: number;
  readonly [field: string]: unknown;
}

/** What the bitrate of the next getStats is measured against. */
export interface BitrateSample {
  /** ms, on the clock of RTCStats.timestamp (performance.timeOrigin + performance.now()). */
  readonly timestamp: number;
  readonly bytesReceived: number;
  readonly bytesSent: number;
}

export interface CallStatsResult {
  readonly stats: CallStats;
  /** Keep it and pass it as `previous` next time; undefined when there is no RTP yet. */
  readonly sample: BitrateSample | undefined;
}

function num(entry: StatsEntry | undefined, field: string): number | undefined {
  const value = entry?.[field];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

function str(entry: StatsEntry | undefined, field: string): string | undefined {
  const value = entry?.[field];
  return typeof value === 'string' ? value : undefined;
}

function round(value: number | undefined, digits = 1): number | undefined {
  if (value === undefined) return undefined;
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

function audioRtp(entries: readonly StatsEntry[], type: string): StatsEntry | undefined {
  return entries.find((entry) => entry.type === type && (entry['kind'] ?? entry['mediaType']) === 'audio');
}

/** The pair ICE actually uses: the transport's selected one, else a nominated pair that succeeded. */
function selectedPair(entries: readonly StatsEntry[]): StatsEntry | undefined {
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  for (const entry of entries) {
    const pairId = entry.type === 'transport' ? str(entry, 'selectedCandidatePairId') : undefined;
    if (pairId !== undefined && byId.has(pairId)) return byId.get(pairId);
  }
  return entries.find(
    (entry) =>
      entry.type === 'candidate-pair' && entry['nominated'] === true && entry['state'] === 'succeeded',
  );
}

function roundTripSeconds(entries: readonly StatsEntry[]): number | undefined {
  const remoteInbound = entries.find((entry) => entry.type === 'remote-inbound-rtp');
  return num(remoteInbound, 'roundTripTime') ?? num(selectedPair(entries), 'currentRoundTripTime');
}

function lossPercent(lost: number | undefined, received: number | undefined): number | undefined {
  if (lost === undefined || received === undefined || lost + received <= 0) return undefined;
  return round((Math.max(lost, 0) / (lost + received)) * 100, 2);
}

/**
 * Bitrate of the audio we receive (the far end's codec), or of what we send while nothing arrives
 * (before the answer, or while the far end holds us), over the time since `previous`.
 */
function bitrateKbps(sample: BitrateSample, previous: BitrateSample | undefined): number | undefined {
  if (previous === undefined) return undefined;
  const elapsedMs = sample.timestamp - previous.timestamp;
  if (elapsedMs <= 0) return undefined;
  const received = sample.bytesReceived - previous.bytesReceived;
  const bytes = received > 0 ? received : sample.bytesSent - previous.bytesSent;
  return round((Math.max(bytes, 0) * 8) / elapsedMs);
}

/**
 * Maps a getStats() report to CallStats. `previous` is the sample of the last call, or one with
 * zero bytes from when the media started, which gives the bitrate "since start" on the first call.
 */
export function toCallStats(
  report: Iterable<StatsEntry>,
  previous: BitrateSample | undefined,
): CallStatsResult {
  const entries = [...report];
  const inbound = audioRtp(entries, 'inbound-rtp');
  const outbound = audioRtp(entries, 'outbound-rtp');
  const codecId = str(inbound, 'codecId') ?? str(outbound, 'codecId');
  const codec = entries.find((entry) => entry.type === 'codec' && entry.id === codecId);
  const mimeType = str(codec, 'mimeType');
  const packetsLost = num(inbound, 'packetsLost');
  const jitter = num(inbound, 'jitter');
  const rtt = roundTripSeconds(entries);

  const timestamp = (inbound ?? outbound)?.timestamp;
  const sample =
    timestamp === undefined
      ? undefined
      : {
          timestamp,
          bytesReceived: num(inbound, 'bytesReceived') ?? 0,
          bytesSent: num(outbound, 'bytesSent') ?? 0,
        };

  const stats: CallStats = {};
  if (mimeType !== undefined) stats.codec = codecName(mimeType);
  const bitrate = sample === undefined ? undefined : bitrateKbps(sample, previous);
  if (bitrate !== undefined) stats.bitrateKbps = bitrate;
  if (packetsLost !== undefined) stats.packetsLost = packetsLost;
  const percent = lossPercent(packetsLost, num(inbound, 'packetsReceived'));
  if (percent !== undefined) stats.packetLossPercent = percent;
  if (jitter !== undefined) stats.jitterMs = round(jitter * 1000);
  if (rtt !== undefined) stats.roundTripMs = round(rtt * 1000);
  // A report no newer than the last one (browsers cache getStats briefly) keeps the older sample.
  const newer = sample !== undefined && (previous === undefined || sample.timestamp > previous.timestamp);
  return { stats, sample: newer ? sample : previous };
}
