import { describe, expect, it } from 'vitest';
import { holdsUs } from '../../../../../src/main/sip/calls/remote-hold';

const sdp = (...lines: string[]) =>
  ['v=0', 'o=- 1 1 IN IP4 192.0.2.1', 's=-', ...lines].join('\r\n') + '\r\n';
const audio = 'm=audio 5004 RTP/AVP 0';

describe('holdsUs', () => {
  it('is hold for sendonly or inactive audio, not for sendrecv or recvonly', () => {
    expect(holdsUs(sdp('c=IN IP4 192.0.2.1', audio, 'a=sendonly'))).toBe(true);
    expect(holdsUs(sdp('c=IN IP4 192.0.2.1', audio, 'a=inactive'))).toBe(true);
    expect(holdsUs(sdp('c=IN IP4 192.0.2.1', audio, 'a=sendrecv'))).toBe(false);
    expect(holdsUs(sdp('c=IN IP4 192.0.2.1', audio, 'a=recvonly'))).toBe(false);
    expect(holdsUs(sdp('c=IN IP4 192.0.2.1', audio))).toBe(false);
  });

  it('takes the session-level direction when the audio stream has none, the stream’s first', () => {
    expect(holdsUs(sdp('c=IN IP4 192.0.2.1', 'a=inactive', audio))).toBe(true);
    expect(holdsUs(sdp('c=IN IP4 192.0.2.1', 'a=inactive', audio, 'a=sendrecv'))).toBe(false);
  });

  it('is hold for the old c=0.0.0.0, at session or stream level', () => {
    expect(holdsUs(sdp('c=IN IP4 0.0.0.0', audio))).toBe(true);
    expect(holdsUs(sdp('c=IN IP4 192.0.2.1', audio, 'c=IN IP4 0.0.0.0'))).toBe(true);
  });

  it('takes 0.0.0.0 with ICE as the trickle placeholder WebRTC sends, not as hold', () => {
    expect(holdsUs(sdp('c=IN IP4 0.0.0.0', audio, 'a=ice-ufrag:abcd', 'a=sendrecv'))).toBe(false);
    expect(holdsUs(sdp('c=IN IP4 0.0.0.0', audio, 'a=ice-ufrag:abcd', 'a=sendonly'))).toBe(true);
  });

  it('looks at the audio stream only, and at nothing without one', () => {
    expect(holdsUs(sdp('c=IN IP4 192.0.2.1', 'm=video 5006 RTP/AVP 96', 'a=inactive', audio))).toBe(false);
    expect(holdsUs(sdp('c=IN IP4 192.0.2.1'))).toBe(false);
  });
});
