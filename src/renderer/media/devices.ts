import { ContractError } from '../../shared/contract';
import type { MediaResult, SoftphoneApi, Unsubscribe } from '../../shared/contract';

type MediaDevice = MediaResult<'media.listDevices'>['devices'][number];

/** Audio devices only: main matches headsets and offers input/output choices, never cameras. */
export function toAudioDevices(devices: readonly MediaDeviceInfo[]): MediaDevice[] {
  const audio: MediaDevice[] = [];
  for (const device of devices) {
    if (device.kind === 'audioinput' || device.kind === 'audiooutput') {
      audio.push({ deviceId: device.deviceId, kind: device.kind, label: device.label });
    }
  }
  return audio;
}

/**
 * Answers main's `media.listDevices`. `mediaDevices` is undefined on pages that are not a secure
 * context (a web shell reached over plain http from another host), which main learns as UNAVAILABLE.
 */
export function registerDeviceHandlers(
  api: SoftphoneApi,
  mediaDevices: MediaDevices | undefined,
): Unsubscribe {
  return api.handleMedia('media.listDevices', async () => {
    if (mediaDevices === undefined) {
      throw new ContractError(
        'UNAVAILABLE',
        'this page has no access to media devices (not a secure context)',
      );
    }
    return { devices: toAudioDevices(await mediaDevices.enumerateDevices()) };
  });
}

/**
 * Tells main when the OS adds or removes an audio device (and once now, for its baseline); main lists
 * the devices through `media.listDevices` and decides what to notify.
 */
export function watchDeviceChanges(api: SoftphoneApi, mediaDevices: MediaDevices | undefined): Unsubscribe {
  if (mediaDevices === undefined) return () => undefined;
  const signal = () => {
    api.request('audioDevices.changed', {}).catch(() => undefined);
  };
  mediaDevices.addEventListener('devicechange', signal);
  signal();
  return () => mediaDevices.removeEventListener('devicechange', signal);
}
