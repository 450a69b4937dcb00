// subscribeToEvent on a real sip.js UserAgent (an AccountAgent) against a scripted notifier on a loopback
// WebSocket: what Kamailio in the lab does not do on demand (back-to-back NOTIFYs, a refused refresh,
// a hostile reason phrase). The lab scenarios are tests/integration/sip/mwi.test.ts and blf-lamps.test.ts.
import type { WebSocket } from 'ws';
import { afterEach, describe, expect, it } from 'vitest';
import { header, parseSipMessage, type SipMessage } from '../../../../lab/sip-ws-client';
import { AccountAgent } from '../../../../../src/main/sip/registration/account-agent';
import {
  subscribeToEvent,
  type EventSubscription,
  type SubscriptionEnding,
} from '../../../../../src/main/sip/subscription/event-subscription';
import { FakeSipServer, recordingLogger, waitFor } from '../transport/fake-sip-server';

/** How the notifier answers a SUBSCRIBE: its status (and reason), or 'ignore'. */
type Answer = (subscribe: SipMessage, index: number) => { status: number; reason: string } | 'ignore';

class Notifier {
  readonly subscribes: SipMessage[] = [];
  /** Sends the final NOTIFY after a 200 to an un-SUBSCRIBE, as a notifier does (RFC 6665 §4.2.1.4). */
  finalOnUnsubscribe = true;
  private cseq = 1;
  private socket: WebSocket | undefined;
  private dialog: SipMessage | undefined;

  constructor(
    readonly server: FakeSipServer,
    private readonly answer: Answer,
  ) {
    server.respond = (socket, text) => this.received(socket, text);
  }

  /** A NOTIFY in the dialog of the first SUBSCRIBE. */
  notify(state: string, body = '', contentType = 'text/plain'): void {
    const subscribe = this.dialog;
    if (!subscribe || !this.socket) throw new Error('no subscription yet');
    const contact = /<([^>]+)>/.exec(header(subscribe, 'contact') ?? '')?.[1] ?? '';
    const lines = [
      `NOTIFY ${contact} SIP/2.0`,
      `Via: SIP/2.0/WS 127.0.0.1;branch=z9hG4bK-notify-${this.cseq}`,
      'Max-Forwards: 70',
      `From: ${header(subscribe, 'to') ?? ''};tag=notifier`,
      `To: ${header(subscribe, 'from') ?? ''}`,
      `Call-ID: ${header(subscribe, 'call-id') ?? ''}`,
      `CSeq: ${this.cseq++} NOTIFY`,
      'Contact: <sip:notifier@127.0.0.1;transport=ws>',
      `Event: ${header(subscribe, 'event') ?? ''}`,
      `Subscription-State: ${state}`,
      `Content-Type: ${contentType}`,
      `Content-Length: ${Buffer.byteLength(body)}`,
    ];
    this.socket.send(`${lines.join('\r\n')}\r\n\r\n${body}`);
  }

  private received(socket: WebSocket, text: string): void {
    const message = parseSipMessage(text);
    if (message.kind !== 'request') return;
    if (message.method === 'REGISTER') {
      this.reply(socket, message, 200, 'OK', [`Contact: ${header(message, 'contact') ?? ''}`]);
      return;
    }
    if (message.method !== 'SUBSCRIBE') return;
    this.subscribes.push(message);
    const answer = this.answer(message, this.subscribes.length - 1);
    if (answer === 'ignore') return;
    this.socket = socket;
    this.dialog ??= message;
    const expires = header(message, 'expires') ?? '0';
    this.reply(socket, message, answer.status, answer.reason, [`Expires: ${expires}`]);
    if (expires === '0' && answer.status < 300 && this.finalOnUnsubscribe)
      this.notify('terminated;reason=timeout');
  }

  private reply(
    socket: WebSocket,
    request: SipMessage,
    status: number,
    reason: string,
    extra: string[],
  ): void {
    const copy = (name: string, label: string): string[] =>
      (request.headers.get(name) ?? []).map((value) => `${label}: ${value}`);
    const to = header(request, 'to') ?? '';
    const lines = [
      `SIP/2.0 ${status} ${reason}`,
      ...copy('via', 'Via'),
      ...copy('from', 'From'),
      `To: ${to}${/;tag=/.test(to) ? '' : ';tag=notifier'}`,
      ...copy('call-id', 'Call-ID'),
      ...copy('cseq', 'CSeq'),
      ...(status < 300 ? extra : []),
      'Content-Length: 0',
    ];
    socket.send(`${lines.join('\r\n')}\r\n\r\n`);
  }
}

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function setup(answer: Answer, expiresSeconds = 600) {
  const server = await FakeSipServer.start();
  cleanups.push(() => server.close());
  const notifier = new Notifier(server, answer);
  const agent = new AccountAgent({
    config: {
      accountId: 'a1',
      aor: 'sip:1001@127.0.0.1',
      authorizationUserName: '1001',
      password: 'pw',
      displayName: '',
      server: server.url,
      routeSet: [],
      registrationExpirySeconds: 300,
      keepAliveSeconds: 0,
      connectTimeoutMs: 1000,
      tls: { minVersion: 'TLSv1.2', strongCiphersOnly: true, verifyCertificate: true },
    },
    sessionDescriptionHandlerFactory: () => {
      throw new Error('no media');
    },
    delegate: { onRegistration: () => undefined },
    logger: recordingLogger(),
  });
  cleanups.push(() => agent.dispose());
  agent.register();
  await waitFor(() => agent.registration.state === 'registered', 2000, 'registration');
  const notifies: [string, string | undefined][] = [];
  const endings: SubscriptionEnding[] = [];
  const subscription: EventSubscription = subscribeToEvent({
    userAgent: agent.userAgent,
    event: 'message-summary',
    accept: 'application/simple-message-summary',
    expiresSeconds,
    delegate: {
      onNotify: (body, contentType) => notifies.push([body, contentType]),
      onEnded: (ending) => endings.push(ending),
    },
  });
  cleanups.push(() => subscription.dispose());
  return { notifier, subscription, notifies, endings };
}

