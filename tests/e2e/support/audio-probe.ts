import type { Page } from 'playwright-core';

/**
 * Measures what the page plays from a call: the dominant frequency and level
 * of the remote audio (every <audio> element with a MediaStream), from an FFT
 * in the page's own WebAudio. Runs as a string so it needs no DOM types here.
 */
export interface AudioMeasurement {
  frequencyHz: number;
  /** Peak magnitude in dB of the dominant bin; about -100 for silence. */
  levelDb: number;
}

const probe = `(async () => {
  const elements = [...document.querySelectorAll('audio')].filter((a) => a.srcObject instanceof MediaStream);
  const stream = elements.map((a) => a.srcObject).find((s) => s.getAudioTracks().some((t) => t.readyState === 'live'));
  if (!stream) return { frequencyHz: 0, levelDb: -200 };
  const ctx = new AudioContext();
  const source = ctx.createMediaStreamSource(stream);
  const analyser = ctx.createAnalyser();
  analyser.fftSize = 8192;
  source.connect(analyser);
  await new Promise((r) => setTimeout(r, 400));
  const bins = new Float32Array(analyser.frequencyBinCount);
  analyser.getFloatFrequencyData(bins);
  let best = 0;
  for (let i = 1; i < bins.length; i++) if (bins[i] > bins[best]) best = i;
  const result = { frequencyHz: (best * ctx.sampleRate) / analyser.fftSize, levelDb: bins[best] };
  await ctx.close();
  return result;
})()`;

export function measureRemoteAudio(page: Page): Promise<AudioMeasurement> {
  return page.evaluate<AudioMeasurement>(probe);
}
