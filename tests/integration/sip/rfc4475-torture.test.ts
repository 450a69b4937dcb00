// The RFC 4475 torture messages (read at run time from ../shared/fixtures/sip-torture/, never copied
// here), each pushed byte for byte to our phone's transport by a scripted registrar, on a phone of its
// own (the RFC's messages share Via branches, so one phone would match them to each other's
// transactions). A text frame unless the message is not UTF-8 (RFC 7118 §5.1: then binary).
//
// What "as the RFC says" means for a phone, which is the UAS, not the proxy most of RFC 4475 speaks of:
// - a valid request addressed to somebody else is answered 404 (RFC 3261 §8.2.2.1), one whose method
//   we don't do 405 (§8.2.1); the same request addressed to us (only the Request-URI's user part
//   changed to ours) is answered as the message asks: it rings, or gets the RFC's 4xx; the valid
//   INVITEs offer plain RTP (RFC 4475 predates WebRTC), which the call manager refuses with 488 and a
//   Warning before anything rings;
// - a response with no transaction of ours is dropped (RFC 3261 §17.1.3, §18.1.2);
// - an invalid request is refused with the RFC's 4xx/5xx, 400 where it does not parse (§3.1.2): the
//   answer copies the header fields an answer must copy (Via, From, To, Call-ID, CSeq, §8.2.6.2) as
//   they came, read by a plain scan; only a request without them is dropped (nothing to address an
//   answer to), and a frame whose start line is not SIP's (no method or no SIP version), which our
//   transport drops before the screen; a request line with stray whitespace gets a 400 whose reason
//   phrase says where it is.
// After each message the phone must not have crashed, must still be registered and must answer OPTIONS.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { header } from '../../lab/sip-ws-client';
import { waitFor } from '../../unit/main/sip/transport/fake-sip-server';
import { CrashGuard, HostilePhone } from './hostile/hostile-phone';
import {
  buildRequest,
  HOSTILE_USER,
  hostileAccountConfig,
  HostileRegistrar,
} from './hostile/hostile-registrar';

const tortureDir = resolve(__dirname, '../../../../shared/fixtures/sip-torture');

type Outcome = number | 'drop' | 'rings';

