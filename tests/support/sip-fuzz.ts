// Hostile SIP frames for the fuzz test (tests/integration/sip/fuzz-core.test.ts) and the longer fuzz
// benchmark (bench/sip-fuzz.ts): a seeded generator, so a failure names a seed and a frame number that
// reproduce it. 15 categories: structural damage, header and body mutations, floods of one kind.
/** mulberry32: small, fast, and the same sequence for the same seed on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface FuzzTarget {
  /** The phone's user and host, e.g. 1002 and 127.0.0.1. */
  user: string;
  host: string;
  /** The Via sent-by our phone uses (responses with another one are dropped by sip.js). */
  uaViaHost: () => string;
}

export interface FuzzFrame {
  category: string;
  frame: string | Buffer;
  binary: boolean;
}

export const FUZZ_CATEGORIES = [
  'valid-invite',
  'invite-bad-body',
  'invite-no-content-type',
  'huge-values',
  'header-mutation',
  'header-duplication',
  'header-deletion',
  'control-characters',
  'content-length',
  'in-dialog',
  'out-of-dialog-notify',
  'responses',
  'bit-flips',
  'truncation',
  'garbage',
] as const;

const methods = [
  'INVITE',
  'OPTIONS',
  'BYE',
  'CANCEL',
  'ACK',
  'INFO',
  'NOTIFY',
  'MESSAGE',
  'REFER',
  'SUBSCRIBE',
  'UPDATE',
  'PRACK',
  'PUBLISH',
  'REGISTER',
  'FOO',
];
const contentTypes = [
  'application/sdp',
  'text/plain',
  'application/dtmf-relay',
  'multipart/mixed;boundary=x',
  'image/gif',
  '',
  'application/sdp;charset=utf-8',
];
const events = ['check-sync', 'message-summary', 'dialog', 'presence', 'refer', 'x-unknown', ''];

export class SipFuzzer {
  private readonly random: () => number;
  private count = 0;

  constructor(
    seed: number,
    private readonly target: FuzzTarget,
  ) {
    this.random = seededRandom(seed);
  }

  next(): FuzzFrame {
    const category = FUZZ_CATEGORIES[this.count++ % FUZZ_CATEGORIES.length]!;
    return this.make(category);
  }

  make(category: (typeof FUZZ_CATEGORIES)[number]): FuzzFrame {
    switch (category) {
      case 'valid-invite':
        return text(category, this.request('INVITE', { body: sdp(), contentType: 'application/sdp' }));
      case 'invite-bad-body':
        return text(
          category,
          this.request('INVITE', { body: this.garbage(200), contentType: this.pick(contentTypes) }),
        );
      case 'invite-no-content-type':
        return text(category, this.request('INVITE', { body: sdp() }));
      case 'huge-values':
        return text(
          category,
          this.request(this.pick(methods), {
            fromUser: 'x'.repeat(this.int(1000, 900_000)),
            displayName: 'N'.repeat(this.int(10, 50_000)),
            extra: [`Subject: ${'s'.repeat(this.int(10, 50_000))}`], // the whole frame stays under 1 MiB
          }),
        );
      case 'header-mutation':
        return text(
          category,
          this.mutateHeader(
            this.request(this.pick(methods), { body: sdp(), contentType: 'application/sdp' }),
          ),
        );
      case 'header-duplication':
        return text(category, this.duplicateHeader(this.request(this.pick(methods), {})));
      case 'header-deletion':
        return text(
          category,
          this.deleteHeader(
            this.request(this.pick(methods), { body: sdp(), contentType: 'application/sdp' }),
          ),
        );
      case 'control-characters':
        return text(
          category,
          this.request(this.pick(methods), {
            displayName: `a${this.pick(['\r', '\n', '\u0000', '\u202e', '\u0007', '\r\nX-Injected: 1'])}b`,
            extra: [`X-Ctl: ${this.pick(['\u0000', '\r', '\u001b[31m', '\u2066'])}`],
          }),
        );
      case 'content-length':
        return text(
          category,
          this.request(this.pick(methods), {
            body: sdp(),
            contentType: 'application/sdp',
            contentLength: this.pick(['-1', '0', '5', '99999', '1e3', '', '0x10', '18446744073709551616']),
          }),
        );
      case 'in-dialog':
        return text(
          category,
          this.request(this.pick(['BYE', 'INFO', 'NOTIFY', 'REFER', 'UPDATE', 'INVITE', 'PRACK', 'ACK']), {
            toTag: this.token(),
            extra: [`Refer-To: <sip:${this.token()}@${this.target.host}>`, `Event: ${this.pick(events)}`],
            body: this.random() < 0.5 ? sdp() : '',
            contentType: 'application/sdp',
          }),
        );
      case 'out-of-dialog-notify':
        return text(
          category,
          this.request('NOTIFY', {
            extra: [`Event: ${this.pick(events)}`, 'Subscription-State: active'],
            body: this.pick([
              'Messages-Waiting: yes\r\nVoice-Message: 3/1\r\n',
              '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>',
              this.garbage(300),
            ]),
            contentType: this.pick([
              'application/simple-message-summary',
              'application/dialog-info+xml',
              'text/plain',
            ]),
          }),
        );
      case 'responses':
        return text(category, this.response());
      case 'bit-flips':
        return text(
          category,
          this.flip(this.request(this.pick(methods), { body: sdp(), contentType: 'application/sdp' })),
        );
      case 'truncation': {
        const whole = this.request(this.pick(methods), { body: sdp(), contentType: 'application/sdp' });
        return text(category, whole.slice(0, this.int(1, whole.length)));
      }
      case 'garbage':
        return this.random() < 0.5
          ? { category, frame: randomBytesSeeded(this.random, this.int(1, 2000)), binary: true }
          : text(category, `${this.pick(methods)} ${this.garbage(this.int(1, 500))}\r\n\r\n`);
    }
  }

