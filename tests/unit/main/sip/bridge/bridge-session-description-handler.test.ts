import { describe, expect, it } from 'vitest';
import type { MediaName } from '../../../../../src/shared/contract';
import { silentLogger } from '../../../../../src/main/log/logger';
import { MediaChannel } from '../../../../../src/main/media/media-channel';
import type {
  BridgeContext,
  BridgeDescriptionOptions,
} from '../../../../../src/main/sip/bridge/bridge-session-description-handler';
import { sdpFixture } from '../../../../support/sdp-fixtures';
import {
  BridgeSessionDescriptionHandler,
  IncompatibleMediaError,
} from '../../../../../src/main/sip/bridge/bridge-session-description-handler';

const baseOptions = {
  iceServers: [],
  iceGatheringBudgetMs: 300,
  codecs: ['opus'],
  inputDeviceId: 'default',
  outputDeviceId: 'default',
  echoCancellation: true,
  noiseSuppression: true,
  autoGainControl: true,
};

function setup(
  answer: (method: MediaName, params: unknown) => Promise<unknown>,
  onIncompatibleDescription?: BridgeContext['onIncompatibleDescription'],
) {
  const sent: [MediaName, unknown][] = [];
  const media = new MediaChannel();
  media.attach((method, params) => {
    sent.push([method, params]);
    return answer(method, params);
  });
  const context: BridgeContext = {
    media,
    logger: silentLogger,
    callIdOf: () => 'call-1',
    mediaOptionsOf: () => baseOptions,
    onIncompatibleDescription,
  };
  return { sdh: new BridgeSessionDescriptionHandler('call-1', context), sent };
}

describe('BridgeSessionDescriptionHandler', () => {
  it('asks the media engine for a description with the call options and hold flag', async () => {
    const holdOptions: BridgeDescriptionOptions = { hold: true };
    const { sdh, sent } = setup(() => Promise.resolve({ sdp: 'v=0\r\n' }));
    expect(await sdh.getDescription(holdOptions)).toEqual({
      body: 'v=0\r\n',
      contentType: 'application/sdp',
    });
    expect(sent[0]).toEqual([
      'media.getDescription',
      { callId: 'call-1', options: { ...baseOptions, hold: true } },
    ]);
  });

  it('passes a remote description through and surfaces the engine refusal', async () => {
    const { sdh, sent } = setup((method) =>
      method === 'media.setDescription' ? Promise.reject(new Error('Invalid SDP line')) : Promise.resolve({}),
    );
    const offer = sdpFixture('chrome-webrtc-offer');
    await expect(sdh.setDescription(offer)).rejects.toThrow('Invalid SDP line');
    expect(sent[0]?.[1]).toMatchObject({ callId: 'call-1', sdp: offer });
  });

  it('refuses SDP the engine cannot use before the engine sees it, and says why', async () => {
    const problems: [string, string][] = [];
    const { sdh, sent } = setup(
      () => Promise.resolve({}),
      (callId, problem) => problems.push([callId, problem]),
    );
    await expect(sdh.setDescription(sdpFixture('baresip-plain-rtp-offer'))).rejects.toBeInstanceOf(
      IncompatibleMediaError,
    );
    await expect(sdh.setDescription('garbage')).rejects.toThrow('Incompatible media: noAudio');
    expect(problems).toEqual([
      ['call-1', 'noEncryption'],
      ['call-1', 'noAudio'],
    ]);
    expect(sent).toEqual([]);
  });

  it('only handles application/sdp', () => {
    const { sdh } = setup(() => Promise.resolve({}));
    expect(sdh.hasDescription('application/sdp')).toBe(true);
    expect(sdh.hasDescription('Application/SDP; charset=utf-8')).toBe(true);
    expect(sdh.hasDescription('text/plain')).toBe(false);
  });

  it('sends DTMF with a bounded duration and refuses after close', async () => {
    const { sdh, sent } = setup(() => Promise.resolve({ sent: true }));
    expect(sdh.sendDtmf('1#', { duration: 10 })).toBe(true);
    sdh.close();
    sdh.close();
    expect(sdh.sendDtmf('2')).toBe(false);
    await expect(sdh.getDescription()).rejects.toThrow(/closed/);
    await new Promise((resolve) => setImmediate(resolve));
    expect(sent.map(([m]) => m)).toEqual(['media.sendDtmf', 'media.close']);
    expect(sent[0]?.[1]).toMatchObject({ tones: '1#', durationMs: 40 });
  });

  it('asks for an ICE restart offer only when sip.js passes iceRestart', async () => {
    const { sdh, sent } = setup(() => Promise.resolve({ sdp: 'v=0' }));
    await sdh.getDescription({ hold: false });
    await sdh.getDescription({ hold: false, iceRestart: true });
    expect(sent[0]?.[1]).not.toHaveProperty('options.iceRestart');
    expect(sent[1]?.[1]).toMatchObject({ options: { hold: false, iceRestart: true } });
  });

  it('rolls the media back when sip.js withdraws an offer, without failing the call if that fails', async () => {
    const { sdh, sent } = setup((method) =>
      method === 'media.rollback' ? Promise.reject(new Error('no such call')) : Promise.resolve({}),
    );
    await expect(sdh.rollbackDescription()).resolves.toBeUndefined();
    expect(sent).toEqual([['media.rollback', { callId: 'call-1' }]]);
    sdh.close();
    await sdh.rollbackDescription();
    expect(sent.map(([m]) => m)).toEqual(['media.rollback', 'media.close']);
  });
});
