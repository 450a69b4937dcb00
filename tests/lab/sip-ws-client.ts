// A tiny raw SIP-over-WebSocket client (RFC 7118) for lab tests only: enough to check that the lab's
// Kamailio registers with digest auth and answers OPTIONS. Not a SIP stack; the product uses sip.js.
import { createHash, randomBytes } from 'node:crypto';
import WebSocket from 'ws';

export interface SipMessage {
  /** 'request' or 'response' */
  kind: 'request' | 'response';
  method: string;
  requestUri: string;
  status: number;
  reason: string;
  /** Header values by lower-case long name, in order of appearance. */
  headers: Map<string, string[]>;
  body: string;
  raw: string;
}

export interface SipWsConnectOptions {
  /** Trusted CA certificate(s) for wss:// (the lab's self-signed certificate). */
  ca?: string | string[];
  timeoutMs?: number;
}

export interface RegisterOptions {
  user: string;
  password: string;
  domain: string;
  /** Username for the digest if it differs from user. */
  authUser?: string;
  expires?: number;
}

export interface RegisterResult {
  status: number;
  /** Every response that ended a transaction, the challenge first. */
  responses: SipMessage[];
}

const COMPACT: Record<string, string> = {
  i: 'call-id',
  m: 'contact',
  f: 'from',
  t: 'to',
  v: 'via',
  l: 'content-length',
  c: 'content-type',
  e: 'content-encoding',
  k: 'supported',
  o: 'event',
  s: 'subject',
};

export function parseSipMessage(raw: string): SipMessage {
  const split = raw.indexOf('\r\n\r\n');
  const head = split === -1 ? raw : raw.slice(0, split);
  const body = split === -1 ? '' : raw.slice(split + 4);
  const [startLine = '', ...lines] = head.split('\r\n');
  const headers = new Map<string, string[]>();
  let last: string | undefined;
  for (const line of lines) {
    if (/^[ \t]/.test(line) && last) {
      const values = headers.get(last)!;
      values[values.length - 1] += ` ${line.trim()}`;
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const rawName = line.slice(0, colon).trim().toLowerCase();
    const name = COMPACT[rawName] ?? rawName;
    const value = line.slice(colon + 1).trim();
    const values = headers.get(name) ?? [];
    values.push(value);
    headers.set(name, values);
    last = name;
  }
  const response = /^SIP\/2\.0 (\d{3}) ?(.*)$/.exec(startLine);
  if (response) {
    return {
      kind: 'response',
      method: '',
      requestUri: '',
      status: Number(response[1]),
      reason: response[2] ?? '',
      headers,
      body,
      raw,
    };
  }
  const request = /^([A-Z]+) (\S+) SIP\/2\.0$/.exec(startLine);
  if (!request) throw new Error(`not a SIP message: ${startLine}`);
  return {
    kind: 'request',
    method: request[1]!,
    requestUri: request[2]!,
    status: 0,
    reason: '',
    headers,
    body,
    raw,
  };
}

export function header(message: SipMessage, name: string): string | undefined {
  return message.headers.get(name.toLowerCase())?.[0];
}

/** Parses `Digest realm="x", nonce="y", qop="auth"` into its parameters. */
export function parseDigestChallenge(value: string): Record<string, string> {
  const params: Record<string, string> = {};
  const rest = value.replace(/^\s*Digest\s+/i, '');
  const re = /([a-zA-Z0-9_-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]+))/g;
  for (let match = re.exec(rest); match; match = re.exec(rest)) {
    params[match[1]!.toLowerCase()] = match[2] ?? match[3] ?? '';
  }
  return params;
}

const md5 = (text: string): string => createHash('md5').update(text).digest('hex');

export interface DigestInput {
  challenge: Record<string, string>;
  method: string;
  uri: string;
  username: string;
  password: string;
  nc?: number;
  cnonce?: string;
}

