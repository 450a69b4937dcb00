import type { MediaName } from '../../../src/shared/contract';
import { MediaChannel } from '../../../src/main/media/media-channel';
import { sdpFixture } from '../../support/sdp-fixtures';

/**
 * A stand-in for the renderer's media engine in signalling-only tests: answers
 * each media request with a minimal SDP and records what main asked for. The
 * real engine is exercised by the e2e tests in Chromium.
 */
export class SdpOnlyMedia {
  readonly channel = new MediaChannel();
  readonly requests: { method: MediaName; params: Record<string, unknown> }[] = [];
  rejectNextRemote: string | undefined;
  /** Describe the media as a plain-RTP phone would (no DTLS, no ICE), what WebRTC cannot take. */
  plainRtp = false;

  constructor() {
    this.channel.attach((method, params) => this.handle(method, params as Record<string, unknown>));
  }

  methods(): MediaName[] {
    return this.requests.map((r) => r.method);
  }

  /** Answers one media request as the renderer's engine would (also for a core's own MediaChannel). */
  handle(method: MediaName, params: Record<string, unknown>): Promise<unknown> {
    this.requests.push({ method, params });
    switch (method) {
      case 'media.getDescription': {
        const hold = (params['options'] as { hold: boolean }).hold;
        if (this.plainRtp) return Promise.resolve({ sdp: sdpFixture('baresip-plain-rtp-offer') });
        return Promise.resolve({ sdp: sdp(hold ? 'sendonly' : 'sendrecv') });
      }
      case 'media.setDescription':
        if (this.rejectNextRemote) {
          const reason = this.rejectNextRemote;
          this.rejectNextRemote = undefined;
          return Promise.reject(new Error(reason));
        }
        return Promise.resolve({});
      case 'media.sendDtmf':
        return Promise.resolve({ sent: true });
      case 'media.getStats':
        return Promise.resolve({ codec: 'opus' });
      case 'media.listDevices':
        return Promise.resolve({ devices: [] });
      default:
        return Promise.resolve({});
    }
  }
}

let version = 1;
function sdp(direction: string): string {
  version++;
  return [
    'v=0',
    `o=- 4242 ${version} IN IP4 127.0.0.1`,
    's=-',
    'c=IN IP4 127.0.0.1',
    't=0 0',
    'm=audio 9 UDP/TLS/RTP/SAVPF 111 101',
    // what a WebRTC engine always offers and main checks for (offer-compatibility.ts)
    'a=ice-ufrag:test',
    'a=ice-pwd:testtesttesttesttesttest',
    'a=fingerprint:sha-256 00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF:00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF',
    'a=setup:actpass',
    'a=rtpmap:111 opus/48000/2',
    'a=rtpmap:101 telephone-event/8000',
    `a=${direction}`,
    '',
  ].join('\r\n');
}
