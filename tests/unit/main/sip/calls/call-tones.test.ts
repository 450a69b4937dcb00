import { describe, expect, it } from 'vitest';
import type { MediaParams, MediaResult, RingtoneOutcome, UserText } from '../../../../../src/shared/contract';
import { silentLogger } from '../../../../../src/main/log/logger';
import type { RingtoneLoad } from '../../../../../src/main/media/ringtone-source';
import { CallTones } from '../../../../../src/main/sip/calls/call-tones';
import type { CallRecord } from '../../../../../src/main/sip/calls/call-record';

const audio = { id: '0123456789abcdef0123456789abcdef', mime: 'audio/wav', base64: 'UklGRg==' } as const;

/** A media engine that holds the ringtones it was sent, as the renderer's RingtoneUrls does. */
function setup(load: RingtoneLoad, playable = true) {
  const sent: MediaParams<'media.tone'>[] = [];
  let held = new Set<string>();
  const problems: Array<UserText | undefined> = [];
  const media = {
    attached: true,
    request: (
      _method: 'media.tone',
      params: MediaParams<'media.tone'>,
    ): Promise<MediaResult<'media.tone'>> => {
      sent.push(params);
      const ringtone = params.ringtone;
      if (!params.play || ringtone === undefined) return Promise.resolve({});
      if (ringtone.base64 !== undefined) held.add(ringtone.id);
      const outcome: RingtoneOutcome = !held.has(ringtone.id) ? 'wanted' : playable ? 'played' : 'unplayable';
      return Promise.resolve({ ringtone: outcome });
    },
  };
  const tones = new CallTones({
    media: media as never,
    setting: (key) => (key === 'media.audio.ringerDevice' ? 'default' : undefined),
    logger: silentLogger,
    ringtones: { load: () => Promise.resolve(load) },
    onRingtoneProblem: (_account, problem) => problems.push(problem),
  });
  const ring = async (id: string) => {
    tones.ring({ id, accountId: 'acc-1' } as CallRecord, false, '/music/ring.wav');
    await new Promise((resolve) => setImmediate(resolve));
    tones.stop(id);
  };
  return { sent, problems, ring, reload: () => (held = new Set()) };
}

describe('CallTones custom ringtone', () => {
  it('sends the audio the first time only, and again when the renderer lost it', async () => {
    const { sent, ring, reload } = setup({ ok: true, audio });
    await ring('c1');
    await ring('c2');
    reload();
    await ring('c3');
    const plays = sent.filter((p) => p.play);
    expect(plays.map((p) => p.ringtone?.base64 !== undefined)).toEqual([true, false, false, true]);
  });

  it('rings the built-in tone for a file that cannot ring, and reports it once', async () => {
    const { sent, problems, ring } = setup({ ok: false, problem: 'notAudio', detail: 'text' });
    await ring('c1');
    await ring('c2');
    expect(sent.filter((p) => p.play).every((p) => p.tone === 'ringtone' && p.ringtone === undefined)).toBe(
      true,
    );
    expect(problems).toEqual([{ key: 'ringtone.notAudio', params: { file: 'ring.wav' } }]);
  });

  it('reports audio the renderer could not play', async () => {
    const { problems, ring } = setup({ ok: true, audio }, false);
    await ring('c1');
    expect(problems).toEqual([{ key: 'ringtone.unplayable', params: { file: 'ring.wav' } }]);
  });
});