/** The Authorization/Proxy-Authorization value for an MD5 challenge (qop=auth or none). */
export function digestAuthorization(input: DigestInput): string {
  const { challenge, method, uri, username, password } = input;
  const realm = challenge['realm'] ?? '';
  const nonce = challenge['nonce'] ?? '';
  const algorithm = challenge['algorithm'] ?? 'MD5';
  if (algorithm.toUpperCase() !== 'MD5') throw new Error(`unsupported digest algorithm ${algorithm}`);
  const qops = (challenge['qop'] ?? '').split(',').map((q) => q.trim());
  const ha1 = md5(`${username}:${realm}:${password}`);
  const ha2 = md5(`${method}:${uri}`);
  const parts = [`username="${username}"`, `realm="${realm}"`, `nonce="${nonce}"`, `uri="${uri}"`];
  if (qops.includes('auth')) {
    const nc = (input.nc ?? 1).toString(16).padStart(8, '0');
    const cnonce = input.cnonce ?? randomBytes(8).toString('hex');
    parts.push(
      `response="${md5(`${ha1}:${nonce}:${nc}:${cnonce}:auth:${ha2}`)}"`,
      `cnonce="${cnonce}"`,
      `nc=${nc}`,
      'qop=auth',
    );
  } else {
    parts.push(`response="${md5(`${ha1}:${nonce}:${ha2}`)}"`);
  }
  parts.push('algorithm=MD5');
  if (challenge['opaque'] !== undefined) parts.push(`opaque="${challenge['opaque']}"`);
  return `Digest ${parts.join(', ')}`;
}

const token = (bytes = 6): string => randomBytes(bytes).toString('hex');

interface Pending {
  resolve: (message: SipMessage) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

export interface RequestOptions {
  method: string;
  requestUri: string;
  from: string;
  to: string;
  /** Extra header lines, e.g. ['Expires: 60']. */
  headers?: string[];
  body?: string;
  callId?: string;
  cseq?: number;
  fromTag?: string;
  toTag?: string;
}

export interface Credentials {
  username: string;
  password: string;
}

export class SipWsClient {
  readonly viaHost = `${token()}.invalid`;
  /** Incoming requests are answered 200 OK (ACK excepted; an INVITE's answer has no SDP) and handed to this listener. */
  onRequest: ((request: SipMessage) => void) | undefined;
  /** Every response received, provisional ones included (request() resolves with the final one only). */
  onResponse: ((response: SipMessage) => void) | undefined;
  /** Contact URI this client puts in the requests it answers. */
  readonly contactUri = `sip:${token(4)}@${this.viaHost};transport=ws`;
  private readonly pending = new Map<string, Pending>();
  private readonly received: SipMessage[] = [];
  private readonly waiters = new Set<{
    match: (request: SipMessage) => boolean;
    resolve: (request: SipMessage) => void;
  }>();
  private readonly closed: Promise<void>;

  private constructor(
    private readonly socket: WebSocket,
    private readonly transport: 'WS' | 'WSS',
    private readonly timeoutMs: number,
  ) {
    this.closed = new Promise((resolve) => socket.once('close', () => resolve()));
    socket.on('message', (data: WebSocket.RawData) => this.receive(rawDataToString(data)));
    socket.once('close', () => {
      for (const [key, pending] of this.pending) {
        clearTimeout(pending.timer);
        pending.reject(new Error('WebSocket closed before the response arrived'));
        this.pending.delete(key);
      }
    });
  }

  static connect(url: string, options: SipWsConnectOptions = {}): Promise<SipWsClient> {
    const timeoutMs = options.timeoutMs ?? 5000;
    return new Promise((resolve, reject) => {
      const socket = new WebSocket(url, 'sip', { ca: options.ca, handshakeTimeout: timeoutMs });
      socket.once('open', () => {
        if (socket.protocol !== 'sip') {
          socket.terminate();
          reject(new Error(`server did not accept the 'sip' subprotocol (got '${socket.protocol}')`));
          return;
        }
        resolve(new SipWsClient(socket, url.startsWith('wss:') ? 'WSS' : 'WS', timeoutMs));
      });
      socket.once('error', reject);
    });
  }

