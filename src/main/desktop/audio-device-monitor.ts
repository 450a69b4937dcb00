import type { AudioDevice, AudioDeviceChange } from './audio-device-changes';
import { audioDeviceChanges } from './audio-device-changes';

export interface AudioDeviceMonitorOptions {
  /** The renderer's media engine lists the devices (main has no access to them). */
  listDevices(): Promise<readonly AudioDevice[]>;
  onChange(change: AudioDeviceChange): void;
  onError(error: unknown): void;
}

/**
 * Turns the renderer's "devices changed" signal into connected/disconnected events. The first list
 * after start (or after a window reload) is the baseline: devices present then are not news.
 */
export class AudioDeviceMonitor {
  private known: readonly AudioDevice[] | undefined;
  private queue: Promise<void> = Promise.resolve();

  constructor(private readonly options: AudioDeviceMonitorOptions) {}

  /** Serialised, so two quick signals compare against each other in order. */
  devicesChanged(): Promise<void> {
    this.queue = this.queue.then(() => this.compare());
    return this.queue;
  }

  private async compare(): Promise<void> {
    let now: readonly AudioDevice[];
    try {
      now = await this.options.listDevices();
    } catch (error) {
      this.options.onError(error);
      return;
    }
    const before = this.known;
    this.known = now;
    if (before === undefined) return;
    for (const change of audioDeviceChanges(before, now)) this.options.onChange(change);
  }
}