const ok = () => ({ status: 200, reason: 'OK' });

describe('subscribeToEvent', () => {
  it('subscribes to the own address with the event, and delivers back-to-back NOTIFYs in order', async () => {
    const { notifier, notifies, endings } = await setup(ok);
    await waitFor(() => notifier.subscribes.length === 1, 2000, 'SUBSCRIBE');
    const subscribe = notifier.subscribes[0]!;
    expect(subscribe.requestUri).toBe('sip:1001@127.0.0.1');
    expect(header(subscribe, 'event')).toBe('message-summary');
    expect(header(subscribe, 'accept')).toBe('application/simple-message-summary');
    expect(header(subscribe, 'expires')).toBe('600');
    // the initial state and an update, sent without waiting: the second must not be lost
    notifier.notify('active;expires=600', 'first', 'application/simple-message-summary');
    notifier.notify('active;expires=600', 'second', 'application/simple-message-summary');
    await waitFor(() => notifies.length === 2, 2000, 'two NOTIFYs');
    expect(notifies).toEqual([
      ['first', 'application/simple-message-summary'],
      ['second', 'application/simple-message-summary'],
    ]);
    expect(endings).toEqual([]);
  });

  it('fails with the status of a refusal, its reason phrase clipped', async () => {
    const { endings } = await setup(() => ({ status: 403, reason: `Not relaying ${'x'.repeat(300)}` }));
    await waitFor(() => endings.length === 1, 2000, 'the ending');
    expect(endings).toHaveLength(1);
    expect(endings[0]!.kind).toBe('failed');
    expect(endings[0]!.reason).toMatch(/^The PBX refused the subscription \(403 Not relaying x+…\)$/);
    expect(endings[0]!.reason.length).toBeLessThan(200);
  });

  it('delivers the final NOTIFY, then ends with the retry-after of a probation', async () => {
    const { notifier, notifies, endings } = await setup(ok);
    await waitFor(() => notifier.subscribes.length === 1, 2000, 'SUBSCRIBE');
    notifier.notify('active;expires=600', 'state');
    notifier.notify('terminated;reason=probation;retry-after=30', 'last');
    await waitFor(() => endings.length === 1, 2000, 'the ending');
    expect(notifies.map(([body]) => body)).toEqual(['state', 'last']);
    expect(endings).toEqual([
      { kind: 'retry', reason: 'The PBX ended the subscription (probation)', retryAfterSeconds: 30 },
    ]);
  });

  it('a refresh the PBX refuses with 481 ends the subscription with that status', async () => {
    // sip.js refreshes at 90 % of the expiry: 1 s here
    const { notifier, endings } = await setup(
      (_subscribe, index) => (index === 0 ? ok() : { status: 481, reason: 'Subscription Does Not Exist' }),
      1,
    );
    await waitFor(() => notifier.subscribes.length === 1, 2000, 'SUBSCRIBE');
    notifier.notify('active;expires=1');
    await waitFor(() => endings.length === 1, 4000, 'the ending');
    expect(notifier.subscribes).toHaveLength(2);
    expect(endings).toEqual([
      {
        kind: 'failed',
        reason: 'The PBX refused to renew the subscription (481 Subscription Does Not Exist)',
        text: { key: 'subscription.renewRefused', params: { status: '481 Subscription Does Not Exist' } },
      },
    ]);
  });

  it('dispose sends an un-SUBSCRIBE and resolves at the final NOTIFY, with no delegate call', async () => {
    const { notifier, subscription, notifies, endings } = await setup(ok);
    notifier.finalOnUnsubscribe = false;
    await waitFor(() => notifier.subscribes.length === 1, 2000, 'SUBSCRIBE');
    notifier.notify('active;expires=600', 'state');
    await waitFor(() => notifies.length === 1, 2000, 'NOTIFY');
    let disposed = false;
    const disposing = subscription.dispose().then(() => (disposed = true));
    await waitFor(() => notifier.subscribes.length === 2, 2000, 'un-SUBSCRIBE');
    expect(header(notifier.subscribes[1]!, 'expires')).toBe('0');
    expect(disposed).toBe(false);
    notifier.notify('terminated;reason=timeout', 'final');
    await disposing;
    expect(notifies).toHaveLength(1);
    expect(endings).toEqual([]);
  });
});