  /** Sends one request and resolves with its final response (provisional ones are skipped). */
  request(options: RequestOptions): Promise<SipMessage> {
    const { raw, branch } = this.build(options);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(branch);
        reject(new Error(`no final response to ${options.method} within ${this.timeoutMs} ms`));
      }, this.timeoutMs);
      this.pending.set(branch, { resolve, reject, timer });
      this.socket.send(raw, (error) => {
        if (!error) return;
        clearTimeout(timer);
        this.pending.delete(branch);
        reject(error);
      });
    });
  }

  /** Sends a request that gets no response (an ACK for a 2xx). */
  send(options: RequestOptions): void {
    this.socket.send(this.build(options).raw);
  }

  /** Like request(), answering one 401/407 challenge with the credentials. */
  async requestWithAuth(options: RequestOptions, credentials: Credentials): Promise<SipMessage> {
    const cseq = options.cseq ?? 1;
    const first = await this.request({ ...options, cseq });
    if (first.status !== 401 && first.status !== 407) return first;
    const challenge = header(first, first.status === 401 ? 'www-authenticate' : 'proxy-authenticate');
    if (!challenge) return first;
    const authorization = digestAuthorization({
      challenge: parseDigestChallenge(challenge),
      method: options.method,
      uri: options.requestUri,
      ...credentials,
    });
    const name = first.status === 401 ? 'Authorization' : 'Proxy-Authorization';
    return this.request({
      ...options,
      cseq: cseq + 1,
      headers: [...(options.headers ?? []), `${name}: ${authorization}`],
    });
  }

  /** Resolves with the first incoming request (already received or future) that matches. */
  waitForRequest(match: (request: SipMessage) => boolean, timeoutMs = this.timeoutMs): Promise<SipMessage> {
    const seen = this.received.find(match);
    if (seen) {
      this.received.splice(this.received.indexOf(seen), 1);
      return Promise.resolve(seen);
    }
    return new Promise((resolve, reject) => {
      const waiter = {
        match,
        resolve: (request: SipMessage): void => {
          clearTimeout(timer);
          resolve(request);
        },
      };
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        reject(new Error(`no matching request arrived within ${timeoutMs} ms`));
      }, timeoutMs);
      this.waiters.add(waiter);
    });
  }

  private build(options: RequestOptions): { raw: string; branch: string } {
    const callId = options.callId ?? `${token(10)}@lab`;
    const cseq = options.cseq ?? 1;
    const branch = `z9hG4bK${token(8)}`;
    const body = options.body ?? '';
    const lines = [
      `${options.method} ${options.requestUri} SIP/2.0`,
      `Via: SIP/2.0/${this.transport} ${this.viaHost};branch=${branch};rport`,
      'Max-Forwards: 70',
      `From: <${options.from}>;tag=${options.fromTag ?? token()}`,
      `To: <${options.to}>${options.toTag ? `;tag=${options.toTag}` : ''}`,
      `Call-ID: ${callId}`,
      `CSeq: ${cseq} ${options.method}`,
      'User-Agent: softphone-lab-client',
      ...(options.headers ?? []),
      `Content-Length: ${Buffer.byteLength(body)}`,
    ];
    return { raw: `${lines.join('\r\n')}\r\n\r\n${body}`, branch };
  }

  /** REGISTER, answering one digest challenge; resolves with the final status. */
  async register(options: RegisterOptions): Promise<RegisterResult> {
    const aor = `sip:${options.user}@${options.domain}`;
    const requestUri = `sip:${options.domain}`;
    const expires = options.expires ?? 600;
    const base = {
      method: 'REGISTER',
      requestUri,
      from: aor,
      to: aor,
      callId: `${token(10)}@lab`,
      fromTag: token(),
    };
    const contact = `Contact: <${this.contactUri}>;expires=${expires}`;
    const first = await this.request({ ...base, cseq: 1, headers: [contact, `Expires: ${expires}`] });
    const responses = [first];
    const challengeHeader =
      first.status === 401
        ? header(first, 'www-authenticate')
        : first.status === 407
          ? header(first, 'proxy-authenticate')
          : undefined;
    if (!challengeHeader) return { status: first.status, responses };
    const authorization = digestAuthorization({
      challenge: parseDigestChallenge(challengeHeader),
      method: 'REGISTER',
      uri: requestUri,
      username: options.authUser ?? options.user,
      password: options.password,
    });
    const authName = first.status === 401 ? 'Authorization' : 'Proxy-Authorization';
    const second = await this.request({
      ...base,
      cseq: 2,
      headers: [contact, `Expires: ${expires}`, `${authName}: ${authorization}`],
    });
    responses.push(second);
    return { status: second.status, responses };
  }

  /** OPTIONS to the server itself (a keepalive); resolves with the final status. */
  async options(domain: string, from = `sip:lab@${domain}`): Promise<number> {
    const response = await this.request({
      method: 'OPTIONS',
      requestUri: `sip:${domain}`,
      from,
      to: `sip:${domain}`,
    });
    return response.status;
  }

  async close(): Promise<void> {
    if (this.socket.readyState === WebSocket.CLOSED) return;
    this.socket.close();
    const timer = setTimeout(() => this.socket.terminate(), 1000);
    await this.closed;
    clearTimeout(timer);
  }

  private receive(raw: string): void {
    let message: SipMessage;
    try {
      message = parseSipMessage(raw);
    } catch {
      return;
    }
    if (message.kind === 'request') {
      this.answer(message);
      this.onRequest?.(message);
      const waiter = [...this.waiters].find((w) => w.match(message));
      if (waiter) {
        this.waiters.delete(waiter);
        waiter.resolve(message);
      } else {
        this.received.push(message);
      }
      return;
    }
    this.onResponse?.(message);
    if (message.status < 200) return;
    const branch = /;branch=([^;,\s]+)/.exec(header(message, 'via') ?? '')?.[1];
    const pending = branch ? this.pending.get(branch) : undefined;
    if (!pending || !branch) return;
    clearTimeout(pending.timer);
    this.pending.delete(branch);
    pending.resolve(message);
  }

  private answer(request: SipMessage): void {
    if (request.method === 'ACK') return;
    const extra = [
      ...copyHeader(request, 'record-route', 'Record-Route'),
      ...(request.method === 'INVITE' ? [`Contact: <${this.contactUri}>`] : []),
    ];
    this.socket.send(okResponse(request, extra));
  }
}

