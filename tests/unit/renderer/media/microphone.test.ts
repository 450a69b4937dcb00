import { describe, expect, it } from 'vitest';
import type { MicrophoneOptions } from '../../../../src/renderer/media/microphone';
import { audioConstraints, openMicrophone } from '../../../../src/renderer/media/microphone';

const options: MicrophoneOptions = {
  inputDeviceId: 'headset',
  echoCancellation: true,
  noiseSuppression: false,
  autoGainControl: true,
};

const track = { kind: 'audio' } as MediaStreamTrack;
const stream = { getAudioTracks: () => [track] } as unknown as MediaStream;

/** getUserMedia that fails with `error` whenever a device is asked for exactly. */
function devices(error?: DOMException) {
  const asked: MediaStreamConstraints[] = [];
  const mediaDevices = {
    getUserMedia: (constraints: MediaStreamConstraints) => {
      asked.push(constraints);
      const audio = constraints.audio as MediaTrackConstraints;
      return error !== undefined && (audio.deviceId !== undefined || error.name === 'NotAllowedError')
        ? Promise.reject(error)
        : Promise.resolve(stream);
    },
  } as unknown as MediaDevices;
  return { mediaDevices, asked };
}

describe('the call microphone', () => {
  it('asks for the chosen device exactly, with the audio processing as set', () => {
    expect(audioConstraints(options)).toEqual({
      audio: {
        deviceId: { exact: 'headset' },
        echoCancellation: true,
        noiseSuppression: false,
        autoGainControl: true,
      },
      video: false,
    });
  });

  it('leaves the device to the system for "default"', () => {
    const audio = audioConstraints({ ...options, inputDeviceId: 'default' }).audio as MediaTrackConstraints;
    expect(audio.deviceId).toBeUndefined();
  });

  it('falls back to the default input when the chosen device is gone', async () => {
    const { mediaDevices, asked } = devices(new DOMException('gone', 'OverconstrainedError'));
    await expect(openMicrophone(mediaDevices, options)).resolves.toBe(track);
    expect(asked).toHaveLength(2);
    expect((asked[1]!.audio as MediaTrackConstraints).deviceId).toBeUndefined();
  });

  it('says what to do when access is denied', async () => {
    const { mediaDevices } = devices(new DOMException('Permission denied', 'NotAllowedError'));
    await expect(openMicrophone(mediaDevices, options)).rejects.toThrow(
      'could not open the microphone: access was denied; allow microphone access for the softphone and call again',
    );
  });

  it('says so on a page without media devices', async () => {
    await expect(openMicrophone(undefined, options)).rejects.toThrow(/not a secure context/);
  });
});
