/**
 * SIP over WebSocket (RFC 7118) for sip.js in Node, on the `ws` package, so the manual's TLS settings
 * become real Node TLS options. It follows sip.js's Transport state machine exactly (see TransportState
 * in node_modules/sip.js/lib/api/transport-state.d.ts):
 *
 * ```txt
 *                    ______________________________
 *                   |    ____________              |
 * Transport         v   v            |             |
 * Constructed -> Disconnected -> Connecting -> Connected -> Disconnecting
 *                     ^            ^    |_____________________^  |  |
 *                     |            |_____________________________|  |
 *                     |_____________________________________________|
 * ```
 * Connecting and Disconnecting are entered only from connect() and disconnect(). Losing the connection
 * (server closed it, socket error, keep-alive unanswered) goes straight to Disconnected with a
 * TransportError. It never reconnects by itself: the AccountAgent does, with backoff.
 */
import { EmitterImpl, StateTransitionError, TransportState } from 'sip.js';
import type { Emitter } from 'sip.js';
import type { ConnectionOptions } from 'node:tls';
import WebSocket from 'ws';
import { LogThrottle, RepeatedLineThrottle } from '../../log/log-throttle';
import { FrameInbox } from './frame-inbox';
import type { Logger } from '../../log/logger';
import { KeepAlive } from './keep-alive';
import type { SipTrace, SipTransport, SipTransportOptions } from './sip-transport';
import { nodeTlsOptions } from '../../net/tls/tls-options';
import { describeConnectionError, TransportError, transportFailure } from './transport-failure';

/** SIP messages are small; a peer sending more than this is broken (ws closes with 1009). */
const MAX_MESSAGE_BYTES = 1024 * 1024;
/** How long a polite close may take before the socket is destroyed. */
const CLOSE_TIMEOUT_MS = 2000;
const CRLF_KEEP_ALIVE = '\r\n\r\n';
/**
 * A status line (`SIP/2.0 200 OK`) or what is meant as a request line (`INVITE sip:… SIP/2.0`), RFC 3261
 * §7.1/§7.2. The method is any RFC 3261 token (§25.1; RFC 4475 intmeth) and the version any number, so
 * that the request screen can answer an unknown one with 505. A request line is recognised loosely
 * (whitespace before the method, runs of whitespace between the elements, inside the Request-URI or
 * after the version: RFC 4475 lwsstart, lwsruri, trws), so that the screen answers such a malformed
 * request 400 instead of it being dropped here as "not SIP" (RFC 4475 §3.1.2.6-8).
 */
