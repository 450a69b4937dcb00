// Checks the lab Kamailio's routing with raw SIP, so the product's tests can rely on it: calls between
// two WebSocket clients with in-dialog requests, 404/480, presence, BLF (dialog) and MWI.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startKamailio, type KamailioLab, type LabUser } from '../../lab/kamailio';
import { requireLab } from '../../lab/secret-service';
import { header, SipWsClient, type SipMessage } from '../../lab/sip-ws-client';

const SDP = [
  'v=0',
  'o=- 1 1 IN IP4 127.0.0.1',
  's=-',
  'c=IN IP4 127.0.0.1',
  't=0 0',
  'm=audio 9 RTP/AVP 0',
  '',
].join('\r\n');

interface Phone {
  client: SipWsClient;
  user: LabUser;
  aor: string;
}

const tagOf = (value: string | undefined): string | undefined => /;tag=([^;>\s]+)/.exec(value ?? '')?.[1];
const uriOf = (value: string | undefined): string =>
  /<([^>]+)>/.exec(value ?? '')?.[1] ?? (value ?? '').split(';')[0]!;

describe('lab Kamailio routing', { timeout: 20_000 }, () => {
  requireLab();
  let lab: KamailioLab | undefined;
  const phones: Phone[] = [];

  beforeAll(async () => {
    lab = await startKamailio();
  }, 30_000);

  afterAll(async () => {
    await Promise.allSettled(phones.map((phone) => phone.client.close()));
    await lab?.stop();
  }, 15_000);

  const current = (): KamailioLab => {
    if (!lab) throw new Error('Kamailio did not start');
    return lab;
  };

  async function phone(index: number, secure = false): Promise<Phone> {
    const { wsUrl, wssUrl, caCertPem, domain, users } = current();
    const user = users[index]!;
    const client = await SipWsClient.connect(secure ? wssUrl : wsUrl, { ca: caCertPem });
    const registered = await client.register({ user: user.username, password: user.password, domain });
    expect(registered.status).toBe(200);
    const created = { client, user, aor: current().aor(user.username) };
    phones.push(created);
    return created;
  }

  const credentials = (p: Phone) => ({ username: p.user.username, password: p.user.password });

  async function subscribe(p: Phone, target: string, event: string, accept: string): Promise<SipMessage> {
    const response = await p.client.requestWithAuth(
      {
        method: 'SUBSCRIBE',
        requestUri: target,
        from: p.aor,
        to: target,
        headers: [
          `Event: ${event}`,
          `Accept: ${accept}`,
          'Expires: 120',
          `Contact: <${p.client.contactUri}>`,
        ],
      },
      credentials(p),
    );
    expect([200, 202]).toContain(response.status);
    return response;
  }

  it('connects a call between two WebSocket clients (ws and wss) with ACK, INFO, re-INVITE and BYE', async () => {
    const alice = await phone(0);
    const bob = await phone(1, true);
    const callId = `call-${Date.now()}@lab`;
    const fromTag = 'alice-tag';
    const invite = {
      method: 'INVITE',
      requestUri: bob.aor,
      from: alice.aor,
      to: bob.aor,
      callId,
      fromTag,
      headers: [`Contact: <${alice.client.contactUri}>`, 'Content-Type: application/sdp'],
      body: SDP,
    };
    const answered = await alice.client.requestWithAuth(invite, credentials(alice));
    expect(answered.status).toBe(200);
    const incoming = await bob.client.waitForRequest(
      (r) => r.method === 'INVITE' && header(r, 'call-id') === callId,
    );
    expect(incoming.body).toContain('m=audio');

    // the UAC's route set is the Record-Route of the 2xx, reversed
    const routes = (answered.headers.get('record-route') ?? [])
      .flatMap((v) => v.split(/,(?=\s*<)/))
      .reverse();
    expect(routes.length).toBeGreaterThan(0);
    const inDialog = {
      requestUri: uriOf(header(answered, 'contact')),
      from: alice.aor,
      to: bob.aor,
      callId,
      fromTag,
      toTag: tagOf(header(answered, 'to'))!,
      headers: routes.map((route) => `Route: ${route.trim()}`),
    };
    const inviteCseq = Number.parseInt(header(answered, 'cseq') ?? '1', 10);
    alice.client.send({ ...inDialog, method: 'ACK', cseq: inviteCseq });
    await bob.client.waitForRequest((r) => r.method === 'ACK' && header(r, 'call-id') === callId);

    const info = await alice.client.request({
      ...inDialog,
      method: 'INFO',
      cseq: inviteCseq + 1,
      headers: [...inDialog.headers, 'Content-Type: application/dtmf-relay'],
      body: 'Signal=5\r\nDuration=160\r\n',
    });
    expect(info.status).toBe(200);

    const reinvite = await alice.client.request({
      ...inDialog,
      method: 'INVITE',
      cseq: inviteCseq + 2,
      headers: [
        ...inDialog.headers,
        `Contact: <${alice.client.contactUri}>`,
        'Content-Type: application/sdp',
      ],
      body: SDP.replace('m=audio 9', 'm=audio 11'),
    });
    expect(reinvite.status).toBe(200);
    alice.client.send({ ...inDialog, method: 'ACK', cseq: inviteCseq + 2 });

    // the callee hangs up: its BYE must reach the caller through the alias Kamailio put in the Contact
    const bobRoutes = (incoming.headers.get('record-route') ?? []).flatMap((v) => v.split(/,(?=\s*<)/));
    const bye = await bob.client.request({
      method: 'BYE',
      requestUri: uriOf(header(incoming, 'contact')),
      from: bob.aor,
      to: alice.aor,
      callId,
      fromTag: tagOf(header(answered, 'to'))!,
      toTag: fromTag,
      cseq: 1,
      headers: bobRoutes.map((route) => `Route: ${route.trim()}`),
    });
    expect(bye.status).toBe(200);
    await alice.client.waitForRequest((r) => r.method === 'BYE' && header(r, 'call-id') === callId);
  });

  it('challenges an INVITE without credentials (407)', async () => {
    const alice = phones[0] ?? (await phone(0));
    const response = await alice.client.request({
      method: 'INVITE',
      requestUri: current().aor('1002'),
      from: alice.aor,
      to: current().aor('1002'),
      headers: [`Contact: <${alice.client.contactUri}>`],
    });
    expect(response.status).toBe(407);
  });

  it('challenges a client PUBLISH of dialog state (only pua_dialoginfo itself is exempt)', async () => {
    const alice = phones[0] ?? (await phone(0));
    const response = await alice.client.request({
      method: 'PUBLISH',
      requestUri: alice.aor,
      from: alice.aor,
      to: alice.aor,
      headers: ['Event: dialog', 'Expires: 60', 'Content-Type: application/dialog-info+xml'],
      body: '<?xml version="1.0"?><dialog-info xmlns="urn:ietf:params:xml:ns:dialog-info" version="0" state="full" entity="x"/>',
    });
    expect(response.status).toBe(407);
  });

  it('refuses requests from a foreign domain instead of passing them unauthenticated', async () => {
    const alice = phones[0] ?? (await phone(0));
    const response = await alice.client.request({
      method: 'INVITE',
      requestUri: current().aor('1002'),
      from: 'sip:mallory@example.org',
      to: current().aor('1002'),
      headers: [`Contact: <${alice.client.contactUri}>`],
    });
    expect(response.status).toBe(403);
  });

  it('answers 404 for an unknown user and 480 for a known one that is not registered', async () => {
    const alice = phones[0] ?? (await phone(0));
    const call = (target: string) =>
      alice.client.requestWithAuth(
        {
          method: 'INVITE',
          requestUri: target,
          from: alice.aor,
          to: target,
          headers: [`Contact: <${alice.client.contactUri}>`, 'Content-Type: application/sdp'],
          body: SDP,
        },
        credentials(alice),
      );
    expect((await call(current().aor('9999'))).status).toBe(404);
    expect((await call(current().aor('1003'))).status).toBe(480);
  });

  it('notifies presence to a WebSocket watcher', async () => {
    const alice = phones[0] ?? (await phone(0));
    const bob = phones[1] ?? (await phone(1, true));
    await subscribe(alice, bob.aor, 'presence', 'application/pidf+xml');
    await alice.client.waitForRequest((r) => r.method === 'NOTIFY' && header(r, 'event') === 'presence');
    const pidf = `<?xml version="1.0" encoding="UTF-8"?>
<presence xmlns="urn:ietf:params:xml:ns:pidf" entity="${bob.aor}"><tuple id="t1"><status><basic>open</basic></status><note>lab-available</note></tuple></presence>`;
    const published = await bob.client.requestWithAuth(
      {
        method: 'PUBLISH',
        requestUri: bob.aor,
        from: bob.aor,
        to: bob.aor,
        headers: ['Event: presence', 'Expires: 120', 'Content-Type: application/pidf+xml'],
        body: pidf,
      },
      credentials(bob),
    );
    expect(published.status).toBe(200);
    const notify = await alice.client.waitForRequest(
      (r) => r.method === 'NOTIFY' && r.body.includes('lab-available'),
    );
    expect(notify.body).toContain('<basic>open</basic>');
  });

  it('publishes call state as dialog-info to a BLF watcher', async () => {
    const alice = phones[0] ?? (await phone(0));
    const bob = phones[1] ?? (await phone(1, true));
    const carol = await phone(2);
    await subscribe(carol, bob.aor, 'dialog', 'application/dialog-info+xml');
    await carol.client.waitForRequest((r) => r.method === 'NOTIFY' && header(r, 'event') === 'dialog');
    const callId = `blf-${Date.now()}@lab`;
    const answered = await alice.client.requestWithAuth(
      {
        method: 'INVITE',
        requestUri: bob.aor,
        from: alice.aor,
        to: bob.aor,
        callId,
        fromTag: 'blf-tag',
        headers: [`Contact: <${alice.client.contactUri}>`, 'Content-Type: application/sdp'],
        body: SDP,
      },
      credentials(alice),
    );
    expect(answered.status).toBe(200);
    const confirmed = await carol.client.waitForRequest(
      (r) => r.method === 'NOTIFY' && r.body.includes(callId) && r.body.includes('<state>confirmed</state>'),
    );
    expect(confirmed.body).toContain('dialog-info');
    // tidy up the call so the dialog ends
    const routes = (answered.headers.get('record-route') ?? [])
      .flatMap((v) => v.split(/,(?=\s*<)/))
      .reverse();
    const inDialog = {
      requestUri: uriOf(header(answered, 'contact')),
      from: alice.aor,
      to: bob.aor,
      callId,
      fromTag: 'blf-tag',
      toTag: tagOf(header(answered, 'to'))!,
      headers: routes.map((route) => `Route: ${route.trim()}`),
    };
    const cseq = Number.parseInt(header(answered, 'cseq') ?? '1', 10);
    alice.client.send({ ...inDialog, method: 'ACK', cseq });
    expect((await alice.client.request({ ...inDialog, method: 'BYE', cseq: cseq + 1 })).status).toBe(200);
    await carol.client.waitForRequest(
      (r) => r.method === 'NOTIFY' && r.body.includes(callId) && r.body.includes('<state>terminated</state>'),
    );
  });

  it('delivers MWI published by the voicemail user, and only by it or the mailbox owner', async () => {
    const alice = phones[0] ?? (await phone(0));
    const bob = phones[1] ?? (await phone(1, true));
    await subscribe(alice, alice.aor, 'message-summary', 'application/simple-message-summary');
    await alice.client.waitForRequest(
      (r) => r.method === 'NOTIFY' && header(r, 'event') === 'message-summary',
    );

    const { voicemailUser, wsUrl } = current();
    const voicemail = await SipWsClient.connect(wsUrl);
    try {
      const mwi = (from: string, creds: { username: string; password: string }, client: SipWsClient) =>
        client.requestWithAuth(
          {
            method: 'PUBLISH',
            requestUri: alice.aor,
            from,
            to: alice.aor,
            headers: [
              'Event: message-summary',
              'Expires: 120',
              'Content-Type: application/simple-message-summary',
            ],
            body: 'Messages-Waiting: yes\r\nVoice-Message: 2/8 (0/2)\r\n',
          },
          creds,
        );
      const byBob = await mwi(bob.aor, credentials(bob), bob.client);
      expect(byBob.status).toBe(403);
      const byVoicemail = await mwi(current().aor(voicemailUser.username), voicemailUser, voicemail);
      expect(byVoicemail.status).toBe(200);
      const notify = await alice.client.waitForRequest(
        (r) => r.method === 'NOTIFY' && r.body.includes('Messages-Waiting: yes'),
      );
      expect(notify.body).toContain('Voice-Message: 2/8');
    } finally {
      await voicemail.close();
    }
  });
});
