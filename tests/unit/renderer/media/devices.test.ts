import { describe, expect, it } from 'vitest';
import type { MediaName, SoftphoneApi } from '../../../../src/shared/contract';
import { registerDeviceHandlers, toAudioDevices } from '../../../../src/renderer/media/devices';

function device(kind: MediaDeviceKind, deviceId: string, label: string): MediaDeviceInfo {
  return { kind, deviceId, label, groupId: 'g', toJSON: () => ({}) };
}

/** Captures the media handler the code under test registers. */
function fakeApi() {
  const handlers = new Map<MediaName, (params: object) => Promise<unknown>>();
  const api = {
    request: () => Promise.reject(new Error('not used')),
    on: () => () => undefined,
    handleMedia: (method: MediaName, handler: (params: object) => Promise<unknown>) => {
      handlers.set(method, handler);
      return () => handlers.delete(method);
    },
  } as unknown as SoftphoneApi;
  return { api, handlers };
}

describe('media devices', () => {
  it('keeps audio inputs and outputs only', () => {
    const devices = [
      device('audioinput', 'mic', 'Headset mic'),
      device('videoinput', 'cam', 'Camera'),
      device('audiooutput', 'spk', 'Speakers'),
    ];
    expect(toAudioDevices(devices)).toEqual([
      { deviceId: 'mic', kind: 'audioinput', label: 'Headset mic' },
      { deviceId: 'spk', kind: 'audiooutput', label: 'Speakers' },
    ]);
  });

  it('answers media.listDevices from enumerateDevices', async () => {
    const { api, handlers } = fakeApi();
    const mediaDevices = {
      enumerateDevices: () => Promise.resolve([device('audioinput', 'mic', 'Mic')]),
    } as unknown as MediaDevices;
    registerDeviceHandlers(api, mediaDevices);
    await expect(handlers.get('media.listDevices')?.({})).resolves.toEqual({
      devices: [{ deviceId: 'mic', kind: 'audioinput', label: 'Mic' }],
    });
  });

  it('answers UNAVAILABLE when the page has no media devices', async () => {
    const { api, handlers } = fakeApi();
    registerDeviceHandlers(api, undefined);
    await expect(handlers.get('media.listDevices')?.({})).rejects.toMatchObject({ code: 'UNAVAILABLE' });
  });
});
