import { readFileSync } from 'node:fs';

/** An SDP of tests/fixtures/sdp with CRLF line ends, as it travels in a SIP body. */
export function sdpFixture(
  name: 'chrome-webrtc-offer' | 'baresip-plain-rtp-offer' | 'sipp-uac-offer' | 'sdes-srtp-offer',
): string {
  return readFileSync(new URL(`../fixtures/sdp/${name}.sdp`, import.meta.url), 'utf8').replace(
    /\r?\n/g,
    '\r\n',
  );
}
