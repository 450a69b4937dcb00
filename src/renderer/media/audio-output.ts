import { isDefaultDevice } from './microphone';

/**
 * Routes an <audio> element to an output device. 'default' goes back to the system output. Where
 * setSinkId is missing (old browsers) the element stays on the default output.
 */
export async function setOutputDevice(element: HTMLMediaElement, deviceId: string): Promise<void> {
  const sinkId = isDefaultDevice(deviceId) ? '' : deviceId;
  if (typeof element.setSinkId !== 'function' || element.sinkId === sinkId) return;
  try {
    await element.setSinkId(sinkId);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new Error(`could not play on the output device "${deviceId}": ${detail}`, { cause: error });
  }
}

/** An <audio> element playing a stream on one output device. */
export async function playStreamOn(
  document: Document,
  stream: MediaStream,
  deviceId: string,
): Promise<HTMLAudioElement> {
  const element = document.createElement('audio');
  element.autoplay = true;
  element.srcObject = stream;
  try {
    await setOutputDevice(element, deviceId);
    await element.play();
  } catch (error) {
    releaseAudioElement(element);
    throw error;
  }
  return element;
}

export function releaseAudioElement(element: HTMLMediaElement): void {
  element.pause();
  element.srcObject = null;
  element.removeAttribute('src');
  element.remove();
}
