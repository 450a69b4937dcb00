// A far end for CallManager unit tests, in memory: our sip.js UserAgent's transport hands every message
// to a script that speaks raw SIP text back. The script calls us (INVITE with SDP, ACKs our 200), answers
// our in-dialog requests as a test tells it (e.g. refuse every re-INVITE with 491, or stay silent) and
// can send its own re-INVITE offer, and the connection can go down (sending fails). Nothing goes over a socket, so fake timers move every SIP timer.
import type { Transport } from 'sip.js';
import { EmitterImpl, TransportState, UserAgent } from 'sip.js';
import type { CallView } from '../../../../../src/shared/contract';
import { accountSettingGroups } from '../../../../../src/shared/settings/account-settings';
import { globalSettingGroups } from '../../../../../src/shared/settings/global-settings';
import { silentLogger } from '../../../../../src/main/log/logger';
import { SettingCatalog } from '../../../../../src/main/settings/setting-catalog';
import { bridgeSessionDescriptionHandlerFactory } from '../../../../../src/main/sip/bridge/bridge-session-description-handler';
import type { CallManagerOptions } from '../../../../../src/main/sip/calls/call-manager';
import { CallManager } from '../../../../../src/main/sip/calls/call-manager';
import { SdpOnlyMedia } from '../../../../integration/calls/sdp-only-media';
import { sdpFixture } from '../../../../support/sdp-fixtures';

/** What the far end does with one of our in-dialog requests: a status code, or no answer at all. */
export type FarEndAnswer = number | 'silence';

// what a WebRTC far end offers and answers: a plain RTP one is refused before anything rings
const farSdp = sdpFixture('chrome-webrtc-offer');

const reasons: Record<number, string> = {
  180: 'Ringing',
  200: 'OK',
  408: 'Request Timeout',
  480: 'Temporarily Unavailable',
  481: 'Call/Transaction Does Not Exist',
  488: 'Not Acceptable Here',
  491: 'Request Pending',
  486: 'Busy Here',
  487: 'Request Terminated',
  500: 'Server Internal Error',
  603: 'Decline',
};

class LoopTransport implements Transport {
  readonly protocol = 'WS';
  state = TransportState.Disconnected;
  readonly stateChange = new EmitterImpl<TransportState>();
  onConnect: (() => void) | undefined;
  onDisconnect: ((error?: Error) => void) | undefined;
  onMessage: ((message: string) => void) | undefined;

  constructor(
    _logger: unknown,
    private readonly options: { farEnd: ScriptedFarEnd },
  ) {
    options.farEnd.attach(this);
  }

  connect(): Promise<void> {
    this.state = TransportState.Connected;
    this.stateChange.emit(this.state);
    this.onConnect?.();
    return Promise.resolve();
  }

  disconnect(): Promise<void> {
    this.state = TransportState.Disconnected;
    this.stateChange.emit(this.state);
    return Promise.resolve();
  }

  dispose(): Promise<void> {
    return this.disconnect();
  }

  isConnected(): boolean {
    return this.state === TransportState.Connected;
  }

  send(message: string): Promise<void> {
    if (this.options.farEnd.connectionDown) {
      this.options.farEnd.unsent.push(message);
      return Promise.reject(new Error('WebSocket closed'));
    }
    this.options.farEnd.receive(message);
    return Promise.resolve();
  }
}

interface SipText {
  firstLine: string;
  headers: [string, string][];
  body: string;
}

function parse(text: string): SipText {
  const [head = '', body = ''] = text.split('\r\n\r\n');
  const [firstLine = '', ...lines] = head.split('\r\n');
  const headers = lines.map((line): [string, string] => {
    const colon = line.indexOf(':');
    return [line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()];
  });
  return { firstLine, headers, body };
}

function header(message: SipText, name: string): string {
  return message.headers.find(([key]) => key === name)?.[1] ?? '';
}

export class ScriptedFarEnd {
  /** Every message our phone sent, in order. */
  readonly received: string[] = [];
  /** The answer to each of our re-INVITEs, in order; the last one repeats. */
  reInviteAnswers: FarEndAnswer[] = [200];
  reInvitesSeen = 0;
  /** Rings (180) before answering an INVITE of ours that has no To tag yet (our new call). */
  ringOurCalls = false;
  /** The answer to each of our REFERs. */
  referAnswer: FarEndAnswer = 'silence';
  /** While true our phone's transport cannot send (as with the server gone): sip.js answers 503 itself. */
  connectionDown = false;
  /** What our phone tried to send while the connection was down. */
  readonly unsent: string[] = [];
  /** How many of the next ACKs for a 200 to an INVITE are lost on the way (the proxy died before relaying them). */
  acksToLose = 0;
  private transport: LoopTransport | undefined;
  private cseq = 1;
  private ourTag = '';
  private ourContact = '';
  private branch = 0;

  attach(transport: LoopTransport): void {
    this.transport = transport;
  }

