// A hostile "registrar" for bad-input tests: the unit tests' FakeSipServer (a real `ws` server on
// 127.0.0.1, subprotocol 'sip') that answers our REGISTER (and any other request) with 200 and then lets a test push any frame
// to our transport and read what our UserAgent answered.
import { randomBytes } from 'node:crypto';
import type { WebSocket } from 'ws';
import { header, okResponse, parseSipMessage, type SipMessage } from '../../../lab/sip-ws-client';
import { FakeSipServer } from '../../../unit/main/sip/transport/fake-sip-server';
import type { AccountConfig } from '../../../../src/main/sip/account-config';

export const HOSTILE_DOMAIN = '127.0.0.1';
export const HOSTILE_USER = '1002';
export const HOSTILE_AOR = `sip:${HOSTILE_USER}@${HOSTILE_DOMAIN}`;

const token = (bytes = 6): string => randomBytes(bytes).toString('hex');

export interface BuiltRequest {
  raw: string;
  callId: string;
  branch: string;
  fromTag: string;
}

export interface RequestParts {
  method: string;
  requestUri?: string;
  /** Sets a To tag: the request claims to be inside a dialog. */
  toTag?: string;
  /** Header names (lower case, e.g. 'via') left out. */
  omit?: string[];
  /** Extra header lines, added before Content-Length. */
  headers?: string[];
  body?: string;
  /** The Content-Length value; default the body's byte length. */
  contentLength?: number | string;
  callId?: string;
  cseq?: string;
  fromTag?: string;
  /** Reuse an INVITE's branch: the ACK for a non-2xx answer belongs to the INVITE's transaction. */
  branch?: string;
}

/** A request from "the network" to our user, as a proxy would forward it. */
export function buildRequest(parts: RequestParts): BuiltRequest {
  const callId = parts.callId ?? `${token(10)}@hostile`;
  const branch = parts.branch ?? `z9hG4bK${token(8)}`;
  const fromTag = parts.fromTag ?? token();
  const body = parts.body ?? '';
  const omit = new Set(parts.omit ?? []);
  const lines: [string, string][] = [
    ['via', `Via: SIP/2.0/WS hostile.invalid;branch=${branch}`],
    ['max-forwards', 'Max-Forwards: 70'],
    ['from', `From: <sip:1001@${HOSTILE_DOMAIN}>;tag=${fromTag}`],
    ['to', `To: <${HOSTILE_AOR}>${parts.toTag ? `;tag=${parts.toTag}` : ''}`],
    ['call-id', `Call-ID: ${callId}`],
    ['cseq', `CSeq: ${parts.cseq ?? `1 ${parts.method}`}`],
  ];
  const head = [
    `${parts.method} ${parts.requestUri ?? HOSTILE_AOR} SIP/2.0`,
    ...lines.filter(([name]) => !omit.has(name)).map(([, line]) => line),
    ...(parts.headers ?? []),
    `Content-Length: ${parts.contentLength ?? Buffer.byteLength(body)}`,
  ];
  return { raw: `${head.join('\r\n')}\r\n\r\n${body}`, callId, branch, fromTag };
}

export function hostileAccountConfig(server: string, overrides: Partial<AccountConfig> = {}): AccountConfig {
  return {
    accountId: 'hostile-1002',
    aor: HOSTILE_AOR,
    authorizationUserName: HOSTILE_USER,
    password: 'not-checked',
    displayName: '',
    server,
    routeSet: [],
    registrationExpirySeconds: 300,
    keepAliveSeconds: 30,
    connectTimeoutMs: 3000,
    tls: { minVersion: 'TLSv1.2', strongCiphersOnly: true, verifyCertificate: true },
    ...overrides,
  };
}

