import type { Logger } from '../../log/logger';
import type { MediaChannel } from '../../media/media-channel';
import type { CallRecord } from './call-record';

type SettingGetter = (key: string) => unknown;

/**
 * Ringtone, call-waiting beep and ringback for calls, played by the
 * renderer's media engine and keyed by call id so that any call end stops them.
 */
export class CallTones {
  private readonly playing = new Set<string>();

  constructor(
    private readonly media: Pick<MediaChannel, 'request' | 'attached'>,
    private readonly setting: SettingGetter,
    private readonly logger: Logger,
  ) {}

  /** An incoming call: the ringtone on the ringer device (and the PC speaker if chosen), or a beep while in a call. */
  ring(call: CallRecord, inCall: boolean, customRingtoneUrl = ''): void {
    if (inCall) {
      this.play(call.id, 'callWaiting', [this.setting('media.audio.outputDevice') as string], '');
      return;
    }
    const ringer = this.setting('media.audio.ringerDevice') as string;
    const devices = [ringer];
    if (this.setting('media.audio.ringThroughPcSpeaker') === true && ringer !== 'default')
      devices.push('default');
    this.play(call.id, 'ringtone', devices, customRingtoneUrl);
  }

  /** The far end rings and sends no early media. */
  ringback(call: CallRecord): void {
    if (this.playing.has(call.id)) return;
    this.play(call.id, 'ringback', [this.setting('media.audio.outputDevice') as string], '');
  }

  stop(callId: string): void {
    if (!this.playing.delete(callId) || !this.media.attached) return;
    this.media
      .request('media.tone', { key: callId, tone: 'ringtone', play: false, deviceIds: [], src: '' })
      .catch((error: unknown) => this.logger.debug(`Stopping the tone of ${callId} failed`, error));
  }

  private play(
    key: string,
    tone: 'ringtone' | 'ringback' | 'callWaiting',
    deviceIds: string[],
    src: string,
  ): void {
    if (!this.media.attached) return;
    this.playing.add(key);
    this.media
      .request('media.tone', { key, tone, play: true, deviceIds, src })
      .catch((error: unknown) => this.logger.warn(`Playing the ${tone} failed`, error));
  }
}
