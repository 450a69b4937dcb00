import type { Tone } from '../../shared/contract';

/** A stretch of a cadence: the listed frequencies mixed, or silence when there are none. */
export interface ToneSegment {
  readonly frequencies: readonly number[];
  readonly durationMs: number;
}

/** One period of a tone; players loop it until they are stopped. */
export interface ToneCadence {
  readonly segments: readonly ToneSegment[];
  /** Peak amplitude, 0..1. */
  readonly level: number;
}

const on = (durationMs: number, ...frequencies: number[]): ToneSegment => ({ frequencies, durationMs });
const off = (durationMs: number): ToneSegment => ({ frequencies: [], durationMs });

/**
 * The built-in tones. Ringback and busy follow the European (CEPT, ETSI TR 101 041) values: 425 Hz,
 * ringback 1 s on / 4 s off, busy 480 ms on / 480 ms off. Call waiting is two short 425 Hz beeps
 * every 5 s, quiet, because it plays over a conversation. The ringtone is two soft chords (G5+D6,
 * E5+B5), then a pause.
 */
export const toneCadences: Readonly<Record<Tone, ToneCadence>> = {
  ringback: { segments: [on(1000, 425), off(4000)], level: 0.25 },
  busy: { segments: [on(480, 425), off(480)], level: 0.25 },
  callWaiting: { segments: [on(200, 425), off(200), on(200, 425), off(4400)], level: 0.15 },
  ringtone: {
    segments: [on(400, 784, 1175), off(150), on(400, 659, 988), off(150), on(400, 784, 1175), off(2500)],
    level: 0.35,
  },
};

export function periodMs(cadence: ToneCadence): number {
  return cadence.segments.reduce((sum, segment) => sum + segment.durationMs, 0);
}

/** Ramps at both ends of a burst so it starts and stops without a click. */
const rampMs = 8;

/**
 * One period as PCM samples (-1..1) for an AudioBuffer that loops. Rendering the whole cadence
 * once keeps the timing sample-exact, instead of a JavaScript timer switching oscillators.
 */
export function renderCadence(cadence: ToneCadence, sampleRate: number): Float32Array<ArrayBuffer> {
  const samples = new Float32Array(Math.round((periodMs(cadence) * sampleRate) / 1000));
  let start = 0;
  for (const segment of cadence.segments) {
    const length = Math.round((segment.durationMs * sampleRate) / 1000);
    const count = segment.frequencies.length;
    if (count > 0) {
      const ramp = Math.min(Math.round((rampMs * sampleRate) / 1000), Math.floor(length / 2));
      for (let i = 0; i < length && start + i < samples.length; i++) {
        const t = i / sampleRate;
        let value = 0;
        for (const frequency of segment.frequencies) value += Math.sin(2 * Math.PI * frequency * t);
        const envelope = ramp > 0 ? Math.min(1, i / ramp, (length - 1 - i) / ramp) : 1;
        samples[start + i] = (value / count) * cadence.level * envelope;
      }
    }
    start += length;
  }
  return samples;
}
