/** The audio settings a call's microphone is opened with. */
export interface MicrophoneOptions {
  /** 'default' (or empty) for the system's default input. */
  readonly inputDeviceId: string;
  readonly echoCancellation: boolean;
  readonly noiseSuppression: boolean;
  readonly autoGainControl: boolean;
}

export function isDefaultDevice(deviceId: string): boolean {
  return deviceId === '' || deviceId === 'default';
}

/** getUserMedia constraints: audio only, the chosen device exactly, the processing as set. */
export function audioConstraints(options: MicrophoneOptions, useDevice = true): MediaStreamConstraints {
  const device =
    useDevice && !isDefaultDevice(options.inputDeviceId)
      ? { deviceId: { exact: options.inputDeviceId } }
      : {};
  return {
    audio: {
      ...device,
      echoCancellation: options.echoCancellation,
      noiseSuppression: options.noiseSuppression,
      autoGainControl: options.autoGainControl,
    },
    video: false,
  };
}

const hints: Readonly<Record<string, string>> = {
  NotAllowedError: 'access was denied; allow microphone access for the softphone and call again',
  NotFoundError: 'no microphone was found; connect one and call again',
  NotReadableError: 'the microphone is in use by another application or not working',
  OverconstrainedError: 'the chosen microphone is not available',
};

function microphoneError(error: unknown): Error {
  const name = error instanceof Error ? error.name : 'Error';
  const detail = hints[name] ?? (error instanceof Error ? error.message : String(error));
  return new Error(`could not open the microphone: ${detail}`, { cause: error });
}

/**
 * Opens the microphone for a call. A chosen device that has gone (unplugged headset) falls back to
 * the default input: a call with the laptop microphone beats a call that fails.
 */
export async function openMicrophone(
  mediaDevices: MediaDevices | undefined,
  options: MicrophoneOptions,
): Promise<MediaStreamTrack> {
  if (mediaDevices === undefined) {
    throw new Error('could not open the microphone: this page has no media devices (not a secure context)');
  }
  const open = async (useDevice: boolean) => {
    const stream = await mediaDevices.getUserMedia(audioConstraints(options, useDevice));
    const [track] = stream.getAudioTracks();
    if (track === undefined) throw new Error('getUserMedia returned no audio track');
    return track;
  };
  try {
    return await open(true);
  } catch (error) {
    const gone =
      error instanceof Error && (error.name === 'OverconstrainedError' || error.name === 'NotFoundError');
    if (!gone || isDefaultDevice(options.inputDeviceId)) throw microphoneError(error);
    try {
      return await open(false);
    } catch (fallbackError) {
      throw microphoneError(fallbackError);
    }
  }
}