  request(
    method: string,
    parts: {
      body?: string;
      contentType?: string;
      contentLength?: string;
      toTag?: string;
      fromUser?: string;
      displayName?: string;
      extra?: string[];
    },
  ): string {
    const body = parts.body ?? '';
    const { user, host } = this.target;
    const lines = [
      `${method} sip:${user}@${host} SIP/2.0`,
      `Via: SIP/2.0/WS fuzz.invalid;branch=z9hG4bK${this.token()}`,
      'Max-Forwards: 70',
      `From: ${parts.displayName !== undefined ? `"${parts.displayName}" ` : ''}<sip:${parts.fromUser ?? this.int(100, 999)}@${host}>;tag=${this.token()}`,
      `To: <sip:${user}@${host}>${parts.toTag ? `;tag=${parts.toTag}` : ''}`,
      `Call-ID: ${this.token()}@fuzz`,
      `CSeq: ${this.int(1, 1000)} ${method}`,
      `Contact: <sip:fuzz@fuzz.invalid;transport=ws>`,
      ...(parts.extra ?? []),
      ...(parts.contentType ? [`Content-Type: ${parts.contentType}`] : []),
      `Content-Length: ${parts.contentLength ?? Buffer.byteLength(body)}`,
    ];
    return `${lines.join('\r\n')}\r\n\r\n${body}`;
  }

  private response(): string {
    const status = this.pick(['100', '180', '183', '200', '401', '407', '486', '999', '0', '1000', 'abc']);
    return [
      `SIP/2.0 ${status} ${this.garbage(10)}`,
      `Via: SIP/2.0/WSS ${this.target.uaViaHost()};branch=z9hG4bK${this.token()}`,
      `From: <sip:${this.target.user}@${this.target.host}>;tag=${this.token()}`,
      `To: <sip:${this.int(100, 999)}@${this.target.host}>;tag=${this.token()}`,
      `Call-ID: ${this.token()}`,
      `CSeq: ${this.int(1, 9)} ${this.pick(methods)}`,
      this.random() < 0.5 ? 'WWW-Authenticate: Digest realm="x", nonce="y"' : `Contact: ${this.garbage(20)}`,
      'Content-Length: 0',
      '',
      '',
    ].join('\r\n');
  }

  private mutateHeader(message: string): string {
    const lines = message.split('\r\n');
    const index = this.int(1, Math.max(1, lines.indexOf('') - 1));
    const line = lines[index] ?? '';
    const colon = line.indexOf(':');
    lines[index] =
      `${line.slice(0, colon + 1)} ${this.pick([this.garbage(30), '', ';;;', '<>', '<sip:>', '"', 'sip:@', '\t', '%00%ZZ'])}`;
    return lines.join('\r\n');
  }

  private duplicateHeader(message: string): string {
    const lines = message.split('\r\n');
    const index = this.int(1, Math.max(1, lines.indexOf('') - 1));
    lines.splice(index, 0, lines[index] ?? '');
    return lines.join('\r\n');
  }

  private deleteHeader(message: string): string {
    const lines = message.split('\r\n');
    lines.splice(this.int(1, Math.max(1, lines.indexOf('') - 1)), 1);
    return lines.join('\r\n');
  }

  private flip(message: string): string {
    const chars = [...message];
    for (let i = 0; i < this.int(1, 8); i++) {
      const at = this.int(0, chars.length - 1);
      chars[at] = String.fromCharCode((chars[at]!.charCodeAt(0) ^ (1 << this.int(0, 6))) & 0x7f);
    }
    return chars.join('');
  }

  private garbage(length: number): string {
    let out = '';
    for (let i = 0; i < length; i++) out += String.fromCharCode(this.int(32, 126));
    return out;
  }

  private token(): string {
    return Math.floor(this.random() * 2 ** 48).toString(36);
  }

  private int(min: number, max: number): number {
    return min + Math.floor(this.random() * (max - min + 1));
  }

  private pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)]!;
  }
}

function text(category: string, frame: string): FuzzFrame {
  return { category, frame, binary: false };
}

function randomBytesSeeded(random: () => number, length: number): Buffer {
  const bytes = Buffer.alloc(length);
  for (let i = 0; i < length; i++) bytes[i] = Math.floor(random() * 256);
  return bytes;
}

/** An SDP offer a WebRTC peer might send (enough for sip.js and our bridge to treat it as an offer). */
function sdp(): string {
  return [
    'v=0',
    'o=- 1 1 IN IP4 127.0.0.1',
    's=-',
    'c=IN IP4 127.0.0.1',
    't=0 0',
    'm=audio 9 UDP/TLS/RTP/SAVPF 111',
    'a=rtpmap:111 opus/48000/2',
    'a=fingerprint:sha-256 00:11',
    'a=ice-ufrag:fuzz',
    'a=ice-pwd:fuzzfuzzfuzzfuzzfuzzfuzz',
    'a=sendrecv',
    '',
  ].join('\r\n');
}
