import { basename } from 'node:path';
import type { RingtoneAudio, RingtoneOutcome, UserText } from '../../../shared/contract';
import type { Logger } from '../../log/logger';
import type { MediaChannel } from '../../media/media-channel';
import type { RingtoneSource } from '../../media/ringtone-source';
import type { CallRecord } from './call-record';

type SettingGetter = (key: string) => unknown;

/** Why an account's own ringtone does not ring (a `ringtone.*` code), or undefined once it does again. */
export type RingtoneProblemListener = (accountId: string, problem: UserText | undefined) => void;

export interface CallTonesOptions {
  media: Pick<MediaChannel, 'request' | 'attached'>;
  setting: SettingGetter;
  logger: Logger;
  ringtones: Pick<RingtoneSource, 'load'>;
  onRingtoneProblem?: RingtoneProblemListener;
}

/** Ringtone versions the renderer was last sent the audio of; it says 'wanted' if it lost one. */
const sentRemembered = 8;

/**
 * Ringtone, call-waiting beep and ringback for calls, played by the
 * renderer's media engine and keyed by call id so that any call end stops them.
 * An account's own ringtone file is read here (never by the renderer) and sent as audio; a file
 * that cannot ring leaves the built-in ringtone, and the account says why.
 */
export class CallTones {
  private readonly playing = new Set<string>();
  private readonly sent = new Set<string>();
  /** The problem each account last reported, so that it is logged and shown once. */
  private readonly problems = new Map<string, string>();

  constructor(private readonly options: CallTonesOptions) {}

  /**
   * An incoming call: the ringtone (the account's file when `ringtonePath` is set) on the ringer
   * device (and the PC speaker if chosen), or a beep while in a call.
   */
  ring(call: CallRecord, inCall: boolean, ringtonePath = ''): void {
    if (inCall) {
      this.play(call.id, 'callWaiting', [this.options.setting('media.audio.outputDevice') as string]);
      return;
    }
    const ringer = this.options.setting('media.audio.ringerDevice') as string;
    const devices = [ringer];
    if (this.options.setting('media.audio.ringThroughPcSpeaker') === true && ringer !== 'default')
      devices.push('default');
    if (ringtonePath === '') {
      this.report(call.accountId, undefined);
      this.play(call.id, 'ringtone', devices);
      return;
    }
    if (!this.options.media.attached) return;
    this.playing.add(call.id);
    this.ringCustom(call, devices, ringtonePath).catch((error: unknown) =>
      this.options.logger.warn('Playing the ringtone failed', error),
    );
  }

  /** The far end rings and sends no early media. */
  ringback(call: CallRecord): void {
    if (this.playing.has(call.id)) return;
    this.play(call.id, 'ringback', [this.options.setting('media.audio.outputDevice') as string]);
  }

  stop(callId: string): void {
    if (!this.playing.delete(callId) || !this.options.media.attached) return;
    this.options.media
      .request('media.tone', { key: callId, tone: 'ringtone', play: false, deviceIds: [] })
      .catch((error: unknown) => this.options.logger.debug(`Stopping the tone of ${callId} failed`, error));
  }

  private play(key: string, tone: 'ringtone' | 'ringback' | 'callWaiting', deviceIds: string[]): void {
    if (!this.options.media.attached) return;
    this.playing.add(key);
    this.options.media
      .request('media.tone', { key, tone, play: true, deviceIds })
      .catch((error: unknown) => this.options.logger.warn(`Playing the ${tone} failed`, error));
  }

  private async ringCustom(call: CallRecord, deviceIds: string[], path: string): Promise<void> {
    const loaded = await this.options.ringtones.load(path);
    if (!this.playing.has(call.id)) return; // stopped (answered, ended) while the file was read
    if (!loaded.ok) {
      this.report(
        call.accountId,
        { key: `ringtone.${loaded.problem}`, params: { file: fileName(path) } },
        loaded.detail,
      );
      await this.send(call.id, deviceIds, undefined);
      return;
    }
    const { audio } = loaded;
    let outcome = await this.send(
      call.id,
      deviceIds,
      this.sent.has(audio.id) ? { id: audio.id, mime: audio.mime } : audio,
    );
    this.remember(audio.id);
    if (outcome === 'wanted' && this.playing.has(call.id))
      outcome = await this.send(call.id, deviceIds, audio);
    if (outcome === 'unplayable')
      this.report(
        call.accountId,
        { key: 'ringtone.unplayable', params: { file: fileName(path) } },
        audio.mime,
      );
    else if (outcome === 'played') this.report(call.accountId, undefined);
  }

  private async send(
    key: string,
    deviceIds: string[],
    ringtone: RingtoneAudio | undefined,
  ): Promise<RingtoneOutcome | undefined> {
    const result = await this.options.media.request('media.tone', {
      key,
      tone: 'ringtone',
      play: true,
      deviceIds,
      ...(ringtone ? { ringtone } : {}),
    });
    return result.ringtone;
  }

  private remember(id: string): void {
    this.sent.delete(id);
    this.sent.add(id);
    for (const oldest of this.sent) {
      if (this.sent.size <= sentRemembered) break;
      this.sent.delete(oldest);
    }
  }

  private report(accountId: string, problem: UserText | undefined, detail = ''): void {
    const said = problem === undefined ? undefined : JSON.stringify(problem);
    if (this.problems.get(accountId) === said) return;
    if (said === undefined) this.problems.delete(accountId);
    else {
      this.problems.set(accountId, said);
      this.options.logger.warn(
        `Account ${accountId}: the custom ringtone cannot ring (${problem!.key}, ${detail}); the built-in one rings`,
      );
    }
    this.options.onRingtoneProblem?.(accountId, problem);
  }
}

/** The file's name, for the user's message (the whole path may be long). */
function fileName(path: string): string {
  return basename(path).slice(0, 200);
}