function copyHeader(request: SipMessage, name: string, label: string): string[] {
  return (request.headers.get(name) ?? []).map((value) => `${label}: ${value}`);
}

/** A 200 OK for a request (RFC 3261 §8.2.6: Via, From, To with a tag, Call-ID, CSeq copied), plus extra headers. */
export function okResponse(request: SipMessage, extraHeaders: readonly string[] = []): string {
  const to = header(request, 'to') ?? '';
  const lines = [
    'SIP/2.0 200 OK',
    ...copyHeader(request, 'via', 'Via'),
    ...copyHeader(request, 'from', 'From'),
    `To: ${/;tag=/.test(to) ? to : `${to};tag=${token()}`}`,
    ...copyHeader(request, 'call-id', 'Call-ID'),
    ...copyHeader(request, 'cseq', 'CSeq'),
    ...extraHeaders,
    'Content-Length: 0',
  ];
  return `${lines.join('\r\n')}\r\n\r\n`;
}

function rawDataToString(data: WebSocket.RawData): string {
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  if (data instanceof ArrayBuffer) return Buffer.from(data).toString('utf8');
  return data.toString('utf8');
}

/** Connects, REGISTERs once (answering the challenge) and disconnects; resolves with the final status. */
export async function registerOnce(
  url: string,
  options: RegisterOptions & SipWsConnectOptions,
): Promise<number> {
  const client = await SipWsClient.connect(url, options);
  try {
    return (await client.register(options)).status;
  } finally {
    await client.close();
  }
}
