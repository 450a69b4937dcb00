import { describe, expect, it } from 'vitest';
import { sendClockRate, withDtmfAtSendClock } from '../../../../src/renderer/media/dtmf-clock';
import { audioFormats } from '../../../../src/renderer/media/sdp-audio';

/** An answer as Chromium gives it to an offer with every codec (both telephone-events). */
const chromiumAnswer = [
  'v=0',
  'o=- 1 2 IN IP4 127.0.0.1',
  's=-',
  't=0 0',
  'm=audio 9 UDP/TLS/RTP/SAVPF 111 63 9 0 8 13 110 126',
  'a=rtpmap:111 opus/48000/2',
  'a=rtcp-fb:111 transport-cc',
  'a=fmtp:111 minptime=10;useinbandfec=1',
  'a=rtpmap:63 red/48000/2',
  'a=fmtp:63 111/111',
  'a=rtpmap:9 G722/8000',
  'a=rtpmap:0 PCMU/8000',
  'a=rtpmap:8 PCMA/8000',
  'a=rtpmap:13 CN/8000',
  'a=rtpmap:110 telephone-event/48000',
  'a=rtpmap:126 telephone-event/8000',
  'a=fmtp:126 0-15',
  'm=video 0 RTP/AVP 96',
  'a=rtpmap:96 VP8/90000',
  '',
].join('\r\n');

/** A PBX offer: G.711 first, static payload types without rtpmap, both telephone-events. */
const pbxOffer = [
  'v=0',
  'm=audio 4000 RTP/AVP 0 8 96 101 102',
  'a=rtpmap:96 opus/48000/2',
  'a=rtpmap:101 telephone-event/8000',
  'a=fmtp:101 0-16',
  'a=rtpmap:102 telephone-event/48000',
  '',
].join('\n');

const events = (sdp: string) =>
  audioFormats(sdp)
    .filter((format) => format.name === 'telephone-event')
    .map((format) => `${format.payloadType}/${format.clockRate}`);

describe('telephone-event at the send clock', () => {
  it('reads the audio payload types with name and clock, static ones included', () => {
    expect(audioFormats(pbxOffer)).toEqual([
      { payloadType: '0', name: 'pcmu', clockRate: 8000 },
      { payloadType: '8', name: 'pcma', clockRate: 8000 },
      { payloadType: '96', name: 'opus', clockRate: 48000 },
      { payloadType: '101', name: 'telephone-event', clockRate: 8000 },
      { payloadType: '102', name: 'telephone-event', clockRate: 48000 },
    ]);
    expect(audioFormats('m=audio 9 RTP/AVP 98\n')).toEqual([
      { payloadType: '98', name: 'pt98', clockRate: NaN },
    ]);
  });

  it('sends with the first codec of an answer, or the first chosen codec an offer has', () => {
    expect(sendClockRate(audioFormats(chromiumAnswer), 'answer', ['pcmu'])).toBe(48000);
    expect(sendClockRate(audioFormats(pbxOffer), 'offer', ['opus', 'pcmu'])).toBe(48000);
    expect(sendClockRate(audioFormats(pbxOffer), 'offer', ['g722', 'pcma'])).toBe(8000);
    expect(sendClockRate(audioFormats(pbxOffer), 'offer', [])).toBe(8000);
    expect(
      sendClockRate(audioFormats('m=audio 9 RTP/AVP 101\na=rtpmap:101 telephone-event/8000\n'), 'offer', []),
    ).toBeUndefined();
  });

  it('leaves only the telephone-event at the Opus clock in an Opus answer, with its lines', () => {
    const trimmed = withDtmfAtSendClock(chromiumAnswer, 'answer', ['opus']);
    expect(events(trimmed)).toEqual(['110/48000']);
    expect(trimmed).toContain('m=audio 9 UDP/TLS/RTP/SAVPF 111 63 9 0 8 13 110\r\n');
    expect(trimmed).not.toMatch(/:126 /);
    // everything else stays as it was, CRLF and the video section included
    expect(trimmed.split('\r\n')).toEqual(
      chromiumAnswer
        .split('\r\n')
        .filter((line) => !line.includes(':126 '))
        .map((line) => (line.startsWith('m=audio') ? line.replace(' 126', '') : line)),
    );
  });

  it('leaves only telephone-event/8000 when G.711 is sent', () => {
    expect(events(withDtmfAtSendClock(pbxOffer, 'offer', ['pcma', 'opus']))).toEqual(['101/8000']);
    expect(withDtmfAtSendClock(pbxOffer, 'offer', ['pcma', 'opus'])).toContain(
      'm=audio 4000 RTP/AVP 0 8 96 101\n',
    );
    expect(withDtmfAtSendClock(pbxOffer, 'offer', ['opus'])).not.toContain('a=fmtp:101');
  });

  it('changes nothing without a telephone-event at the send clock, or with only that one', () => {
    const only8000 =
      'v=0\r\nm=audio 4000 RTP/AVP 96 101\r\na=rtpmap:96 opus/48000/2\r\na=rtpmap:101 telephone-event/8000\r\n';
    expect(withDtmfAtSendClock(only8000, 'offer', ['opus'])).toBe(only8000);
    const trimmed = withDtmfAtSendClock(chromiumAnswer, 'answer', ['opus']);
    expect(withDtmfAtSendClock(trimmed, 'answer', ['opus'])).toBe(trimmed);
    expect(withDtmfAtSendClock('v=0\r\n', 'offer', ['opus'])).toBe('v=0\r\n');
  });
});
