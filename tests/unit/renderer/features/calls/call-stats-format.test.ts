import { describe, expect, it } from 'vitest';
import { statsRows } from '../../../../../src/renderer/features/calls/call-stats-format';
import { createI18n } from '../../../../../src/renderer/i18n/i18n';

const { t } = createI18n('en');
const german = createI18n('de').t;
const values = (rows: ReturnType<typeof statsRows>) =>
  Object.fromEntries(rows.map((row) => [row.key, row.value]));

describe('statsRows', () => {
  const stats = {
    codec: 'opus/48000',
    bitrateKbps: 31.6,
    packetsLost: 3,
    packetLossPercent: 0.4,
    jitterMs: 4.25,
    roundTripMs: 38.4,
  };

  it('formats every figure with its unit, in a fixed order', () => {
    const rows = statsRows(t, stats, 'en');
    expect(rows.map((row) => row.key)).toEqual(['codec', 'bitrate', 'packetLoss', 'jitter', 'roundTrip']);
    expect(values(rows)).toEqual({
      codec: 'opus/48000',
      bitrate: '32 kbit/s',
      packetLoss: '0.4% (3 packets)',
      jitter: '4.3 ms',
      roundTrip: '38 ms',
    });
  });

  it('uses the UI language’s number format', () => {
    expect(values(statsRows(german, stats, 'de'))).toMatchObject({
      packetLoss: '0,4\u00a0% (3 Pakete)',
      jitter: '4,3 ms',
    });
  });

  it('leaves out what the media engine does not know yet', () => {
    expect(values(statsRows(t, {}, 'en'))).toEqual({
      codec: undefined,
      bitrate: undefined,
      packetLoss: undefined,
      jitter: undefined,
      roundTrip: undefined,
    });
    expect(values(statsRows(t, { packetsLost: 1 }, 'en')).packetLoss).toBe('1 packet');
    expect(values(statsRows(t, { packetLossPercent: 12.345 }, 'en')).packetLoss).toBe('12.3%');
  });
});
