// The media engine's e2e test page. Plain JavaScript on purpose: tsconfig.node.json covers tests/e2e
// without DOM types, and the engine itself is typechecked with src/renderer.
import { startMediaEngine } from '../../../../src/renderer/media/media-engine';

const { document, AudioContext, CSS, performance, setTimeout } = globalThis;

/** Every AudioContext the engines made for tones and key sounds, newest last. */
const toneContexts = [];

/**
 * An AudioContext whose destination is a tap: what the engine plays on the default output also
 * reaches an analyser, so the test can check the tone's frequency (headless Chromium has no speaker).
 */
class TappedAudioContext extends AudioContext {
  constructor(options) {
    super(options);
    this.tap = this.createGain();
    this.tap.connect(super.destination);
    this.analyser = this.createAnalyser();
    this.analyser.fftSize = 8192;
    this.analyser.smoothingTimeConstant = 0;
    this.tap.connect(this.analyser);
    toneContexts.push(this);
  }

  get destination() {
    return this.tap;
  }
}

/**
 * A SoftphoneApi-like object whose handleMedia keeps the handlers, so the test calls them directly;
 * the requests the engine sends main (calls.mediaState) are recorded and answered {}.
 */
function createEngine() {
  const handlers = new Map();
  const requests = [];
  const api = {
    request: (method, params) => {
      requests.push({ method, params });
      return Promise.resolve({});
    },
    on: () => () => undefined,
    handleMedia: (method, handler) => {
      handlers.set(method, handler);
      return () => handlers.delete(method);
    },
  };
  const stop = startMediaEngine(api, { createAudioContext: () => new TappedAudioContext() });
  return { handlers, requests, stop };
}

const engines = { a: createEngine(), b: createEngine() };
let listenContext;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Calls one engine's media handler; `ms` is measured in the page, without the test's round trip. */
async function call(engine, method, params) {
  const handler = engines[engine]?.handlers.get(method);
  if (handler === undefined) throw new Error(`engine ${engine} has no handler for ${method}`);
  const started = performance.now();
  const result = await handler(params);
  return { result, ms: performance.now() - started };
}

/** The strongest frequency and the RMS level an analyser sees right now. */
function measure(analyser, sampleRate) {
  const spectrum = new Float32Array(analyser.frequencyBinCount);
  analyser.getFloatFrequencyData(spectrum);
  const wave = new Float32Array(analyser.fftSize);
  analyser.getFloatTimeDomainData(wave);
  let peak = 1;
  for (let bin = 2; bin < spectrum.length; bin++) if (spectrum[bin] > spectrum[peak]) peak = bin;
  const rms = Math.sqrt(wave.reduce((sum, value) => sum + value * value, 0) / wave.length);
  return { peakHz: (peak * sampleRate) / analyser.fftSize, peakDb: spectrum[peak], rms };
}

/** What the newest tone context plays, `ms` after this call; its state tells whether it was stopped. */
async function listenToTones(ms = 300) {
  await sleep(ms);
  const context = toneContexts.at(-1);
  if (context === undefined) return undefined;
  return { state: context.state, ...measure(context.analyser, context.sampleRate) };
}

/** FFT peak and RMS level of a call's remote audio, listened to for `ms`. */
async function listen(callId, ms = 500) {
  const audio = document.querySelector(`audio[data-call-id="${CSS.escape(callId)}"]`);
  if (audio === null || audio.srcObject === null)
    throw new Error(`call ${callId} has no remote audio element`);
  listenContext ??= new AudioContext();
  await listenContext.resume();
  const source = listenContext.createMediaStreamSource(audio.srcObject);
  const analyser = listenContext.createAnalyser();
  analyser.fftSize = 8192;
  analyser.smoothingTimeConstant = 0;
  source.connect(analyser);
  await sleep(ms);
  const heard = measure(analyser, listenContext.sampleRate);
  source.disconnect();
  return heard;
}

function handlerNames(engine) {
  return [...engines[engine].handlers.keys()].sort();
}

function mainRequests(engine) {
  return engines[engine].requests;
}

function audioElementCount() {
  return document.querySelectorAll('audio[data-call-id]').length;
}

globalThis.mediaTest = {
  call,
  listen,
  listenToTones,
  handlerNames,
  mainRequests,
  audioElementCount,
  ready: true,
};
