import { releaseAudioElement, setOutputDevice } from './audio-output';

/**
 * A call's remote audio: an <audio> element the engine owns, outside React's tree, playing the
 * call's receiver tracks on the chosen output device. data-call-id lets tools (and the e2e test)
 * find it.
 */
export class RemoteAudio {
  private element: HTMLAudioElement | undefined;

  constructor(
    private readonly document: Document,
    private readonly callId: string,
  ) {}

  /** Plays `tracks` on `deviceId`; a device that has gone falls back to the default output. */
  async play(tracks: readonly MediaStreamTrack[], deviceId: string): Promise<void> {
    const element = this.element ?? this.create();
    const current = element.srcObject instanceof MediaStream ? element.srcObject.getTracks() : [];
    if (tracks.length !== current.length || tracks.some((track, index) => track !== current[index])) {
      element.srcObject = new MediaStream([...tracks]);
    }
    // A missing output device must not silence the call: it plays on the default output instead.
    await setOutputDevice(element, deviceId).catch(() => setOutputDevice(element, 'default'));
    // Autoplay may still be refused (no user gesture yet); the element starts once it is allowed.
    element.play().catch(() => undefined);
  }

  /** Moves the audio to another output ("speaker" switching); refuses a device that is not there. */
  async setOutput(deviceId: string): Promise<void> {
    if (this.element !== undefined) await setOutputDevice(this.element, deviceId);
  }

  release(): void {
    if (this.element !== undefined) releaseAudioElement(this.element);
    this.element = undefined;
  }

  private create(): HTMLAudioElement {
    const element = this.document.createElement('audio');
    element.autoplay = true;
    element.hidden = true;
    element.dataset['callId'] = this.callId;
    this.document.body.append(element);
    this.element = element;
    return element;
  }
}
