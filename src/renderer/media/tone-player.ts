import type { RingtoneAudio, RingtoneOutcome, Tone } from '../../shared/contract';
import { playStreamOn, releaseAudioElement, setOutputDevice } from './audio-output';
import type { RingtoneUrls } from './ringtone-urls';
import type { MediaEngineEnv } from './media-env';
import { isDefaultDevice } from './microphone';
import { renderCadence, toneCadences } from './tone-cadence';

export interface ToneRequest {
  readonly tone: Tone;
  /** Output devices ('default' or a deviceId); none means the default output. */
  readonly deviceIds: readonly string[];
  /** The account's own ringtone as main read it; absent for the built-in tone. */
  readonly ringtone?: RingtoneAudio | undefined;
}

/** One playing tone: everything started for it, stopped together. */
class Playback {
  private readonly cleanups: Array<() => void> = [];
  stopped = false;

  /** Registers a cleanup; runs it at once if the playback was stopped meanwhile. */
  add(cleanup: () => void): void {
    if (this.stopped) cleanup();
    else this.cleanups.push(cleanup);
  }

  stop(): void {
    this.stopped = true;
    for (const cleanup of this.cleanups.splice(0)) cleanup();
  }
}

/**
 * Locally generated tones (ringback, busy, call waiting, the ringtone), keyed by main's `key` so
 * that main can stop exactly what it started. Starting a key that plays restarts it.
 */
export class TonePlayer {
  private readonly playing = new Map<string, Playback>();
  private readonly cadenceSamples = new Map<string, Float32Array<ArrayBuffer>>();

  constructor(
    private readonly env: Pick<MediaEngineEnv, 'document' | 'createAudioContext'>,
    private readonly ringtones: RingtoneUrls,
  ) {}

  /**
   * Plays the tone. With a custom ringtone, says how that went: 'wanted' when main must send its
   * audio (nothing plays then), 'unplayable' when the built-in ringtone plays instead.
   */
  async start(key: string, request: ToneRequest): Promise<RingtoneOutcome | undefined> {
    this.stop(key);
    const custom = request.tone === 'ringtone' ? request.ringtone : undefined;
    const src = custom === undefined ? undefined : this.ringtones.urlOf(custom);
    if (custom !== undefined && src === undefined) return 'wanted';
    const playback = new Playback();
    this.playing.set(key, playback);
    const deviceIds = request.deviceIds.length > 0 ? request.deviceIds : ['default'];
    try {
      // A custom ringtone that can't be played falls back to the built-in one.
      if (src !== undefined && (await this.playFile(playback, src, deviceIds))) return 'played';
      await this.playBuiltIn(playback, request.tone, deviceIds);
      return src === undefined ? undefined : 'unplayable';
    } catch (error) {
      playback.stop();
      if (this.playing.get(key) === playback) this.playing.delete(key);
      const detail = error instanceof Error ? error.message : String(error);
      throw new Error(`could not play the ${request.tone} tone: ${detail}`, { cause: error });
    }
  }

  /** Stopping a key that does not play is fine. */
  stop(key: string): void {
    this.playing.get(key)?.stop();
    this.playing.delete(key);
  }

  stopAll(): void {
    for (const key of [...this.playing.keys()]) this.stop(key);
  }

  /** Plays the file on every device that takes it; false when none does. */
  private async playFile(playback: Playback, src: string, deviceIds: readonly string[]): Promise<boolean> {
    let playing = 0;
    for (const deviceId of deviceIds) {
      const element = this.env.document.createElement('audio');
      element.loop = true;
      element.src = src;
      try {
        await setOutputDevice(element, deviceId);
        await element.play();
        playback.add(() => releaseAudioElement(element));
        playing++;
      } catch {
        releaseAudioElement(element);
      }
    }
    return playing > 0;
  }

  /**
   * Loops the rendered cadence on each device. A ringer that has gone (unplugged headset) is
   * skipped; if no device is left, the default output rings rather than nothing.
   */
  private async playBuiltIn(playback: Playback, tone: Tone, deviceIds: readonly string[]): Promise<void> {
    const context = this.env.createAudioContext();
    playback.add(() => void context.close().catch(() => undefined));
    const samples = this.samples(tone, context.sampleRate);
    const buffer = context.createBuffer(1, samples.length, context.sampleRate);
    buffer.copyToChannel(samples, 0);
    const source = context.createBufferSource();
    source.buffer = buffer;
    source.loop = true;
    let playing = 0;
    for (const deviceId of deviceIds) {
      if (isDefaultDevice(deviceId)) {
        source.connect(context.destination);
        playing++;
        continue;
      }
      // AudioContext.setSinkId is not everywhere yet; an <audio> element can pick any output.
      const destination = context.createMediaStreamDestination();
      source.connect(destination);
      try {
        const element = await playStreamOn(this.env.document, destination.stream, deviceId);
        playback.add(() => releaseAudioElement(element));
        playing++;
      } catch {
        source.disconnect(destination);
      }
    }
    if (playing === 0) source.connect(context.destination);
    if (playback.stopped) return;
    source.start();
    // Not awaited: under an autoplay policy resume() waits for a user gesture, and main must not.
    if (context.state === 'suspended') context.resume().catch(() => undefined);
  }

  private samples(tone: Tone, sampleRate: number): Float32Array<ArrayBuffer> {
    const cacheKey = `${tone}@${sampleRate}`;
    let samples = this.cadenceSamples.get(cacheKey);
    if (samples === undefined) {
      samples = renderCadence(toneCadences[tone], sampleRate);
      this.cadenceSamples.set(cacheKey, samples);
    }
    return samples;
  }
}