  /** Our phone sent this; the script answers what it must. */
  receive(text: string): void {
    this.received.push(text);
    const message = parse(text);
    if (message.firstLine.startsWith('SIP/2.0 200') && header(message, 'cseq').endsWith('INVITE')) {
      this.ourTag = /tag=([^;>\s]+)/.exec(header(message, 'to'))?.[1] ?? '';
      this.ourContact = /<([^>]+)>/.exec(header(message, 'contact'))?.[1] ?? '';
      const cseq = header(message, 'cseq').split(' ')[0] ?? '1';
      if (this.acksToLose > 0) this.acksToLose--;
      else this.send(this.request('ACK', cseq, ''));
      return;
    }
    const method = message.firstLine.split(' ')[0];
    if (method === 'INVITE') {
      const answer =
        this.reInviteAnswers[Math.min(this.reInvitesSeen, this.reInviteAnswers.length - 1)] ?? 200;
      this.reInvitesSeen++;
      const final = () => {
        if (answer !== 'silence') this.respond(message, answer, answer === 200 ? farSdp : '');
      };
      if (this.ringOurCalls && !/tag=/.test(header(message, 'to'))) {
        // ring, and give the final answer a moment later (as a phone does)
        this.respond(message, 180, '');
        setTimeout(final, 10);
      } else final();
    } else if (method === 'REFER') {
      if (this.referAnswer !== 'silence') this.respond(message, this.referAnswer, '');
    } else if (method === 'BYE' || method === 'INFO') {
      this.respond(message, 200, '');
    }
  }

  /** Requests our phone sent, by method (e.g. 'INVITE' for its re-INVITEs). */
  sentRequests(method: string): string[] {
    return this.received.filter((text) => text.startsWith(`${method} `));
  }

  /** Calls our phone: the INVITE goes out now; our 200 is ACKed by receive(). */
  call(): void {
    this.send(
      [
        'INVITE sip:alice@example.test SIP/2.0',
        `Via: SIP/2.0/WS far.invalid;branch=z9hG4bK-far-${++this.branch}`,
        'Max-Forwards: 70',
        'From: "Bob" <sip:bob@example.test>;tag=far',
        'To: <sip:alice@example.test>',
        'Call-ID: scripted-call',
        `CSeq: ${this.cseq} INVITE`,
        'Contact: <sip:bob@far.invalid;transport=ws>',
        'Content-Type: application/sdp',
        `Content-Length: ${Buffer.byteLength(farSdp)}`,
        '',
        farSdp,
      ].join('\r\n'),
    );
  }

  /** The far end's own re-INVITE with an offer (after the call is up); sendonly/inactive holds us. */
  reInvite(direction: 'sendrecv' | 'sendonly' | 'inactive' = 'sendrecv'): void {
    const offer = farSdp.replace(/^a=sendrecv$/m, `a=${direction}`);
    this.send(this.request('INVITE', String(++this.cseq), offer));
  }

  private request(method: string, cseq: string, body: string): string {
    return [
      `${method} ${this.ourContact} SIP/2.0`,
      `Via: SIP/2.0/WS far.invalid;branch=z9hG4bK-far-${++this.branch}`,
      'Max-Forwards: 70',
      'From: "Bob" <sip:bob@example.test>;tag=far',
      `To: <sip:alice@example.test>;tag=${this.ourTag}`,
      'Call-ID: scripted-call',
      `CSeq: ${cseq} ${method}`,
      'Contact: <sip:bob@far.invalid;transport=ws>',
      ...(body ? ['Content-Type: application/sdp'] : []),
      `Content-Length: ${Buffer.byteLength(body)}`,
      '',
      body,
    ].join('\r\n');
  }

  private respond(request: SipText, code: number, body: string): void {
    const vias = request.headers.filter(([key]) => key === 'via').map(([, value]) => `Via: ${value}`);
    const to = header(request, 'to');
    this.send(
      [
        `SIP/2.0 ${code} ${reasons[code] ?? 'Unknown'}`,
        ...vias,
        `From: ${header(request, 'from')}`,
        `To: ${/tag=/.test(to) ? to : `${to};tag=far`}`,
        `Call-ID: ${header(request, 'call-id')}`,
        `CSeq: ${header(request, 'cseq')}`,
        'Contact: <sip:bob@far.invalid;transport=ws>',
        ...(body ? ['Content-Type: application/sdp'] : []),
        `Content-Length: ${Buffer.byteLength(body)}`,
        '',
        body,
      ].join('\r\n'),
    );
  }

  private send(text: string): void {
    // as off a socket: never inside the sender's own call stack
    void Promise.resolve().then(() => this.transport?.onMessage?.(text));
  }
}

/** Our phone (CallManager, bridge SDH, sip.js UserAgent) wired to a scripted far end. */
export async function phoneWithScriptedFarEnd(options: Partial<CallManagerOptions> = {}) {
  const farEnd = new ScriptedFarEnd();
  const media = new SdpOnlyMedia();
  const history: CallView[] = [];
  const global = new SettingCatalog(globalSettingGroups).defaults();
  const account = new SettingCatalog(accountSettingGroups).defaults();
  const calls: CallManager = new CallManager({
    // ua is created below, before anything dials
    agents: { userAgentOf: () => ua, registeredAccountIds: () => ['acc'] },
    globalSetting: (key) => global[key],
    accountSetting: () => (key) => account[key],
    media: media.channel,
    // the history is told of a call when it rings or is dialled, answered and ended: keep the ends
    history: { record: (call) => (call.state === 'ended' ? history.push(call) : undefined) },
    logger: silentLogger,
    onChange: () => undefined,
    endedCallLingerMs: 60_000,
    ...options,
  });
  const ua: UserAgent = new UserAgent({
    uri: UserAgent.makeURI('sip:alice@example.test'),
    transportConstructor: LoopTransport,
    transportOptions: { farEnd },
    logLevel: 'error',
    logBuiltinEnabled: false,
    sessionDescriptionHandlerFactory: bridgeSessionDescriptionHandlerFactory(calls.bridgeContext()),
    delegate: { onInvite: (invitation) => calls.handleInvite('acc', invitation) },
  });
  await ua.start();
  return { farEnd, media, history, calls, ua };
}
