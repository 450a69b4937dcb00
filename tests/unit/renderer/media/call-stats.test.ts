import { describe, expect, it } from 'vitest';
import type { StatsEntry } from '../../../../src/renderer/media/call-stats';
import { toCallStats } from '../../../../src/renderer/media/call-stats';
import { chromiumStatsReport } from './chromium-stats-report';

const reportAt = (timestamp: number, bytesReceived: number): StatsEntry[] =>
  chromiumStatsReport.map((entry) =>
    entry.type === 'inbound-rtp' ? { ...entry, timestamp, bytesReceived } : { ...entry, timestamp },
  );

describe('call stats from getStats()', () => {
  it('maps a recorded Chromium report', () => {
    const inbound = chromiumStatsReport.find((entry) => entry.type === 'inbound-rtp')!;
    const baseline = { timestamp: inbound.timestamp - 4000, bytesReceived: 0, bytesSent: 0 };
    const { stats, sample } = toCallStats(chromiumStatsReport, baseline);
    expect(stats).toEqual({
      codec: 'opus',
      // 14309 bytes in 4 s since the baseline.
      bitrateKbps: 28.6,
      packetsLost: 0,
      packetLossPercent: 0,
      jitterMs: 0,
      roundTripMs: 1,
    });
    expect(sample).toEqual({ timestamp: inbound.timestamp, bytesReceived: 14309, bytesSent: 14309 });
  });

  it('measures the bitrate between two calls', () => {
    const first = toCallStats(reportAt(10_000, 20_000), undefined);
    expect(first.stats.bitrateKbps).toBeUndefined();
    const second = toCallStats(reportAt(12_000, 28_000), first.sample);
    expect(second.stats.bitrateKbps).toBe(32);
  });

  it('keeps the older sample when the browser returns the same report again', () => {
    const first = toCallStats(reportAt(10_000, 20_000), undefined);
    const again = toCallStats(reportAt(10_000, 20_000), first.sample);
    expect(again.stats.bitrateKbps).toBeUndefined();
    expect(again.sample).toBe(first.sample);
  });

  it('uses the sent bytes while nothing is received', () => {
    const outboundOnly = chromiumStatsReport.filter((entry) => entry.type !== 'inbound-rtp');
    const outbound = outboundOnly.find((entry) => entry.type === 'outbound-rtp')!;
    const { stats } = toCallStats(outboundOnly, {
      timestamp: outbound.timestamp - 1000,
      bytesReceived: 0,
      bytesSent: 0,
    });
    expect(stats.codec).toBe('opus');
    expect(stats.bitrateKbps).toBe(114.5);
    expect(stats.packetsLost).toBeUndefined();
  });

  it('computes loss and jitter from inbound-rtp', () => {
    const lossy = chromiumStatsReport.map((entry) =>
      entry.type === 'inbound-rtp'
        ? { ...entry, packetsLost: 25, packetsReceived: 475, jitter: 0.0123 }
        : entry,
    );
    const { stats } = toCallStats(lossy, undefined);
    expect(stats.packetsLost).toBe(25);
    expect(stats.packetLossPercent).toBe(5);
    expect(stats.jitterMs).toBe(12.3);
  });

  it('falls back to the selected candidate pair for the round trip', () => {
    const withoutRemote = chromiumStatsReport
      .filter((entry) => entry.type !== 'remote-inbound-rtp')
      .map((entry) =>
        entry.type === 'candidate-pair' && entry['nominated'] === true
          ? { ...entry, currentRoundTripTime: 0.0425 }
          : entry,
      );
    expect(toCallStats(withoutRemote, undefined).stats.roundTripMs).toBe(42.5);
  });

  it('reports nothing for a connection without RTP yet', () => {
    expect(toCallStats([{ id: 'P', type: 'peer-connection', timestamp: 1 }], undefined)).toEqual({
      stats: {},
      sample: undefined,
    });
  });
});