const STATUS_LINE = /^SIP\/2\.0 \d{3}(?: .*)?$/;
const REQUEST_LINE_START = /^[ \t]*[A-Za-z0-9\-.!%*_+`'~]+[ \t]/;
const REQUEST_LINE_END = /[ \t]SIP\/\d+\.\d+[ \t]*$/;

/** Two anchored tests on the first line, not one pattern: a pattern for "anything between" backtracks. */
function hasSipStartLine(text: string): boolean {
  const end = text.indexOf('\n');
  if (end < 0) return false;
  const line = text.slice(0, end).replace(/\r$/, '');
  return STATUS_LINE.test(line) || (REQUEST_LINE_START.test(line) && REQUEST_LINE_END.test(line));
}

interface Deferred {
  promise: Promise<void>;
  resolve(): void;
  reject(error: Error): void;
}

function deferred(): Deferred {
  let resolve!: () => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const allowed: Readonly<Record<TransportState, readonly TransportState[]>> = {
  [TransportState.Disconnected]: [TransportState.Connecting],
  [TransportState.Connecting]: [
    TransportState.Connected,
    TransportState.Disconnecting,
    TransportState.Disconnected,
  ],
  [TransportState.Connected]: [TransportState.Disconnecting, TransportState.Disconnected],
  [TransportState.Disconnecting]: [TransportState.Connecting, TransportState.Disconnected],
};

export class WebSocketTransport implements SipTransport {
  readonly protocol: 'WS' | 'WSS';
  onConnect: (() => void) | undefined;
  onDisconnect: ((error?: Error) => void) | undefined;
  onMessage: ((message: string) => void) | undefined;

  private _state: TransportState = TransportState.Disconnected;
  private readonly emitter = new EmitterImpl<TransportState>();
  private transitioning = false;
  private socket: WebSocket | undefined;
  private connecting: Deferred | undefined;
  private disconnecting: Deferred | undefined;
  private connectTimer: NodeJS.Timeout | undefined;
  private closeTimer: NodeJS.Timeout | undefined;
  private readonly keepAlive: KeepAlive;
  private readonly tls: ConnectionOptions;
  private readonly logger: Logger;
  private readonly trace: SipTrace | undefined;
  /** A stream of garbage must not become a stream of log lines. */
  private readonly notSipLog = new LogThrottle(5000);
  private readonly overflowLog = new LogThrottle(5000);
  /** The same failure to connect, retried every second or so in a long outage: twice a minute in the log. */
  private readonly connectFailureLog = new RepeatedLineThrottle(30_000);
  private readonly inbox = new FrameInbox<{ socket: WebSocket; text: string }>(
    (message) => this.deliver(message),
    {
      // 16 Mi characters: a few thousand ordinary messages, or sixteen 1 MB frames
      maxWaitingSize: 16 * 2 ** 20,
      sizeOf: (message: { text: string }) => message.text.length,
      onOverflow: () =>
        this.overflowLog.log(
          (line) => this.logger.warn(line),
          `Dropped a SIP message from ${this.server}: too many are waiting (a flood?)`,
        ),
    },
  );

  /** sip.js calls this with its own logger first (transportConstructor); we log through ours. */
  constructor(
    _sipLogger: unknown,
    private readonly options: SipTransportOptions,
  ) {
    const scheme = /^(wss?):\/\//i.exec(options.server)?.[1]?.toLowerCase();
    if (!scheme) {
      throw new TransportError(
        transportFailure('config', 'sipConnection.notWebSocket', { server: options.server }),
      );
    }
    this.protocol = scheme === 'wss' ? 'WSS' : 'WS';
    this.logger = options.logger;
    this.trace = options.trace;
    this.tls = nodeTlsOptions(options.tls);
    this.keepAlive = new KeepAlive({
      intervalMs: options.keepAliveIntervalMs,
      timeoutMs: options.keepAliveTimeoutMs,
      send: () => this.sendKeepAlive(),
      onDead: () =>
        this.lose(
          new TransportError(
            transportFailure('network', 'sipConnection.keepAliveLost', { server: this.server }),
          ),
        ),
    });
  }

  get server(): string {
    return this.options.server;
  }

  get state(): TransportState {
    return this._state;
  }

  get stateChange(): Emitter<TransportState> {
    return this.emitter;
  }

  isConnected(): boolean {
    return this._state === TransportState.Connected;
  }

  connect(): Promise<void> {
    switch (this._state) {
      case TransportState.Connecting:
        if (this.transitioning) return Promise.reject(this.loopError(TransportState.Connecting));
        return this.connecting?.promise ?? Promise.reject(new Error('Connect promise missing.'));
      case TransportState.Connected:
        if (this.transitioning) return Promise.reject(this.loopError(TransportState.Connecting));
        return Promise.resolve();
      case TransportState.Disconnecting:
      case TransportState.Disconnected:
        if (this.transitioning) return Promise.reject(this.loopError(TransportState.Connecting));
        break;
    }
    // an unfinished polite close is abandoned: the new connection replaces it
    this.detach();
    try {
      this.transition(TransportState.Connecting);
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
    const connecting = deferred();
    this.connecting = connecting;
    this.open();
    return connecting.promise;
  }

  disconnect(): Promise<void> {
    switch (this._state) {
      case TransportState.Disconnecting:
        if (this.transitioning) return Promise.reject(this.loopError(TransportState.Disconnecting));
        return this.disconnecting?.promise ?? Promise.reject(new Error('Disconnect promise missing.'));
      case TransportState.Disconnected:
        if (this.transitioning) return Promise.reject(this.loopError(TransportState.Disconnecting));
        return Promise.resolve();
      case TransportState.Connecting:
      case TransportState.Connected:
        break;
    }
    try {
      this.transition(TransportState.Disconnecting);
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
    const disconnecting = deferred();
    this.disconnecting = disconnecting;
    const socket = this.socket;
    if (!socket) {
      this.transition(TransportState.Disconnected);
    } else {
      this.logger.debug(`Closing ${this.server}`);
      socket.close(1000);
      this.closeTimer = setTimeout(() => this.drop(socket), CLOSE_TIMEOUT_MS);
    }
    return disconnecting.promise;
  }

  dispose(): Promise<void> {
    return this.disconnect();
  }

  send(message: string): Promise<void> {
    const socket = this.socket;
    if (this._state !== TransportState.Connected || !socket) {
      return Promise.reject(new Error(`Not connected to ${this.server}.`));
    }
    this.trace?.('out', message);
    this.logger.debug(`SIP to ${this.server}:\n${message}`);
    return new Promise((resolve, reject) => {
      socket.send(message, (error) => (error ? reject(error) : resolve()));
    });
  }

  probe(timeoutMs: number): Promise<boolean> {
    if (this._state !== TransportState.Connected) return Promise.resolve(false);
    return this.keepAlive.probe(timeoutMs);
  }

  private open(): void {
    if (!this.options.tls.verifyCertificate && this.protocol === 'WSS') {
      this.logger.warn(
        `Certificate verification is off: connecting to ${this.server} without checking who answers.`,
      );
    }
    let socket: WebSocket;
    try {
      socket = new WebSocket(this.server, 'sip', {
        ...this.tls,
        perMessageDeflate: false,
        maxPayload: MAX_MESSAGE_BYTES,
        followRedirects: false,
      });
    } catch (error) {
      this.failConnect(error);
      return;
    }
    this.socket = socket;
    socket.on('open', () => this.onOpen(socket));
    socket.on('message', (data, isBinary) => this.onData(socket, data, isBinary));
    socket.on('pong', () => {
      if (this.isCurrent(socket)) this.keepAlive.alive();
    });
    socket.on('error', (error) => this.onError(socket, error));
    socket.on('close', (code) => this.onClose(socket, code));
    this.connectTimer = setTimeout(() => {
      this.failConnect(
        new TransportError(
          transportFailure('timeout', 'sipConnection.connectTimeout', {
            server: this.server,
            seconds: Math.round(this.options.connectTimeoutMs / 1000),
          }),
        ),
      );
    }, this.options.connectTimeoutMs);
  }

  private isCurrent(socket: WebSocket): boolean {
    return socket === this.socket;
  }

  private onOpen(socket: WebSocket): void {
    if (!this.isCurrent(socket) || this._state !== TransportState.Connecting) return;
    this.logger.info(`Connected to ${this.server}`);
    this.transition(TransportState.Connected);
  }

  private onError(socket: WebSocket, error: Error): void {
    if (!this.isCurrent(socket)) return;
    if (this._state === TransportState.Connecting) {
      this.failConnect(error);
      return;
    }
    if (this._state === TransportState.Connected) {
      this.logger.warn(`WebSocket error on ${this.server}: ${error.message}`);
    }
    this.lose(new TransportError(describeConnectionError(error, this.server), { cause: error }));
  }

  private onClose(socket: WebSocket, code: number): void {
    if (!this.isCurrent(socket)) return;
    if (this._state === TransportState.Connecting) {
      this.failConnect(
        new TransportError(
          transportFailure('network', 'sipConnection.closedEarly', { server: this.server, code }),
        ),
      );
      return;
    }
    this.lose(
      new TransportError(transportFailure('network', 'sipConnection.closed', { server: this.server, code })),
    );
  }

  private onData(socket: WebSocket, data: WebSocket.RawData, isBinary: boolean): void {
    if (!this.isCurrent(socket)) return;
    this.keepAlive.alive();
    const text = decode(data, isBinary);
    // RFC 5626 §4.4.1: the server's CRLF "pong"
    if (/^(?:\r\n)+$/.test(text)) return;
    if (!hasSipStartLine(text)) {
      this.notSipLog.log(
        (line) => this.logger.warn(line),
        `Dropped a frame from ${this.server} that is not SIP: ${JSON.stringify(text.slice(0, 80))}`,
      );
      return;
    }
    if (this._state !== TransportState.Connected) {
      this.logger.debug(`Dropped a SIP message from ${this.server} received while ${this._state}`);
      return;
    }
    this.inbox.push({ socket, text });
  }

  /** A message's turn in the inbox: still from the current connection, to sip.js. */
  private deliver({ socket, text }: { socket: WebSocket; text: string }): void {
    if (!this.isCurrent(socket) || this._state !== TransportState.Connected) return;
    this.trace?.('in', text);
    this.logger.debug(`SIP from ${this.server}:\n${text}`);
    try {
      this.onMessage?.(text);
    } catch (error) {
      // one bad message must not take the connection (or the process) down
      this.logger.error(`sip.js failed to handle a message from ${this.server}`, error);
    }
  }

  private sendKeepAlive(): void {
    const socket = this.socket;
    if (!socket || this._state !== TransportState.Connected) return;
    try {
      socket.ping();
      socket.send(CRLF_KEEP_ALIVE);
    } catch (error) {
      this.logger.debug(`Keep-alive to ${this.server} not sent`, error);
    }
  }

  /** Connecting failed: Disconnected, and connect() rejects with the typed cause. */
  private failConnect(error: unknown): void {
    if (this._state !== TransportState.Connecting) return;
    const failure = describeConnectionError(error, this.server);
    this.connectFailureLog.log(
      (line) => this.logger.info(line),
      failure.detail,
      `Cannot connect to ${this.server}: ${failure.detail}`,
    );
    this.detach();
    this.transition(
      TransportState.Disconnected,
      error instanceof TransportError ? error : new TransportError(failure, { cause: error }),
    );
  }

  /** The connection went away without disconnect(): straight to Disconnected, with the error. */
  private lose(error: TransportError): void {
    if (this._state === TransportState.Disconnecting) {
      this.drop(this.socket);
      return;
    }
    if (this._state !== TransportState.Connected) return;
    this.logger.warn(`Lost the connection to ${this.server}: ${error.message}`);
    this.detach();
    this.transition(TransportState.Disconnected, error);
  }

  /** Ends a polite close: the socket is destroyed if still open, and we are Disconnected. */
  private drop(socket: WebSocket | undefined): void {
    if (socket !== this.socket || this._state !== TransportState.Disconnecting) return;
    this.detach();
    this.transition(TransportState.Disconnected);
  }

  /** Forgets the current socket (its late events are ignored) and destroys it. */
  private detach(): void {
    if (this.connectTimer) clearTimeout(this.connectTimer);
    if (this.closeTimer) clearTimeout(this.closeTimer);
    this.connectTimer = undefined;
    this.closeTimer = undefined;
    this.keepAlive.stop();
    const socket = this.socket;
    this.socket = undefined;
    socket?.terminate();
  }

  private loopError(target: TransportState): StateTransitionError {
    this.logger.error(
      `Transport state loop: ${this._state} → ${target} requested before the previous transition finished`,
    );
    return new StateTransitionError('Loop detected.');
  }

  private transition(next: TransportState, error?: Error): void {
    if (this.transitioning) throw this.loopError(next);
    const previous = this._state;
    if (!allowed[previous].includes(next)) {
      throw new Error(`Invalid transport state transition from ${previous} to ${next}`);
    }
    this.transitioning = true;
    try {
      this._state = next;
      const connecting = previous === TransportState.Connecting ? this.connecting : undefined;
      const disconnecting = previous === TransportState.Disconnecting ? this.disconnecting : undefined;
      if (connecting) this.connecting = undefined;
      if (disconnecting) this.disconnecting = undefined;
      if (next !== TransportState.Connecting && this.connectTimer) {
        clearTimeout(this.connectTimer);
        this.connectTimer = undefined;
      }
      this.logger.debug(`Transport ${previous} → ${next}`);
      this.emitter.emit(next);
      if (next === TransportState.Connected) {
        this.keepAlive.start();
        this.callback('onConnect', () => this.onConnect?.());
      }
      if (previous === TransportState.Connected) {
        this.keepAlive.stop();
        this.callback('onDisconnect', () => this.onDisconnect?.(error));
      }
      if (connecting) {
        if (next === TransportState.Connected) connecting.resolve();
        else connecting.reject(error ?? new Error('Connect aborted.'));
      }
      if (disconnecting) {
        if (next === TransportState.Disconnected) disconnecting.resolve();
        else disconnecting.reject(error ?? new Error('Disconnect aborted.'));
      }
    } finally {
      this.transitioning = false;
    }
  }

  private callback(name: string, run: () => void): void {
    try {
      run();
    } catch (error) {
      this.logger.error(`Transport ${name} callback threw`, error);
    }
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * RFC 7118 §5.1 allows SIP in text and binary frames; a binary frame carries a message with a binary
 * body (e.g. S/MIME, RFC 4475 mpart01). sip.js works on strings, so a binary frame that is not
 * UTF-8 is read byte for byte (latin1): the headers are ASCII and stay intact, the body's length in
 * bytes is kept.
 */
function decode(data: WebSocket.RawData, isBinary: boolean): string {
  const buffer = Array.isArray(data) ? Buffer.concat(data) : Buffer.isBuffer(data) ? data : Buffer.from(data);
  if (!isBinary) return buffer.toString('utf8');
  try {
    return utf8.decode(buffer);
  } catch {
    return buffer.toString('latin1');
  }
}
