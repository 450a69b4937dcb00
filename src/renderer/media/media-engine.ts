import type { MediaName, MediaParams, MediaResult, SoftphoneApi, Unsubscribe } from '../../shared/contract';
import { ContractError } from '../../shared/contract';
import { CallMedia } from './call-media';
import { registerDeviceHandlers, watchDeviceChanges } from './devices';
import { dtmfFrequencies, playDtmfSound } from './dtmf-sound';
import type { MediaEngineEnv } from './media-env';
import { withBrowserDefaults } from './media-env';
import { RingtoneUrls } from './ringtone-urls';
import { TonePlayer } from './tone-player';

type MediaHandlers = {
  [M in Exclude<MediaName, 'media.listDevices'>]: (params: MediaParams<M>) => Promise<MediaResult<M>>;
};

/**
 * Registers one handler per media request; the mapped type makes a missing one a type error. A
 * handler that throws synchronously still answers with a rejected promise.
 */
function registerAll(api: SoftphoneApi, handlers: MediaHandlers): Unsubscribe[] {
  const names = Object.keys(handlers) as Array<keyof MediaHandlers>;
  return names.map(<M extends keyof MediaHandlers>(name: M) =>
    api.handleMedia(
      name,
      (params: MediaParams<M>) => new Promise((resolve) => resolve(handlers[name](params))),
    ),
  );
}

/**
 * The renderer's media engine: answers main's media requests (src/shared/contract/contract.ts,
 * `mediaRequests`) with one CallMedia per call id, the tone player and DTMF key sounds. Returns a
 * stop function that unregisters everything and releases every call's media.
 */
export function startMediaEngine(api: SoftphoneApi, env: Partial<MediaEngineEnv> = {}): () => void {
  const media = withBrowserDefaults(env);
  const calls = new Map<string, CallMedia>();
  const ringtones = new RingtoneUrls();
  const tones = new TonePlayer(media, ringtones);
  let dtmfContext: AudioContext | undefined;

  const existing = (callId: string): CallMedia => {
    const call = calls.get(callId);
    if (call === undefined) {
      throw new ContractError(
        'NOT_FOUND',
        `no media for call ${callId}: it was never negotiated or is closed`,
      );
    }
    return call;
  };

  /**
   * getDescription/setDescription create a call's media on first use. If a step fails before the
   * first offer/answer completed, the half-built connection goes at once, not when main cleans up.
   */
  const negotiate = async <T>(
    callId: string,
    options: MediaParams<'media.getDescription'>['options'],
    step: (call: CallMedia) => Promise<T>,
  ): Promise<T> => {
    let call = calls.get(callId);
    if (call === undefined) {
      call = new CallMedia(callId, options, media, (state) => {
        api.request('calls.mediaState', { callId, state }).catch(() => undefined);
      });
      calls.set(callId, call);
    }
    try {
      return await step(call);
    } catch (error) {
      if (!call.negotiated && calls.get(callId) === call) {
        calls.delete(callId);
        call.close();
      }
      throw error;
    }
  };

  const handlers: MediaHandlers = {
    'media.getDescription': async ({ callId, options }) => ({
      sdp: await negotiate(callId, options, (call) => call.getDescription(options)),
    }),
    'media.setDescription': async ({ callId, sdp, options }) => {
      await negotiate(callId, options, (call) => call.setDescription(sdp, options));
      return {};
    },
    'media.sendDtmf': ({ callId, tones: keys, durationMs }) =>
      Promise.resolve({ sent: existing(callId).sendDtmf(keys, durationMs) }),
    'media.playDtmfSound': ({ tone }) => {
      const frequencies = dtmfFrequencies(tone);
      if (frequencies === undefined)
        throw new ContractError('INVALID_PARAMS', `"${tone}" is not a DTMF key`, 'tone');
      dtmfContext ??= media.createAudioContext();
      playDtmfSound(dtmfContext, frequencies);
      return Promise.resolve({});
    },
    'media.setMuted': ({ callId, muted }) => {
      existing(callId).setMuted(muted);
      return Promise.resolve({});
    },
    'media.setDevices': async ({ callId, inputDeviceId, outputDeviceId }) => {
      await existing(callId).setDevices(inputDeviceId, outputDeviceId);
      return {};
    },
    'media.tone': async ({ key, tone, play, deviceIds, ringtone }) => {
      if (!play) {
        tones.stop(key);
        return {};
      }
      const outcome = await tones.start(key, { tone, deviceIds, ringtone });
      return outcome === undefined ? {} : { ringtone: outcome };
    },
    'media.getStats': ({ callId }) => existing(callId).getStats(),
    'media.rollback': async ({ callId }) => {
      await calls.get(callId)?.rollback();
      return {};
    },
    'media.close': ({ callId }) => {
      calls.get(callId)?.close();
      calls.delete(callId);
      return Promise.resolve({});
    },
  };

  const unsubscribes = [
    registerDeviceHandlers(api, media.mediaDevices),
    ...registerAll(api, handlers),
    watchDeviceChanges(api, media.mediaDevices),
  ];
  return () => {
    for (const unsubscribe of unsubscribes) unsubscribe();
    for (const call of calls.values()) call.close();
    calls.clear();
    tones.stopAll();
    ringtones.revokeAll();
    dtmfContext?.close().catch(() => undefined);
    dtmfContext = undefined;
  };
}
