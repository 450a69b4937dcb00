import type { TFunction } from 'i18next';
import type { CallStats } from '../../../shared/contract';

export type StatsRowKey = 'codec' | 'bitrate' | 'packetLoss' | 'jitter' | 'roundTrip';

export interface StatsRow {
  key: StatsRowKey;
  /** Formatted in the UI language, or undefined when the media engine has no figure (yet). */
  value: string | undefined;
}

function number(language: string, value: number, digits: number): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits: digits }).format(value);
}

function packetLoss(t: TFunction, stats: CallStats, language: string): string | undefined {
  const { packetLossPercent: percent, packetsLost: lost } = stats;
  const packets =
    lost === undefined
      ? undefined
      : t('calls.stats.packets', { count: lost, number: number(language, lost, 0) });
  if (percent === undefined) return packets;
  const share = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 }).format(
    percent / 100,
  );
  return packets === undefined ? share : `${share} (${packets})`;
}

/** The quality panel's rows, in a fixed order, with units (kbit/s, %, ms) in the UI's number format. */
export function statsRows(t: TFunction, stats: CallStats, language: string): StatsRow[] {
  const unit = (value: number | undefined, suffix: string, digits: number) =>
    value === undefined ? undefined : `${number(language, value, digits)} ${suffix}`;
  return [
    { key: 'codec', value: stats.codec === undefined || stats.codec === '' ? undefined : stats.codec },
    { key: 'bitrate', value: unit(stats.bitrateKbps, 'kbit/s', 0) },
    { key: 'packetLoss', value: packetLoss(t, stats, language) },
    { key: 'jitter', value: unit(stats.jitterMs, 'ms', 1) },
    { key: 'roundTrip', value: unit(stats.roundTripMs, 'ms', 0) },
  ];
}
