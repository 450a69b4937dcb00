// Bad input through the real path: our phone (AccountAgent over our WebSocketTransport, CallManager on
// top) registers at the lab's Kamailio as 1002; a raw SIP client registered as 1001 sends unknown,
// out-of-dialog and broken requests through Kamailio to it. Each must get a proper SIP answer from our
// UserAgent (or from Kamailio, where Kamailio stops it first), with no crash and no stuck call.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_USERS, startKamailio, type KamailioLab, type LabUser } from '../../lab/kamailio';
import { requireLab } from '../../lab/secret-service';
import { header, SipWsClient, type RequestOptions, type SipMessage } from '../../lab/sip-ws-client';
import { waitFor } from '../../unit/main/sip/transport/fake-sip-server';
import { sdpFixture } from '../../support/sdp-fixtures';
import { CrashGuard, HostilePhone } from './hostile/hostile-phone';
import { labConfig, reachUser } from './lab-agent';

const [caller, callee] = DEFAULT_USERS as [LabUser, LabUser];

describe('bad input through Kamailio', { timeout: 15_000 }, () => {
  requireLab();
  const guard = new CrashGuard();
  let lab: KamailioLab | undefined;
  let phone: HostilePhone | undefined;
  const clients: SipWsClient[] = [];

  beforeAll(async () => {
    guard.install();
    lab = await startKamailio();
    phone = new HostilePhone(labConfig(lab, callee));
    await phone.register();
  }, 30_000);

  afterEach(async () => {
    await Promise.all(clients.splice(0).map((c) => c.close()));
    expect(guard.crashes).toEqual([]);
    expect(current().phone.registered).toBe(true);
    expect(current().phone.liveCalls()).toEqual([]);
    expect(await reachUser(current().lab, caller, callee)).toBe(200);
  }, 10_000);

  afterAll(async () => {
    await phone?.dispose();
    await lab?.stop();
    guard.uninstall();
  }, 15_000);

  function current(): { lab: KamailioLab; phone: HostilePhone } {
    if (!lab || !phone) throw new Error('the lab did not start');
    return { lab, phone };
  }

  /** A raw client of its own for each test: Kamailio closes the connection of one that misbehaves. */
  async function connect(): Promise<SipWsClient> {
    const c = await SipWsClient.connect(current().lab.wsUrl, { timeoutMs: 5000 });
    clients.push(c);
    return c;
  }

  /** A request from 1001 to 1002 through Kamailio, answering its digest challenge. */
  async function send(
    options: Partial<RequestOptions> & { method: string },
    c?: SipWsClient,
  ): Promise<SipMessage> {
    const l = current().lab;
    return (c ?? (await connect())).requestWithAuth(
      {
        requestUri: l.aor(callee.username),
        from: l.aor(caller.username),
        to: l.aor(callee.username),
        ...options,
      },
      caller,
    );
  }

  const cases: { name: string; request: Partial<RequestOptions> & { method: string }; status: number }[] = [
    { name: 'OPTIONS', request: { method: 'OPTIONS' }, status: 200 },
    {
      name: 'MESSAGE',
      request: { method: 'MESSAGE', headers: ['Content-Type: text/plain'], body: 'hello' },
      status: 200,
    },
    {
      name: 'NOTIFY out of dialog with an unknown event',
      request: { method: 'NOTIFY', headers: ['Event: x-unknown', 'Subscription-State: active'] },
      status: 481,
    },
    { name: 'BYE outside any dialog', request: { method: 'BYE' }, status: 481 },
    { name: 'INFO outside any dialog', request: { method: 'INFO' }, status: 405 },
  ];

  it.each(cases)('$name → $status from our phone', async ({ request, status }) => {
    const response = await send(request);
    expect(response.status).toBe(status);
    // answered by our UserAgent, not by Kamailio
    expect(header(response, 'user-agent')).toMatch(/Softphone/);
  });

  it('an unknown method (FOO) is refused by Kamailio with 405: our binding does not allow it', async () => {
    // Kamailio's lookup() checks the methods our REGISTER allowed; our own 405 is in bad-input-network
    const response = await send({ method: 'FOO' });
    expect(response.status).toBe(405);
    expect(header(response, 'server')).toMatch(/kamailio/i);
  });

  it('an OPTIONS with a 12 KB header reaches us and is answered 200', async () => {
    const response = await send({ method: 'OPTIONS', headers: [`X-Huge: ${'h'.repeat(12_000)}`] });
    expect(response.status).toBe(200);
    expect(header(response, 'user-agent')).toMatch(/Softphone/);
  });

  it('a 30 KB request does not get past Kamailio (over its 16 KB read buffer it drops the sender)', async () => {
    await expect(
      send({ method: 'MESSAGE', headers: ['Content-Type: text/plain'], body: 'x'.repeat(30_000) }),
    ).rejects.toThrow(/closed/);
  });

  it('a BYE with a To-tag for a dialog that does not exist is stopped by Kamailio (404), not us', async () => {
    const response = await send({ method: 'BYE', toTag: 'no-such-dialog' });
    expect(response.status).toBe(404);
  });

  it.each([
    [
      'plain RTP (baresip)',
      sdpFixture('baresip-plain-rtp-offer'),
      'noEncryption',
      /the caller offers unencrypted RTP/,
    ],
    ['plain RTP (sipp)', sdpFixture('sipp-uac-offer'), 'noEncryption', /the caller offers unencrypted RTP/],
    ['SDES keys only', sdpFixture('sdes-srtp-offer'), 'noEncryption', /the caller offers unencrypted RTP/],
    [
      'garbage',
      'v=banana\r\nm=audio not-a-port RTP/AVP x\r\n\u0001\r\n',
      'noAudio',
      /the caller offers no audio/,
    ],
  ])('an INVITE offering %s is refused 488 with a Warning before it rings', async (_, body, reason, why) => {
    const p = current().phone;
    const c = await connect();
    const responses: number[] = [];
    c.onResponse = (response) => responses.push(response.status);
    const writesBefore = p.historyWrites.length;
    const mediaBefore = p.media.requests.length;
    const final = await send(
      { method: 'INVITE', headers: [`Contact: <${c.contactUri}>`, 'Content-Type: application/sdp'], body },
      c,
    );
    expect(final.status).toBe(488);
    expect(header(final, 'warning')).toMatch(new RegExp(`^399 \\S+ "Incompatible media: ${why.source}`));
    expect(responses.filter((status) => status > 100 && status < 200)).toEqual([]);
    // nothing rang: no ringtone, and the media engine was never asked
    expect(p.media.requests.slice(mediaBefore)).toEqual([]);
    await waitFor(() => p.liveCalls().length === 0, 2000, 'the call to end');
    // one history row, written as the call ended: it never rang
    expect(p.historyWrites.slice(writesBefore)).toEqual([
      expect.objectContaining({
        direction: 'incoming',
        remoteNumber: caller.username,
        state: 'ended',
        end: { reason: 'failed', code: 488, text: 'Not Acceptable Here', incompatible: reason },
      }),
    ]);
    expect(p.log.some((line) => line.includes(`Refused the call from ${caller.username}`))).toBe(true);
  });

  it('an INVITE whose SDP the media engine rejects: 480 to the caller, the call ends', async () => {
    const p = current().phone;
    const c = await connect();
    const invite = send(
      {
        method: 'INVITE',
        headers: [`Contact: <${c.contactUri}>`, 'Content-Type: application/sdp'],
        body: sdpFixture('chrome-webrtc-offer'),
      },
      c,
    );
    await waitFor(() => p.liveCalls().some((call) => call.state === 'incoming'), 5000, 'the incoming call');
    const incoming = p.liveCalls()[0]!;
    expect(incoming.remoteNumber).toBe(caller.username);
    p.media.rejectNextRemote = 'Failed to set remote offer sdp: Invalid SDP line';
    await expect(p.calls.answer(incoming.id)).rejects.toThrow(/Invalid SDP/);
    const final = await invite;
    expect(final.status).toBe(480);
    await waitFor(() => p.liveCalls().length === 0, 2000, 'the call to end');
    expect(p.history.at(-1)).toMatchObject({ id: incoming.id, direction: 'incoming', state: 'ended' });
  });
});
