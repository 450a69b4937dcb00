import { describe, expect, it } from 'vitest';
import type { MediaName, MediaSessionOptions, SoftphoneApi } from '../../../../src/shared/contract';
import { mediaNames } from '../../../../src/shared/contract';
import { startMediaEngine } from '../../../../src/renderer/media/media-engine';
import type { MediaEngineEnv } from '../../../../src/renderer/media/media-env';

type Handler = (params: object) => Promise<unknown>;

function fakeApi() {
  const handlers = new Map<MediaName, Handler>();
  const api = {
    request: () => Promise.reject(new Error('not used')),
    on: () => () => undefined,
    handleMedia: (method: MediaName, handler: Handler) => {
      handlers.set(method, handler);
      return () => handlers.delete(method);
    },
  } as unknown as SoftphoneApi;
  const call = (method: MediaName, params: object) => {
    const handler = handlers.get(method);
    if (handler === undefined) throw new Error(`no handler for ${method}`);
    return handler(params);
  };
  return { api, handlers, call };
}

/** Just enough of an RTCPeerConnection to be created and closed. */
function fakePeerConnections() {
  const created: Array<{ closed: boolean; configuration: RTCConfiguration }> = [];
  const createPeerConnection = (configuration: RTCConfiguration) => {
    const pc = {
      configuration,
      closed: false,
      signalingState: 'stable',
      addEventListener: () => undefined,
      getReceivers: () => [],
      getTransceivers: () => [],
      close() {
        this.closed = true;
      },
    };
    created.push(pc);
    return pc as unknown as RTCPeerConnection;
  };
  return { created, createPeerConnection };
}

const options: MediaSessionOptions = {
  iceServers: [{ urls: 'stun:stun.example.com' }],
  iceGatheringBudgetMs: 300,
  codecs: ['opus'],
  hold: false,
  inputDeviceId: 'default',
  outputDeviceId: 'default',
  echoCancellation: true,
  noiseSuppression: true,
  autoGainControl: true,
};

function start(env: Partial<MediaEngineEnv> = {}) {
  const fake = fakeApi();
  const peers = fakePeerConnections();
  const stop = startMediaEngine(fake.api, {
    mediaDevices: undefined,
    document: {} as Document,
    createPeerConnection: peers.createPeerConnection,
    ...env,
  });
  return { ...fake, peers, stop };
}

describe('the media engine', () => {
  it('handles every media request of the contract', () => {
    const { handlers } = start();
    expect([...handlers.keys()].sort()).toEqual([...mediaNames].sort());
  });

  it('refuses requests for a call it has no media for, but closing one is fine', async () => {
    const { call } = start();
    await expect(call('media.getStats', { callId: 'c1' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: 'no media for call c1: it was never negotiated or is closed',
    });
    await expect(call('media.sendDtmf', { callId: 'c1', tones: '1', durationMs: 100 })).rejects.toMatchObject(
      {
        code: 'NOT_FOUND',
      },
    );
    await expect(call('media.setMuted', { callId: 'c1', muted: true })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(
      call('media.setDevices', { callId: 'c1', inputDeviceId: 'default', outputDeviceId: 'default' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(call('media.close', { callId: 'c1' })).resolves.toEqual({});
  });

  it('stopping a tone that does not play is fine', async () => {
    const { call } = start();
    const stopTone = { key: 'nothing', tone: 'busy', play: false, deviceIds: [] };
    await expect(call('media.tone', stopTone)).resolves.toEqual({});
  });

  it('creates the connection with the STUN/TURN servers and drops it when the offer fails', async () => {
    const { call, peers } = start();
    await expect(call('media.getDescription', { callId: 'c1', options })).rejects.toThrow(
      /could not open the microphone/,
    );
    expect(peers.created).toHaveLength(1);
    expect(peers.created[0]!.configuration.iceServers).toEqual(options.iceServers);
    expect(peers.created[0]!.closed).toBe(true);
    await expect(call('media.getStats', { callId: 'c1' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('turns an unusable STUN/TURN setting into a validation error', async () => {
    const { call } = start({
      createPeerConnection: () => {
        throw new DOMException("Invalid url 'stun:'", 'SyntaxError');
      },
    });
    await expect(call('media.getDescription', { callId: 'c1', options })).rejects.toMatchObject({
      code: 'VALIDATION',
      message: expect.stringMatching(/STUN\/TURN server setting is not usable/) as string,
    });
  });

  it('refuses a DTMF sound for a character that is not a key', async () => {
    const { call } = start();
    await expect(call('media.playDtmfSound', { tone: 'x' })).rejects.toMatchObject({
      code: 'INVALID_PARAMS',
    });
  });

  it('stop unregisters every handler', () => {
    const { handlers, stop } = start();
    stop();
    expect(handlers.size).toBe(0);
  });
});
