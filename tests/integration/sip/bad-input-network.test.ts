// Bad input from the network, straight at our transport: a hostile registrar accepts our REGISTER and
// then pushes malformed, unknown, out-of-dialog and oversized SIP. After each frame the phone must not
// have crashed (no unhandled rejection or uncaught exception), must still be registered on the same
// connection, must have no stuck call, and must still answer an OPTIONS with 200.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { header } from '../../lab/sip-ws-client';
import { waitFor } from '../../unit/main/sip/transport/fake-sip-server';
import { sdpFixture } from '../../support/sdp-fixtures';
import { CrashGuard, HostilePhone } from './hostile/hostile-phone';
import {
  buildRequest,
  HOSTILE_AOR,
  hostileAccountConfig,
  HostileRegistrar,
  type RequestParts,
} from './hostile/hostile-registrar';

/** Sent in one frame; our transport's limit is 1 MiB (ws closes a bigger frame with 1009). */
const MAX_FRAME = 1024 * 1024;

const garbageSdp = 'this is not SDP\r\nm=audio banana\r\n\u0001\u0002';

describe('bad input from the network: hostile registrar', { timeout: 15_000 }, () => {
  const guard = new CrashGuard();
  let registrar: HostileRegistrar;
  let phone: HostilePhone;
  /** Connections the registrar has seen; only the oversized-frame test may add one. */
  let connections = 1;

  beforeAll(async () => {
    guard.install();
    registrar = await HostileRegistrar.start();
    phone = new HostilePhone(hostileAccountConfig(registrar.url));
    await phone.register();
  }, 15_000);

  afterEach(async () => {
    await stillWorks();
  }, 10_000);

  afterAll(async () => {
    await phone?.dispose();
    await registrar?.close();
    guard.uninstall();
  }, 10_000);

  /** No crash, still registered on the same connection, no stuck call, and OPTIONS is answered 200. */
  async function stillWorks(): Promise<void> {
    expect(guard.crashes).toEqual([]);
    expect(phone.registered).toBe(true);
    expect(registrar.connectionCount).toBe(connections);
    expect(phone.liveCalls()).toEqual([]);
    const options = await registrar.request(buildRequest({ method: 'OPTIONS' }));
    expect(options.status).toBe(200);
  }

  describe('requests our phone answers itself', () => {
    const cases: [string, RequestParts, number][] = [
      ['OPTIONS', { method: 'OPTIONS' }, 200],
      ['an unknown method (FOO)', { method: 'FOO' }, 405],
      [
        'MESSAGE out of dialog',
        { method: 'MESSAGE', headers: ['Content-Type: text/plain'], body: 'hi' },
        200,
      ],
      [
        'NOTIFY out of dialog with an unknown event',
        { method: 'NOTIFY', headers: ['Event: x-unknown'] },
        481,
      ],
      ['NOTIFY with a To-tag and no Event', { method: 'NOTIFY', toTag: 'nope' }, 489],
      ['BYE for a dialog that does not exist', { method: 'BYE', toTag: 'no-such-dialog' }, 481],
      ['BYE without a To-tag', { method: 'BYE' }, 481],
      ['INFO for a dialog that does not exist', { method: 'INFO', toTag: 'no-such-dialog' }, 481],
      ['INFO out of dialog', { method: 'INFO' }, 405],
      [
        're-INVITE for a dialog that does not exist',
        { method: 'INVITE', toTag: 'gone', headers: ['Contact: <sip:1001@hostile.invalid;transport=ws>'] },
        481,
      ],
      ['CANCEL for a transaction that does not exist', { method: 'CANCEL' }, 481],
      [
        'PRACK for a dialog that does not exist',
        { method: 'PRACK', toTag: 'gone', headers: ['RAck: 1 1 INVITE'] },
        481,
      ],
      ['a Request-URI for another user', { method: 'OPTIONS', requestUri: 'sip:9999@127.0.0.1' }, 404],
      [
        'an INVITE without Contact',
        { method: 'INVITE', body: garbageSdp, headers: ['Content-Type: application/sdp'] },
        400,
      ],
      [
        'a Content-Length larger than the body',
        { method: 'MESSAGE', body: 'short', contentLength: 500 },
        400,
      ],
      [
        'an INVITE whose SDP has no Content-Type (sip.js threw from an uncaught promise)',
        { method: 'INVITE', body: 'v=0\r\n', headers: ['Contact: <sip:1001@hostile.invalid;transport=ws>'] },
        400,
      ],
      ['a MESSAGE with a body and no Content-Type', { method: 'MESSAGE', body: 'hello' }, 400],
      [
        'an INVITE with a body we cannot handle (image/gif)',
        {
          method: 'INVITE',
          body: 'GIF89a',
          headers: ['Contact: <sip:1001@hostile.invalid;transport=ws>', 'Content-Type: image/gif'],
        },
        415,
      ],
      [
        'an INVITE with a gzip Content-Encoding',
        {
          method: 'INVITE',
          body: 'v=0\r\n',
          headers: [
            'Contact: <sip:1001@hostile.invalid;transport=ws>',
            'Content-Type: application/sdp',
            'Content-Encoding: gzip',
          ],
        },
        415,
      ],
      ['two From headers', { method: 'OPTIONS', headers: ['f: <sip:evil@127.0.0.1>;tag=x'] }, 400],
      ["a CSeq whose method is not the request's", { method: 'OPTIONS', cseq: '1 INVITE' }, 400],
      ['a negative Content-Length', { method: 'MESSAGE', body: '', contentLength: -5 }, 400],
      [
        'a tel: Request-URI (sip.js cannot parse it)',
        { method: 'OPTIONS', requestUri: 'tel:+4930123456' },
        416,
      ],
      [
        'a Content-Length of 10^20',
        { method: 'MESSAGE', body: 'short', contentLength: '99999999999999999999' },
        400,
      ],
      // answers, not silence: sip.js would drop these unanswered and the PBX would retransmit
      [
        'a Contact over 8 KB (513, answered without parsing it)',
        { method: 'OPTIONS', headers: [`Contact: <sip:${'c'.repeat(9000)}@hostile.invalid>`] },
        513,
      ],
      [
        'a From over 8 KB (513, the answer copies it)',
        {
          method: 'OPTIONS',
          omit: ['from'],
          headers: [`From: "${'n'.repeat(20_000)}" <${HOSTILE_AOR}>;tag=f`],
        },
        513,
      ],
      [
        'a body over 64 KB (413)',
        { method: 'MESSAGE', headers: ['Content-Type: text/plain'], body: 'x'.repeat(70_000) },
        413,
      ],
      [
        'a From that does not parse (400)',
        { method: 'OPTIONS', omit: ['from'], headers: ['From: Bell, Alexander <sip:1001@127.0.0.1>;tag=1'] },
        400,
      ],
      [
        'a To that does not parse (400)',
        { method: 'OPTIONS', omit: ['to'], headers: ['To: "unbalanced <sip:1002@127.0.0.1>'] },
        400,
      ],
      [
        'a Contact that does not parse (400)',
        { method: 'INVITE', headers: ['Contact: <sip:1001@h;;;'] },
        400,
      ],
      [
        'a Request-URI in angle brackets (400)',
        { method: 'OPTIONS', requestUri: '<sip:1002@127.0.0.1>' },
        400,
      ],
    ];
    it.each(cases)('%s → %d', async (_name, parts, status) => {
      const response = await registrar.request(buildRequest(parts));
      expect(response.status).toBe(status);
      if (parts.method === 'FOO') expect(header(response, 'allow')).toMatch(/INVITE/);
      if (status === 415 && parts.body === 'GIF89a')
        expect(header(response, 'accept')).toBe('application/sdp');
      if (status === 415 && parts.body !== 'GIF89a')
        expect(header(response, 'accept-encoding')).toBe('identity');
    });
  });

  describe('frames our phone drops without an answer', () => {
    const viaOf = (): string => `SIP/2.0/WS ${registrar.uaViaHost};branch=z9hG4bKnosuchtransaction`;
    const callId = 'dropped@hostile';
    const cases: [string, () => string | Buffer, boolean?][] = [
      ['an empty frame', () => ''],
      ['a frame of only CRLF (a keep-alive pong)', () => '\r\n'],
      ['text that is not SIP', () => 'HELLO THERE\r\n\r\n'],
      ['a binary frame that is not UTF-8', () => Buffer.from([0xff, 0xfe, 0x00, 0xc3, 0x28, 0x80]), true],
      ['a request line without a Request-URI', () => 'INVITE SIP/2.0\r\nCall-ID: dropped@hostile\r\n\r\n'],
      ['a request without Via', () => buildRequest({ method: 'OPTIONS', omit: ['via'], callId }).raw],
      ['a request without CSeq', () => buildRequest({ method: 'OPTIONS', omit: ['cseq'], callId }).raw],
      ['a request without Call-ID', () => buildRequest({ method: 'OPTIONS', omit: ['call-id'] }).raw],
      [
        'a CSeq that is not a number',
        () => buildRequest({ method: 'OPTIONS', cseq: 'abc OPTIONS', callId }).raw,
      ],
      [
        'a Via that does not parse',
        () => buildRequest({ method: 'OPTIONS', omit: ['via'], headers: ['Via: ;;;'], callId }).raw,
      ],
      ['a stray ACK', () => buildRequest({ method: 'ACK', toTag: 'gone', callId }).raw],
      [
        'a 200 OK for a transaction that does not exist',
        () =>
          [
            'SIP/2.0 200 OK',
            `Via: ${viaOf()}`,
            `From: <${HOSTILE_AOR}>;tag=a`,
            `To: <${HOSTILE_AOR}>;tag=b`,
            `Call-ID: ${callId}`,
            'CSeq: 7 INVITE',
            'Content-Length: 0',
            '',
            '',
          ].join('\r\n'),
      ],
      ['a response with a three-digit status out of range and no headers', () => 'SIP/2.0 999 Weird\r\n\r\n'],
    ];
    it.each(cases)('%s', async (_name, frame, binary) => {
      await registrar.push(frame(), binary ?? false);
      expect(await registrar.quietFor(200)).toBe(true);
    });
  });

  it('a bare CR or NUL in a header we do not echo: answered 200, nothing smuggled into the answer', async () => {
    for (const line of ['Subject: hi\rX-Injected: evil', 'Subject: a\u0000b\u0007c']) {
      const response = await registrar.request(buildRequest({ method: 'OPTIONS', headers: [line] }));
      expect(response.status).toBe(200);
      expect(response.raw).not.toContain('X-Injected');
      expect(response.raw).not.toContain('\u0000');
      expect(response.raw.replaceAll('\r\n', '')).not.toContain('\r');
    }
  });

  it('a bare CR or NUL in a header we would echo (Call-ID, From): dropped, so nothing is injected', async () => {
    const from = (value: string): RequestParts => ({
      method: 'OPTIONS',
      omit: ['from'],
      headers: [`From: ${value}`],
    });
    const frames = [
      buildRequest({ method: 'OPTIONS', callId: 'abc\rX-Injected: evil' }),
      buildRequest(from('"a\rX-Injected: evil" <sip:1001@127.0.0.1>;tag=1')),
      buildRequest(from('<sip:1001@127.0.0.1>;tag=a\u0000b')),
    ];
    for (const frame of frames) await registrar.push(frame.raw);
    expect(await registrar.quietFor(300)).toBe(true);
  });

  it('a binary frame carrying a valid request is answered like text (RFC 7118 §5.1)', async () => {
    const built = buildRequest({ method: 'OPTIONS' });
    await registrar.push(Buffer.from(built.raw, 'utf8'), true);
    expect((await registrar.finalResponse(built.callId)).status).toBe(200);
  });

  it('a request with a 500 KB header is answered, not choked on', async () => {
    const built = buildRequest({ method: 'OPTIONS', headers: [`X-Huge: ${'a'.repeat(500_000)}`] });
    const started = Date.now();
    const response = await registrar.request(built, 5000);
    expect(response.status).toBe(200);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('a burst of 500 garbage frames, then a request', async () => {
    for (let i = 0; i < 500; i++) void registrar.push(`GARBAGE ${i} \u0000\r\n\r\n`);
    expect((await registrar.request(buildRequest({ method: 'OPTIONS' }))).status).toBe(200);
  });

  it('an INVITE with a garbage SDP is refused 488 with a Warning before it rings, no stuck call', async () => {
    const built = buildRequest({
      method: 'INVITE',
      headers: ['Contact: <sip:1001@hostile.invalid;transport=ws>', 'Content-Type: application/sdp'],
      body: garbageSdp,
    });
    await registrar.push(built.raw);
    const final = await registrar.finalResponse(built.callId);
    expect(final.status).toBe(488);
    const provisional = registrar.responses.filter(
      (r) => header(r, 'call-id') === built.callId && r.status > 100 && r.status < 200,
    );
    expect(provisional).toEqual([]);
    expect(header(final, 'warning')).toMatch(
      /^399 \S+ "Incompatible media: the caller offers no audio stream"$/,
    );
    await registrar.ack(built, final);
    await waitFor(() => phone.liveCalls().length === 0, 2000, 'the call to end');
    expect(phone.history.at(-1)).toMatchObject({
      state: 'ended',
      end: { reason: 'failed', code: 488, incompatible: 'noAudio' },
    });
  });

  it('an INVITE whose SDP the media engine rejects ends the call with an error, no stuck call', async () => {
    const built = buildRequest({
      method: 'INVITE',
      headers: ['Contact: <sip:1001@hostile.invalid;transport=ws>', 'Content-Type: application/sdp'],
      body: sdpFixture('chrome-webrtc-offer'),
    });
    await registrar.push(built.raw);
    await waitFor(() => phone.calls.list().some((c) => c.state === 'incoming'), 2000, 'the incoming call');
    const incoming = phone.calls.list().find((c) => c.state === 'incoming')!;
    phone.media.rejectNextRemote = 'Failed to set remote offer sdp: Invalid SDP line';
    await expect(phone.calls.answer(incoming.id)).rejects.toThrow(/Invalid SDP/);
    const final = await registrar.finalResponse(built.callId);
    expect(final.status).toBeGreaterThanOrEqual(400);
    await waitFor(() => phone.liveCalls().length === 0, 2000, 'the call to end');
    expect(phone.history.at(-1)).toMatchObject({ id: incoming.id, state: 'ended' });
    // the caller's ACK for the error response ends the INVITE transaction
    await registrar.ack(built, final);
  });

  it('an INVITE whose optional body is not SDP is an INVITE without offer; an ACK without answer ends it', async () => {
    // RFC 3261 §13.2.1 / RFC 5621: a text/plain body is rendered, not a session description; with
    // handling=optional we may ignore it (without, it is 415, above), so we offer in the 200 and expect
    // the answer in the ACK; an ACK without one gets a BYE (488 reason)
    const built = buildRequest({
      method: 'INVITE',
      headers: [
        'Contact: <sip:1001@hostile.invalid;transport=ws>',
        'Content-Type: text/plain',
        'Content-Disposition: render;handling=optional',
      ],
      body: 'hello',
    });
    await registrar.push(built.raw);
    await waitFor(() => phone.liveCalls().length === 1, 2000, 'the incoming call');
    const incoming = phone.liveCalls()[0]!;
    await phone.calls.answer(incoming.id);
    const ok = await registrar.finalResponse(built.callId);
    expect(ok.status).toBe(200);
    expect(ok.body).toContain('m=audio');
    await registrar.ack(built, ok);
    const bye = await registrar.until(
      () => registrar.requests.find((r) => r.method === 'BYE' && header(r, 'call-id') === built.callId),
      2000,
      'a BYE',
    );
    expect(header(bye, 'reason')).toMatch(/488/);
    await waitFor(() => phone.liveCalls().length === 0, 2000, 'the call to end');
  });

  it('a frame over 1 MiB closes the connection (1009); the phone reconnects and registers again', async () => {
    const before = registrar.requests.filter((r) => r.method === 'REGISTER').length;
    const built = buildRequest({ method: 'OPTIONS', headers: [`X-Huge: ${'a'.repeat(MAX_FRAME)}`] });
    await registrar.push(built.raw);
    connections = 2;
    await waitFor(() => registrar.connectionCount === 2, 5000, 'a new connection');
    await waitFor(
      () => registrar.requests.filter((r) => r.method === 'REGISTER').length > before && phone.registered,
      5000,
      'a new registration',
    );
    expect(phone.log.some((line) => /Lost the connection .*Max payload size exceeded/.test(line))).toBe(true);
  });

  it('nothing else was logged as an error', () => {
    expect(phone.errors()).toEqual([]);
  });
});
