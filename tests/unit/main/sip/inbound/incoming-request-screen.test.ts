// The screen on its own: each request goes in as text; what comes out is either the text handed on to
// sip.js or the answer, built by sip.js's own constructOutgoingResponse as the UserAgent's stateless
// reply builds it. Every request a phone cannot handle gets an answer; only what nothing can be
// addressed to (no readable Via, From, To, Call-ID, CSeq), ACKs and responses go unanswered.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Core } from 'sip.js';
import { describe, expect, it } from 'vitest';
import {
  answerableSkeleton,
  IncomingRequestScreen,
  MAX_BODY_LENGTH,
  MAX_PARSED_HEADER_LENGTH,
} from '../../../../../src/main/sip/inbound/incoming-request-screen';

const OWN_USER = '1002';
const VIA = 'SIP/2.0/WSS pbx.example.com;branch=z9hG4bKscreen1;rport';
const FROM = '"Bob" <sip:1001@pbx.example.com>;tag=from1';
const TO = `<sip:${OWN_USER}@pbx.example.com>`;
const CALL_ID = 'screen-test@pbx.example.com';
const SDP =
  'v=0\r\no=- 1 1 IN IP4 192.0.2.1\r\ns=-\r\nc=IN IP4 192.0.2.1\r\nt=0 0\r\nm=audio 9 RTP/AVP 0\r\n';

interface Parts {
  method?: string;
  requestLine?: string;
  uri?: string;
  cseq?: string;
  /** Header lines replacing the default one of that name (a value of undefined leaves it out). */
  replace?: Partial<Record<'via' | 'from' | 'to' | 'call-id' | 'cseq' | 'contact', string | undefined>>;
  headers?: string[];
  body?: string;
}

function request(parts: Parts = {}): string {
  const method = parts.method ?? 'OPTIONS';
  const defaults: Record<string, string | undefined> = {
    via: `Via: ${VIA}`,
    from: `From: ${FROM}`,
    to: `To: ${TO}`,
    'call-id': `Call-ID: ${CALL_ID}`,
    cseq: `CSeq: ${parts.cseq ?? `7 ${method}`}`,
    contact: 'Contact: <sip:1001@192.0.2.1;transport=ws>',
  };
  for (const [name, line] of Object.entries(parts.replace ?? {})) defaults[name] = line;
  const body = parts.body ?? '';
  return [
    parts.requestLine ?? `${method} ${parts.uri ?? `sip:${OWN_USER}@pbx.example.com`} SIP/2.0`,
    ...Object.values(defaults).filter((line): line is string => line !== undefined),
    'Max-Forwards: 70',
    ...(parts.headers ?? []),
    `Content-Length: ${Buffer.byteLength(body)}`,
    '',
    body,
  ].join('\r\n');
}

function screened(text: string) {
  const delivered: string[] = [];
  const answers: string[] = [];
  const warnings: string[] = [];
  const screen = new IncomingRequestScreen({
    deliver: (message) => delivered.push(message),
    reply: (message, reply) => answers.push(Core.constructOutgoingResponse(message, reply).message),
    ownUser: () => OWN_USER,
    supportedOptionTags: () => ['100rel', 'replaces'],
    parserLogger: { warn: () => undefined, error: () => undefined } as never,
    warn: (line) => warnings.push(line),
  });
  screen.receive(text);
  const answer = answers[0];
  const status = answer === undefined ? undefined : Number(/^SIP\/2\.0 (\d{3})/.exec(answer)?.[1]);
  return { delivered, answers, warnings, answer, status };
}

/** The answer's header values by lower-case name. */
function headersOf(answer: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const line of answer.split('\r\n\r\n')[0]!.split('\r\n').slice(1)) {
    const colon = line.indexOf(':');
    const name = line.slice(0, colon).toLowerCase();
    map.set(name, [...(map.get(name) ?? []), line.slice(colon + 1).trim()]);
  }
  return map;
}

