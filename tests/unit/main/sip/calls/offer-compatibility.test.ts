import { describe, expect, it } from 'vitest';
import {
  incompatibilityWarning,
  mediaIncompatibility,
} from '../../../../../src/main/sip/calls/offer-compatibility';
import { sdpFixture } from '../../../../support/sdp-fixtures';

const fixture = sdpFixture;
const webrtc = fixture('chrome-webrtc-offer');

describe('mediaIncompatibility', () => {
  it('accepts a WebRTC offer (DTLS fingerprint, ICE credentials, opus)', () => {
    expect(mediaIncompatibility(webrtc)).toBeUndefined();
    expect(mediaIncompatibility(webrtc.replace(/\r\n/g, '\n'))).toBeUndefined();
  });

  it('refuses plain RTP/AVP offers as unencrypted (baresip, sipp default)', () => {
    expect(mediaIncompatibility(fixture('baresip-plain-rtp-offer'))).toBe('noEncryption');
    expect(mediaIncompatibility(fixture('sipp-uac-offer'))).toBe('noEncryption');
  });

  it('refuses SDES keys (RTP/SAVP with a=crypto) as unencrypted for WebRTC', () => {
    expect(mediaIncompatibility(fixture('sdes-srtp-offer'))).toBe('noEncryption');
  });

  it('refuses a DTLS profile without a fingerprint anywhere', () => {
    expect(mediaIncompatibility(webrtc.replace(/^a=fingerprint:.*\r\n/m, ''))).toBe('noEncryption');
  });

  it('takes the fingerprint and ICE credentials at session level', () => {
    const lines = webrtc.split('\r\n');
    const moved = lines.filter((l) => /^a=(fingerprint|ice-ufrag|ice-pwd):/.test(l));
    const rest = lines.filter((l) => !moved.includes(l));
    rest.splice(rest.indexOf('t=0 0') + 1, 0, ...moved);
    expect(mediaIncompatibility(rest.join('\r\n'))).toBeUndefined();
  });

  it('accepts the TCP DTLS profile', () => {
    expect(mediaIncompatibility(webrtc.replace('UDP/TLS/RTP/SAVPF', 'TCP/DTLS/RTP/SAVPF'))).toBeUndefined();
  });

  it('refuses an offer without ICE credentials', () => {
    expect(mediaIncompatibility(webrtc.replace(/^a=ice-pwd:.*\r\n/m, ''))).toBe('noIce');
    expect(mediaIncompatibility(webrtc.replace(/^a=ice-ufrag:.*\r\n/m, ''))).toBe('noIce');
  });

  it('refuses an offer without audio, or with the audio stream rejected (port 0)', () => {
    expect(mediaIncompatibility(webrtc.replace('m=audio 9 ', 'm=video 9 '))).toBe('noAudio');
    expect(mediaIncompatibility(webrtc.replace('m=audio 9 ', 'm=audio 0 '))).toBe('noAudio');
    expect(mediaIncompatibility('v=banana\r\nm=audio not-a-port RTP/AVP x\r\n\u0001\r\n')).toBe('noAudio');
    expect(mediaIncompatibility('')).toBe('noAudio');
  });

  it('refuses an offer whose codecs are all unknown to the engine', () => {
    const g729 = webrtc
      .replace('UDP/TLS/RTP/SAVPF 111 63 9 0 8 13 110 126', 'UDP/TLS/RTP/SAVPF 18 126')
      .replace('a=rtpmap:111 opus/48000/2', 'a=rtpmap:18 G729/8000');
    expect(mediaIncompatibility(g729)).toBe('noCommonCodec');
  });

  it('knows the static payload types without a=rtpmap', () => {
    const staticOnly = webrtc
      .replace('UDP/TLS/RTP/SAVPF 111 63 9 0 8 13 110 126', 'UDP/TLS/RTP/SAVPF 8')
      .replace(/^a=rtpmap:.*\r\n/gm, '');
    expect(mediaIncompatibility(staticOnly)).toBeUndefined();
  });
});

describe('incompatibilityWarning', () => {
  it('is an RFC 3261 Warning header with code 399, the warn-agent and a quoted reason', () => {
    expect(incompatibilityWarning('noEncryption', 'pbx.example.com')).toBe(
      'Warning: 399 pbx.example.com "Incompatible media: the caller offers unencrypted RTP (no DTLS-SRTP)"',
    );
  });
});