/** Each message as sent, by file name: the outcome and why. */
const asSent: Record<string, [Outcome, string]> = {
  // §3.1.1 valid messages
  'wsinv.sip': [404, 'valid (whitespace everywhere); for another user'],
  'intmeth.sip': [405, 'valid unknown method'],
  'esc01.sip': [404, 'valid escapes; for another user'],
  'escnull.sip': [404, 'valid %00 escapes; for another user'],
  'esc02.sip': [405, 'RE%47IST%45R is an unknown method, not REGISTER'],
  'lwsdisp.sip': [404, 'valid; for another user'],
  'longreq.sip': [404, 'valid long values; for another user'],
  'dblreq.sip': [404, 'valid; for another user'],
  'semiuri.sip': [404, 'valid ; in the user part; for another user'],
  'transports.sip': [404, 'valid unknown transports in Via; for another user'],
  'mpart01.sip': [404, 'valid multipart S/MIME body (binary frame); for another user'],
  'unreason.sip': ['drop', 'a valid response, but no transaction of ours'],
  'noreason.sip': ['drop', 'a valid response, but no transaction of ours'],
  // §3.1.2 invalid messages
  'badinv01.sip': [400, 'Via and Contact with empty parameters; its sent-by still addresses the 400'],
  'clerr.sip': [400, 'Content-Length larger than the body'],
  'scalar02.sip': [400, 'CSeq of 2^65'],
  'scalarlg.sip': ['drop', 'a response, no transaction of ours'],
  'quotbal.sip': [400, 'To does not parse (unbalanced quotes)'],
  'ltgtruri.sip': [400, 'the request line does not parse (<> around the Request-URI)'],
  'lwsruri.sip': [400, 'the request line does not parse (a space in the Request-URI)'],
  'lwsstart.sip': [400, 'the request line does not parse (two spaces between the elements)'],
  'trws.sip': [400, 'the request line does not parse (spaces after the SIP version)'],
  'escruri.sip': [404, 'escaped headers in the Request-URI may be tolerated; for another user'],
  'baddate.sip': [404, 'a non-GMT Date may be tolerated; for another user'],
  'regbadct.sip': [400, 'Contact does not parse'],
  'badaspec.sip': [400, 'To does not parse'],
  'baddn.sip': [400, 'From does not parse (unquoted display name)'],
  'badvers.sip': [505, 'SIP/7.0'],
  'mismatch01.sip': [400, 'CSeq method differs from the request method'],
  'mismatch02.sip': [400, 'CSeq method differs from the (unknown) request method'],
  'bigcode.sip': ['drop', 'a response with a 10-digit status code'],
  // §3.2 transaction layer, §3.3 application layer, §3.4 backward compatibility
  'badbranch.sip': [404, 'a branch without the magic cookie is an RFC 2543 branch; for another user'],
  'zeromf.sip': [404, 'Max-Forwards 0 only matters to proxies; for another user'],
  'insuf.sip': ['drop', 'no From, no Call-ID: no answer can be addressed'],
  'unkscm.sip': [416, 'unknown Request-URI scheme'],
  'novelsc.sip': [416, 'a Request-URI scheme we do not know'],
  'unksm2.sip': [400, 'To with an unknown scheme does not parse'],
  'bext01.sip': [404, 'unknown Require; for another user (see below for us)'],
  'invut.sip': [404, 'unknown body type; for another user (see below for us)'],
  'regaut01.sip': [404, 'REGISTER with an unknown authorization scheme; for another user'],
  'multi01.sip': [400, 'two Call-IDs, two From, two To, two CSeq'],
  'mcl01.sip': [400, 'three Content-Lengths'],
  'bcast.sip': ['drop', 'a response with two Vias'],
  'ncl.sip': [400, 'a negative Content-Length'],
  'cparam01.sip': [404, 'valid Contact parameters; for another user'],
  'cparam02.sip': [404, 'valid Contact parameters; for another user'],
  'regescrt.sip': [404, 'valid escaped headers in a Contact; for another user'],
  'sdp01.sip': [404, 'Accept without SDP; for another user (see below for us)'],
  'inv2543.sip': [404, 'an RFC 2543 INVITE; for another user'],
  'extra/baddn-terminated.sip': [400, 'From does not parse (unquoted display name)'],
  'extra/test.sip': ['drop', 'the request line has no SIP version, and there is no Via or CSeq'],
};

/** The same messages with the Request-URI's user part set to ours. */
const toUs: Record<string, [Outcome, string]> = {
  'wsinv.sip': [481, 'its To tag claims a dialog we do not have (RFC 3261 §12.2.2)'],
  'esc01.sip': [488, 'a valid INVITE: parsed whole, and its plain RTP offer refused before ringing'],
  'longreq.sip': [
    488,
    'a valid INVITE with long values: parsed whole, and its plain RTP offer refused before ringing',
  ],
  // RFC 4475 §3.4 hopes RFC 2543 INVITEs are still taken; this one has no Contact, which RFC 3261
  // §8.1.1.8 makes mandatory and sip.js needs as the remote target: refused, not crashed (a known gap)
  'inv2543.sip': [400, 'an RFC 2543 INVITE without Contact'],
  'baddate.sip': [
    488,
    'a non-GMT Date is tolerated: parsed whole, and its plain RTP offer refused before ringing',
  ],
  'invut.sip': [415, 'an INVITE body we cannot handle: 415 with Accept'],
  'sdp01.sip': [406, 'Accept leaves out the only answer we can give (SDP)'],
  'bext01.sip': [420, 'Require with extensions we do not support: 420 with Unsupported'],
  'zeromf.sip': [200, 'OPTIONS with Max-Forwards 0 is answered by the UAS'],
  'badbranch.sip': [200, 'OPTIONS with an RFC 2543 branch is answered'],
};

function read(file: string): { frame: string | Buffer; binary: boolean; callId: string | undefined } {
  const bytes = readFileSync(join(tortureDir, file));
  let binary = false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    binary = true;
  }
  const callId = /^(?:Call-ID|i)[ \t]*:[ \t]*(.*?)\r?$/im.exec(bytes.toString('latin1'))?.[1];
  return { frame: binary ? bytes : bytes.toString('utf8'), binary, callId };
}

