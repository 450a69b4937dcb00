import { describe, expect, it } from 'vitest';
import { periodMs, renderCadence, toneCadences } from '../../../../src/renderer/media/tone-cadence';
import type { ToneCadence } from '../../../../src/renderer/media/tone-cadence';

const rate = 8000;

/** RMS of the samples between two times (ms). */
function rms(samples: Float32Array, fromMs: number, toMs: number): number {
  const slice = samples.subarray((fromMs * rate) / 1000, (toMs * rate) / 1000);
  return Math.sqrt(slice.reduce((sum, value) => sum + value * value, 0) / slice.length);
}

/** Frequency of a pure tone from its upward zero crossings between two times (ms). */
function frequency(samples: Float32Array, fromMs: number, toMs: number): number {
  const slice = samples.subarray((fromMs * rate) / 1000, (toMs * rate) / 1000);
  let crossings = 0;
  for (let i = 1; i < slice.length; i++) if (slice[i - 1]! < 0 && slice[i]! >= 0) crossings++;
  return crossings / ((toMs - fromMs) / 1000);
}

describe('tone cadences', () => {
  it('ringback is 425 Hz, 1 s on and 4 s off', () => {
    const ringback = toneCadences.ringback;
    expect(periodMs(ringback)).toBe(5000);
    const samples = renderCadence(ringback, rate);
    expect(samples).toHaveLength(5 * rate);
    expect(frequency(samples, 100, 900)).toBeCloseTo(425, -1);
    expect(rms(samples, 100, 900)).toBeGreaterThan(0.1);
    expect(rms(samples, 1000, 5000)).toBe(0);
  });

  it('busy is 425 Hz, 480 ms on and 480 ms off', () => {
    expect(toneCadences.busy.segments).toEqual([
      { frequencies: [425], durationMs: 480 },
      { frequencies: [], durationMs: 480 },
    ]);
    const samples = renderCadence(toneCadences.busy, rate);
    expect(rms(samples, 20, 460)).toBeGreaterThan(0.1);
    expect(rms(samples, 480, 960)).toBe(0);
  });

  it('call waiting is two short beeps, quieter than the other tones', () => {
    const beeps = toneCadences.callWaiting.segments.filter((segment) => segment.frequencies.length > 0);
    expect(beeps).toHaveLength(2);
    expect(beeps.every((beep) => beep.durationMs <= 300)).toBe(true);
    expect(toneCadences.callWaiting.level).toBeLessThan(toneCadences.ringback.level);
  });

  it('the ringtone alternates two chords and then pauses', () => {
    const chords = toneCadences.ringtone.segments.filter((segment) => segment.frequencies.length > 0);
    expect(new Set(chords.map((chord) => chord.frequencies.join('+'))).size).toBe(2);
    const last = toneCadences.ringtone.segments.at(-1)!;
    expect(last.frequencies).toEqual([]);
    expect(last.durationMs).toBeGreaterThanOrEqual(2000);
  });

  it('stays within its level and fades in and out without clicks', () => {
    const cadence: ToneCadence = { segments: [{ frequencies: [1000, 1500], durationMs: 100 }], level: 0.5 };
    const samples = renderCadence(cadence, rate);
    expect(Math.max(...samples.map(Math.abs))).toBeLessThanOrEqual(0.5);
    expect(Math.abs(samples[0]!)).toBe(0);
    expect(Math.abs(samples.at(-1)!)).toBeLessThan(0.01);
  });
});