/** RFC 3261 §8.2.6.2: the answer copies Via, From, Call-ID and CSeq, and To with a tag added. */
function expectAddressedBack(answer: string, cseq = '7 OPTIONS', to = TO): void {
  const headers = headersOf(answer);
  expect(headers.get('via')).toEqual([VIA]);
  expect(headers.get('from')).toEqual([FROM]);
  expect(headers.get('call-id')).toEqual([CALL_ID]);
  expect(headers.get('cseq')).toEqual([cseq]);
  expect(headers.get('to')?.[0]).toMatch(new RegExp(`^${escape(to)};tag=\\S+$`));
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe('IncomingRequestScreen: requests it hands on', () => {
  it('a valid request goes to sip.js unchanged and unanswered', () => {
    const text = request({ method: 'INVITE', headers: ['Content-Type: application/sdp'], body: SDP });
    const { delivered, answers } = screened(text);
    expect(delivered).toEqual([text]);
    expect(answers).toEqual([]);
  });

  it('a response goes to sip.js, never answered', () => {
    const text = `SIP/2.0 200 OK\r\nVia: ${VIA}\r\nFrom: ${FROM}\r\nTo: ${TO};tag=x\r\nCall-ID: ${CALL_ID}\r\nCSeq: 7 OPTIONS\r\nContent-Length: 0\r\n\r\n`;
    expect(screened(text)).toMatchObject({ delivered: [text], answers: [] });
  });
});

describe('IncomingRequestScreen: answers, not silence', () => {
  const cases: [string, string, number, string?][] = [
    ['a tel: Request-URI', request({ uri: 'tel:+4930123456' }), 416],
    ['an unknown Request-URI scheme', request({ uri: 'foo:bar' }), 416],
    [
      'an INVITE body we cannot handle (image/gif)',
      request({ method: 'INVITE', headers: ['Content-Type: image/gif'], body: 'GIF89a' }),
      415,
      '7 INVITE',
    ],
    [
      'a body in a Content-Encoding we cannot decode',
      request({
        method: 'INVITE',
        headers: ['Content-Type: application/sdp', 'Content-Encoding: gzip'],
        body: SDP,
      }),
      415,
      '7 INVITE',
    ],
    [
      `a body over ${MAX_BODY_LENGTH} characters`,
      request({
        method: 'MESSAGE',
        headers: ['Content-Type: text/plain'],
        body: 'x'.repeat(MAX_BODY_LENGTH + 1),
      }),
      413,
      '7 MESSAGE',
    ],
    [
      `a Contact over ${MAX_PARSED_HEADER_LENGTH} characters (never parsed)`,
      request({ replace: { contact: `Contact: <sip:${'c'.repeat(MAX_PARSED_HEADER_LENGTH)}@192.0.2.1>` } }),
      513,
    ],
    [
      'a request line with two spaces (RFC 4475 lwsstart)',
      request({ requestLine: `OPTIONS  sip:${OWN_USER}@pbx.example.com  SIP/2.0` }),
      400,
    ],
    [
      'a request line with trailing spaces (RFC 4475 trws)',
      request({ requestLine: `OPTIONS sip:${OWN_USER}@pbx.example.com SIP/2.0  ` }),
      400,
    ],
    [
      'a Request-URI in angle brackets (RFC 4475 ltgtruri)',
      request({ uri: `<sip:${OWN_USER}@pbx.example.com>` }),
      400,
    ],
    [
      'a Contact that does not parse',
      request({ replace: { contact: 'Contact: sip:a@b?Route=%3Csip:c%3E' } }),
      400,
    ],
    ['a Record-Route that does not parse', request({ headers: ['Record-Route: <sip:p1;lr'] }), 400],
    ['two Max-Forwards', request({ headers: ['Max-Forwards: 71'] }), 400],
    ['a CSeq of 2^31', request({ cseq: '2147483648 OPTIONS' }), 400, '2147483648 OPTIONS'],
    ['SIP/3.0', request({ requestLine: `OPTIONS sip:${OWN_USER}@pbx.example.com SIP/3.0` }), 505],
  ];

  const named = cases.map(([name, text, status, cseq]) => ({ name, text, status, cseq }));
  it.each(named)('$name → $status, addressed back to the sender', ({ text, status, cseq }) => {
    const { delivered, answers, answer, status: answered } = screened(text);
    expect(delivered).toEqual([]);
    expect(answers).toHaveLength(1);
    expect(answered).toBe(status);
    expectAddressedBack(answer!, cseq ?? '7 OPTIONS');
  });

  it('415 says what we accept; 513 is answered without handing the long field to the grammar', () => {
    const gif = screened(request({ method: 'INVITE', headers: ['Content-Type: image/gif'], body: 'GIF89a' }));
    expect(headersOf(gif.answer!).get('accept')).toEqual(['application/sdp']);
    // 2 MB: sip.js's grammar needs seconds for a From this long; the plain scan answers at once
    const longFrom = `"${'n'.repeat(2_000_000)}" <sip:1001@pbx.example.com>;tag=from1`;
    const started = performance.now();
    const { status, answer } = screened(request({ replace: { from: `From: ${longFrom}` } }));
    expect(performance.now() - started).toBeLessThan(500);
    expect(status).toBe(513);
    expect(headersOf(answer!).get('from')).toEqual([longFrom]);
  });

  it('a To too broken for the grammar is copied as it came, with our tag added (RFC 4475 quotbal)', () => {
    const to = '"Mr. J. User <sip:1002@pbx.example.com>';
    const { status, answer } = screened(request({ replace: { to: `To: ${to}` } }));
    expect(status).toBe(400);
    expectAddressedBack(answer!, '7 OPTIONS', to);
  });

  it('a From that does not parse: 400 from the fields as they came (RFC 4475 baddn)', () => {
    const from = 'Bell, Alexander <sip:a.g.bell@example.com>;tag=43';
    const { status, answer, warnings } = screened(request({ replace: { from: `From: ${from}` } }));
    expect(status).toBe(400);
    expect(headersOf(answer!).get('from')).toEqual([from]);
    expect(warnings.join('\n')).toMatch(/400 Bad Request \(.*From/);
  });

  it('a To that carries a tag keeps it and gets no second one', () => {
    const to = `${TO};tag=theirs`;
    const { answer } = screened(request({ replace: { to: `To: ${to}` }, uri: 'tel:+4930123456' }));
    expect(headersOf(answer!).get('to')).toEqual([to]);
  });
});

describe('IncomingRequestScreen: request lines with stray whitespace (RFC 4475 §3.1.2.6-8)', () => {
  // read at run time from the shared fixtures, byte for byte (never copied into the project)
  const tortureDir = resolve(__dirname, '../../../../../../shared/fixtures/sip-torture');
  const torture = (name: string) => readFileSync(resolve(tortureDir, `${name}.sip`), 'utf8');
  /** The fields an answer copies, as the fixture has them. */
  const field = (text: string, name: string) =>
    new RegExp(`^${name}[ \\t]*:[ \\t]*(.*?)\\r?$`, 'im').exec(text)?.[1];

  const cases: [string, string, string][] = [
    ['lwsstart', 'two spaces between the elements', 'Bad Request Line: Elements Not Separated By One Space'],
    ['trws', 'spaces after the SIP version', 'Bad Request Line: Whitespace After The SIP Version'],
    ['lwsruri', 'a space inside the Request-URI', 'Bad Request-URI: Unescaped Whitespace'],
  ];

  it.each(cases)('%s (%s) → 400 "%s", addressed back as it came', (name, _what, reason) => {
    const text = torture(name);
    const { delivered, answers, answer } = screened(text);
    expect(delivered).toEqual([]);
    expect(answers).toHaveLength(1);
    expect(answer!.split('\r\n')[0]).toBe(`SIP/2.0 400 ${reason}`);
    const headers = headersOf(answer!);
    for (const name of ['Via', 'From', 'Call-ID', 'CSeq']) {
      expect(headers.get(name.toLowerCase()), name).toEqual([field(text, name)]);
    }
    expect(headers.get('to')?.[0]).toContain(field(text, 'To')!.replace(/;tag=.*$/, ''));
  });

  it('whitespace before the method → 400 that says so', () => {
    const { status, answer } = screened(` ${torture('trws').replace(/ +\r\n/, '\r\n')}`);
    expect(status).toBe(400);
    expect(answer!.split('\r\n')[0]).toBe('SIP/2.0 400 Bad Request Line: Whitespace Before The Method');
  });

  it.each(cases)('%s without a Via: nothing to address an answer to, not answered', (name) => {
    const text = torture(name).replace(/^Via:[^\n]*\n/im, '');
    expect(screened(text).answers).toEqual([]);
  });
});

describe('IncomingRequestScreen: what it cannot answer', () => {
  const unanswerable: [string, string][] = [
    ['no Via', request({ uri: 'tel:1', replace: { via: undefined } })],
    ['a Via without sent-by', request({ uri: 'tel:1', replace: { via: 'Via: ;;;' } })],
    ['no CSeq', request({ uri: 'tel:1', replace: { cseq: undefined } })],
    ['a CSeq that is not a number', request({ uri: 'tel:1', cseq: 'abc OPTIONS' })],
    ['no From', request({ uri: 'tel:1', replace: { from: undefined } })],
    ['no To', request({ uri: 'tel:1', replace: { to: undefined } })],
    ['no Call-ID', request({ uri: 'tel:1', replace: { 'call-id': undefined } })],
    [
      'a bare CR in the Call-ID',
      request({ uri: 'tel:1', replace: { 'call-id': 'Call-ID: a\rX-Injected: evil' } }),
    ],
    ['a NUL in the From', request({ uri: 'tel:1', replace: { from: `From: ${FROM}\u0000x` } })],
  ];

  it.each(unanswerable)('%s: not answered (an answer would be unaddressed or injectable)', (_name, text) => {
    expect(screened(text).answers).toEqual([]);
  });

  it('an ACK is never answered, however broken', () => {
    const ack = request({ method: 'ACK', replace: { from: 'From: Bell, Alexander <sip:a@b>;tag=1' } });
    expect(screened(ack).answers).toEqual([]);
    const telAck = request({ method: 'ACK', uri: 'tel:+4930123456' });
    expect(screened(telAck).answers).toEqual([]);
  });

  it('an oversized field in a request with nothing to address an answer to is dropped unparsed', () => {
    const text = request({
      replace: { via: undefined, contact: `Contact: <sip:${'c'.repeat(MAX_PARSED_HEADER_LENGTH)}@h>` },
    });
    const { delivered, answers, warnings } = screened(text);
    expect(delivered).toEqual([]);
    expect(answers).toEqual([]);
    expect(warnings.join('\n')).toMatch(/Dropped a SIP request/);
  });

  it('text that is not SIP goes to sip.js as before (it logs and drops it)', () => {
    expect(screened('HELLO THERE\r\n\r\n')).toMatchObject({
      delivered: ['HELLO THERE\r\n\r\n'],
      answers: [],
    });
  });
});

describe('answerableSkeleton', () => {
  it('reads the fields an answer copies from compact and folded forms', () => {
    const text = [
      'OPTIONS  sip:x@y SIP/2.0',
      `v: ${VIA}`,
      'Via: SIP/2.0/UDP second.example.com;branch=z9hG4bK2',
      `f: ${FROM}`,
      `t: <sip:1002@pbx.example.com>`,
      `i: ${CALL_ID}`,
      'CSeq: 12',
      ' OPTIONS',
      '',
      '',
    ].join('\r\n');
    const message = answerableSkeleton(text)!;
    expect(message.method).toBe('OPTIONS');
    expect(message.cseq).toBe(12);
    expect(message.callId).toBe(CALL_ID);
    expect(message.getHeaders('via')).toEqual([VIA, 'SIP/2.0/UDP second.example.com;branch=z9hG4bK2']);
  });

  it('tells a header tag from a URI parameter or a quoted one', () => {
    const tagOf = (to: string): boolean => {
      const skeleton = answerableSkeleton(request({ replace: { to: `To: ${to}` } }))!;
      return (skeleton.parseHeader('to') as { hasParam(name: string): boolean }).hasParam('tag');
    };
    expect(tagOf('<sip:a@b;tag=inside>')).toBe(false);
    expect(tagOf('"x;tag=y" <sip:a@b>')).toBe(false);
    expect(tagOf('<sip:a@b>;tag=outside')).toBe(true);
    expect(tagOf('sip:a@b ; TAG = 1')).toBe(true);
  });
});