function retargeted(file: string): string {
  const text = readFileSync(join(tortureDir, file), 'utf8');
  return text.replace(/^(\S+ sips?:)[^@\s]*@/, `$1${HOSTILE_USER}@`);
}

describe('RFC 4475 torture messages', { timeout: 15_000 }, () => {
  const guard = new CrashGuard();
  let registrar: HostileRegistrar;
  let phone: HostilePhone;

  beforeEach(async () => {
    guard.install();
    registrar = await HostileRegistrar.start();
    phone = new HostilePhone(hostileAccountConfig(registrar.url));
    await phone.register();
  });

  afterEach(async () => {
    expect(guard.crashes).toEqual([]);
    expect(phone.registered).toBe(true);
    expect(registrar.connectionCount).toBe(1);
    expect((await registrar.request(buildRequest({ method: 'OPTIONS' }))).status).toBe(200);
    await phone.dispose();
    await registrar.close();
    guard.uninstall();
  });

  it('the fixture folder holds exactly the messages this table knows', () => {
    const files = [
      ...readdirSync(tortureDir).filter((name) => name.endsWith('.sip')),
      ...readdirSync(join(tortureDir, 'extra')).map((name) => `extra/${name}`),
    ];
    expect(files.sort()).toEqual(Object.keys(asSent).sort());
  });

  async function outcome(
    frame: string | Buffer,
    binary: boolean,
    callId: string | undefined,
  ): Promise<Outcome> {
    const before = registrar.responses.length;
    await registrar.push(frame, binary);
    const final = (): number | undefined =>
      registrar.responses.slice(before).find((r) => r.status >= 200)?.status ??
      (phone.liveCalls().some((call) => call.state === 'incoming') ? 0 : undefined);
    try {
      const status = await registrar.until(final, 400, 'an answer');
      return status === 0 ? 'rings' : status;
    } catch {
      expect(registrar.responses.slice(before).map((r) => r.status)).toEqual([]);
      return 'drop';
    } finally {
      if (callId !== undefined && phone.liveCalls().length > 0) {
        for (const call of phone.liveCalls()) await phone.calls.reject(call.id);
        await waitFor(() => phone.liveCalls().length === 0, 2000, 'the call to end');
      }
    }
  }

  it.each(Object.entries(asSent))('%s as sent → %s', async (file, [expected, why]) => {
    const { frame, binary, callId } = read(file);
    expect(await outcome(frame, binary, callId), why).toBe(expected);
  });

  const whitespaceReasons: [string, string][] = [
    ['lwsstart.sip', 'Bad Request Line: Elements Not Separated By One Space'],
    ['trws.sip', 'Bad Request Line: Whitespace After The SIP Version'],
    ['lwsruri.sip', 'Bad Request-URI: Unescaped Whitespace'],
  ];
  it.each(whitespaceReasons)('%s is answered 400 "%s"', async (file, reason) => {
    const { frame, binary, callId } = read(file);
    const before = registrar.responses.length;
    expect(await outcome(frame, binary, callId)).toBe(400);
    const answer = registrar.responses.slice(before).find((r) => r.status === 400);
    expect(answer!.reason).toBe(reason);
    expect(header(answer!, 'call-id')).toBe(callId);
  });

  it.each(Object.entries(toUs))('%s addressed to us → %s', async (file, [expected, why]) => {
    const { callId } = read(file);
    const before = registrar.responses.length;
    expect(await outcome(retargeted(file), false, callId), why).toBe(expected);
    const answer = registrar.responses.slice(before).find((r) => r.status === expected);
    if (expected === 415 || expected === 406) expect(header(answer!, 'accept')).toBe('application/sdp');
    if (expected === 420) expect(header(answer!, 'unsupported')).toMatch(/nothingSupportsThis/);
    if (expected === 488) expect(header(answer!, 'warning')).toMatch(/^399 \S+ "Incompatible media: /);
  });
});
