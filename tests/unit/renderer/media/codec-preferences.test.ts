import { describe, expect, it } from 'vitest';
import {
  applyCodecPreferences,
  codecName,
  offeredAudioCodecs,
  offersChosenCodec,
  orderCodecs,
} from '../../../../src/renderer/media/codec-preferences';

/** RTCRtpReceiver.getCapabilities('audio').codecs as Chromium 156 reports them. */
const chromium: RTCRtpCodec[] = [
  { channels: 2, clockRate: 48000, mimeType: 'audio/opus', sdpFmtpLine: 'minptime=10;useinbandfec=1' },
  { channels: 2, clockRate: 48000, mimeType: 'audio/red' },
  { channels: 1, clockRate: 8000, mimeType: 'audio/G722' },
  { channels: 1, clockRate: 8000, mimeType: 'audio/PCMU' },
  { channels: 1, clockRate: 8000, mimeType: 'audio/PCMA' },
  { channels: 1, clockRate: 8000, mimeType: 'audio/CN' },
  { channels: 1, clockRate: 48000, mimeType: 'audio/telephone-event' },
  { channels: 1, clockRate: 8000, mimeType: 'audio/telephone-event' },
];

const mimeTypes = (codecs: RTCRtpCodec[]) => codecs.map((codec) => `${codec.mimeType}/${codec.clockRate}`);

describe('codec preferences', () => {
  it('puts the chosen codecs first, in the chosen order, then DTMF, CN and RED', () => {
    expect(mimeTypes(orderCodecs(chromium, ['pcma', 'opus', 'g722']))).toEqual([
      'audio/PCMA/8000',
      'audio/opus/48000',
      'audio/G722/8000',
      'audio/red/48000',
      'audio/CN/8000',
      'audio/telephone-event/48000',
      'audio/telephone-event/8000',
    ]);
  });

  it('leaves out codecs that were not chosen, RED without opus, telephone-event at rates not chosen', () => {
    expect(mimeTypes(orderCodecs(chromium, ['pcmu']))).toEqual([
      'audio/PCMU/8000',
      'audio/CN/8000',
      'audio/telephone-event/8000',
    ]);
    expect(mimeTypes(orderCodecs(chromium, ['opus']))).toEqual([
      'audio/opus/48000',
      'audio/red/48000',
      'audio/CN/8000',
      'audio/telephone-event/48000',
    ]);
  });

  it('matches names case-insensitively and ignores unknown names and repeats', () => {
    expect(mimeTypes(orderCodecs(chromium, ['G722', 'speex', 'g722']))[0]).toBe('audio/G722/8000');
    expect(
      orderCodecs(chromium, ['G722', 'g722']).filter((codec) => codec.mimeType === 'audio/G722'),
    ).toHaveLength(1);
  });

  it('returns nothing (keep the browser default) when no chosen codec is supported', () => {
    expect(orderCodecs(chromium, [])).toEqual([]);
    expect(orderCodecs(chromium, ['speex'])).toEqual([]);
    expect(orderCodecs(chromium.slice(5), ['pcmu'])).toEqual([]);
  });

  it('sets the preference on the transceiver only when there is one', () => {
    const calls: RTCRtpCodec[][] = [];
    const transceiver = { setCodecPreferences: (codecs: RTCRtpCodec[]) => calls.push(codecs) };
    applyCodecPreferences(transceiver, chromium, ['speex']);
    applyCodecPreferences(transceiver, chromium, ['pcmu']);
    expect(calls).toHaveLength(1);
    expect(calls[0]![0]!.mimeType).toBe('audio/PCMU');
  });

  it('names a codec by its mime subtype', () => {
    expect(codecName('audio/PCMU')).toBe('PCMU');
    expect(codecName('audio/opus')).toBe('opus');
    expect(codecName('G722')).toBe('G722');
  });

  it('reads the offered audio codecs, static payload types included', () => {
    const pbxOffer = [
      'v=0',
      'm=audio 4000 RTP/AVP 8 0 9 101',
      'a=rtpmap:101 telephone-event/8000',
      'm=video 4002 RTP/AVP 96',
      'a=rtpmap:96 VP8/90000',
      '',
    ].join('\r\n');
    expect(offeredAudioCodecs(pbxOffer)).toEqual(['pcma', 'pcmu', 'g722', 'telephone-event']);
    expect(offeredAudioCodecs('m=audio 9 UDP/TLS/RTP/SAVPF 111 63\na=rtpmap:111 opus/48000/2\n')).toEqual([
      'opus',
      'pt63',
    ]);
    expect(offeredAudioCodecs('v=0\r\nm=video 9 RTP/AVP 96\r\n')).toEqual([]);
  });

  it('tells whether an offer carries a chosen codec; DTMF alone does not count', () => {
    const opusOnly = orderCodecs(chromium, ['opus']);
    expect(offersChosenCodec(['pcma', 'telephone-event'], opusOnly)).toBe(false);
    expect(offersChosenCodec(['pcma', 'opus'], opusOnly)).toBe(true);
    expect(offersChosenCodec(['pcma'], orderCodecs(chromium, ['opus', 'pcma']))).toBe(true);
  });
});