export class HostileRegistrar {
  /** Every SIP response our UserAgent sent (REGISTER answers are ours, not in here). */
  readonly responses: SipMessage[] = [];
  /** Every request our UserAgent sent. */
  readonly requests: SipMessage[] = [];
  /** The Via sent-by host of our UserAgent's last REGISTER (sip.js drops responses with another one). */
  uaViaHost = '';
  private readonly waiters = new Set<() => void>();

  private constructor(readonly server: FakeSipServer) {
    server.respond = (socket, text) => this.onFrame(socket, text);
  }

  static async start(): Promise<HostileRegistrar> {
    return new HostileRegistrar(await FakeSipServer.start());
  }

  get url(): string {
    return this.server.url;
  }

  get connectionCount(): number {
    return this.server.connections.length;
  }

  /** Pushes a raw frame on the current connection (text unless binary). */
  push(frame: string | Buffer, binary = false): Promise<void> {
    const socket = this.server.last;
    return new Promise((resolve, reject) => {
      socket.send(frame, { binary }, (error) => (error ? reject(error) : resolve()));
    });
  }

  /** Sends a request and resolves with our UA's final response to it (by Call-ID). */
  async request(built: BuiltRequest, timeoutMs = 2000): Promise<SipMessage> {
    await this.push(built.raw);
    return this.finalResponse(built.callId, timeoutMs);
  }

  finalResponse(callId: string, timeoutMs = 2000): Promise<SipMessage> {
    const find = (): SipMessage | undefined =>
      this.responses.find((r) => r.status >= 200 && header(r, 'call-id') === callId);
    return this.until(find, timeoutMs, `a final response for Call-ID ${callId}`);
  }

  /** Resolves true if our UA sends no response at all within the time. */
  async quietFor(ms: number): Promise<boolean> {
    const before = this.responses.length;
    await new Promise((resolve) => setTimeout(resolve, ms));
    return this.responses.length === before;
  }

  /** Resolves with the first value `find` returns, re-checked at every incoming frame. */
  until<T>(find: () => T | undefined, timeoutMs: number, what: string): Promise<T> {
    return new Promise((resolve, reject) => {
      const check = (): boolean => {
        const found = find();
        if (found === undefined) return false;
        cleanup();
        resolve(found);
        return true;
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`no ${what} within ${timeoutMs} ms`));
      }, timeoutMs);
      const cleanup = (): void => {
        clearTimeout(timer);
        this.waiters.delete(check);
      };
      if (!check()) this.waiters.add(check);
    });
  }

  close(): Promise<void> {
    return this.server.close();
  }

  /** The ACK a caller sends for our final response to `invite` (same dialog; same branch unless 2xx). */
  ack(invite: BuiltRequest, final: SipMessage): Promise<void> {
    const toTag = /;tag=([^;>\s]+)/.exec(header(final, 'to') ?? '')?.[1] ?? '';
    const ack = buildRequest({
      method: 'ACK',
      toTag,
      callId: invite.callId,
      fromTag: invite.fromTag,
      ...(final.status >= 300 ? { branch: invite.branch } : {}),
    });
    return this.push(ack.raw);
  }

  private onFrame(socket: WebSocket, text: string): void {
    let message: SipMessage;
    try {
      message = parseSipMessage(text);
    } catch {
      return;
    }
    if (message.kind === 'response') this.responses.push(message);
    else {
      this.requests.push(message);
      if (message.method !== 'ACK') this.accept(socket, message);
    }
    for (const check of [...this.waiters]) check();
  }

  /** 200 to every request of our UA: a REGISTER (with its Contact, so sip.js sees its binding), a BYE. */
  private accept(socket: WebSocket, request: SipMessage): void {
    if (request.method === 'REGISTER') {
      const via = header(request, 'via') ?? '';
      this.uaViaHost = /^SIP\/2\.0\/WSS? ([^;:\s]+)/i.exec(via)?.[1] ?? '';
    }
    const contact = (request.headers.get('contact') ?? []).map((value) => `Contact: ${value}`);
    socket.send(okResponse(request, request.method === 'REGISTER' ? contact : []));
  }
}
