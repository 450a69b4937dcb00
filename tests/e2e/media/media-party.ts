import type { Page } from 'playwright-core';
import type { MediaName, MediaParams, MediaResult, MediaSessionOptions } from '../../../src/shared/contract';

/** What the test page (page/entry.js) puts on globalThis. */
interface MediaTestPage {
  mediaTest: {
    ready: boolean;
    call(engine: string, method: string, params: unknown): Promise<{ result: unknown; ms: number }>;
    listen(callId: string, ms?: number): Promise<Heard>;
    listenToTones(ms?: number): Promise<(Heard & { state: string }) | undefined>;
    handlerNames(engine: string): string[];
    mainRequests(engine: string): { method: string; params: unknown }[];
    audioElementCount(): number;
  };
}

/** A call's remote audio as the page heard it: FFT peak and RMS level (full scale = 1). */
export interface Heard {
  peakHz: number;
  peakDb: number;
  rms: number;
}

export const defaultOptions: MediaSessionOptions = {
  iceServers: [],
  iceGatheringBudgetMs: 300,
  codecs: ['opus', 'g722', 'pcmu', 'pcma'],
  hold: false,
  inputDeviceId: 'default',
  outputDeviceId: 'default',
  // A steady sine is exactly what noise suppression removes; the test listens for it.
  echoCancellation: false,
  noiseSuppression: false,
  autoGainControl: false,
};

export function sessionOptions(overrides: Partial<MediaSessionOptions> = {}): MediaSessionOptions {
  return { ...defaultOptions, ...overrides };
}

/** One side of a call: an engine ('a' or 'b') in a test page. */
export class MediaParty {
  constructor(
    readonly page: Page,
    readonly engine: 'a' | 'b',
  ) {}

  async ready(): Promise<void> {
    await this.page.waitForFunction(
      () => (globalThis as unknown as Partial<MediaTestPage>).mediaTest?.ready === true,
    );
  }

  /** Calls a media handler; `ms` is measured inside the page. */
  async timed<M extends MediaName>(
    method: M,
    params: MediaParams<M>,
  ): Promise<{ result: MediaResult<M>; ms: number }> {
    const answer = await this.page.evaluate(
      ([engine, name, args]) => (globalThis as unknown as MediaTestPage).mediaTest.call(engine, name, args),
      [this.engine, method, params as unknown] as const,
    );
    return answer as { result: MediaResult<M>; ms: number };
  }

  async call<M extends MediaName>(method: M, params: MediaParams<M>): Promise<MediaResult<M>> {
    return (await this.timed(method, params)).result;
  }

  listen(callId: string, ms = 500): Promise<Heard> {
    return this.page.evaluate(
      ([id, duration]) => (globalThis as unknown as MediaTestPage).mediaTest.listen(id, duration),
      [callId, ms] as const,
    );
  }

  /** What the newest tone/key-sound AudioContext plays `ms` from now, and its state. */
  listenToTones(ms = 300): Promise<(Heard & { state: string }) | undefined> {
    return this.page.evaluate(
      (duration) => (globalThis as unknown as MediaTestPage).mediaTest.listenToTones(duration),
      ms,
    );
  }

  /** Listens until `heard` holds or the deadline passes; returns the last measurement. */
  async listenUntil(callId: string, heard: (sample: Heard) => boolean, timeoutMs = 8000): Promise<Heard> {
    const deadline = Date.now() + timeoutMs;
    let sample = await this.listen(callId);
    while (!heard(sample) && Date.now() < deadline) sample = await this.listen(callId);
    return sample;
  }

  handlerNames(): Promise<string[]> {
    return this.page.evaluate(
      (engine) => (globalThis as unknown as MediaTestPage).mediaTest.handlerNames(engine),
      this.engine,
    );
  }

  /** The requests this engine sent main, oldest first. */
  mainRequests(): Promise<{ method: string; params: unknown }[]> {
    return this.page.evaluate(
      (engine) => (globalThis as unknown as MediaTestPage).mediaTest.mainRequests(engine),
      this.engine,
    );
  }

  audioElementCount(): Promise<number> {
    return this.page.evaluate(() => (globalThis as unknown as MediaTestPage).mediaTest.audioElementCount());
  }
}

export interface Negotiation {
  offer: string;
  answer: string;
  offerMs: number;
  answerMs: number;
}

/** An offer/answer exchange as main's bridge drives it: A offers, B answers, A applies the answer. */
export async function negotiate(
  callId: string,
  offerer: MediaParty,
  answerer: MediaParty,
  offererOptions: MediaSessionOptions = defaultOptions,
  answererOptions: MediaSessionOptions = defaultOptions,
): Promise<Negotiation> {
  const offer = await offerer.timed('media.getDescription', { callId, options: offererOptions });
  await answerer.call('media.setDescription', { callId, sdp: offer.result.sdp, options: answererOptions });
  const answer = await answerer.timed('media.getDescription', { callId, options: answererOptions });
  await offerer.call('media.setDescription', { callId, sdp: answer.result.sdp, options: offererOptions });
  return { offer: offer.result.sdp, answer: answer.result.sdp, offerMs: offer.ms, answerMs: answer.ms };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
