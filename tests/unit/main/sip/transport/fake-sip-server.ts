// A real `ws` WebSocketServer on 127.0.0.1 that speaks just enough to test a SIP transport: it accepts
// the 'sip' subprotocol, records what arrives and lets a test push frames or stay silent.
import { createServer, type Server, type Socket } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Logger } from '../../../../../src/main/log/logger';

export interface FakeSipServerOptions {
  /** Answer ping frames (ws does by default); false simulates a dead peer. */
  autoPong?: boolean;
  /** Answer the RFC 5626 CRLFCRLF ping with CRLF. */
  answerCrlf?: boolean;
  /** Which subprotocol to select; null selects none. */
  protocol?: string | null;
}

export class FakeSipServer {
  readonly received: string[] = [];
  readonly pings: number[] = [];
  readonly connections: WebSocket[] = [];
  /** Answers what arrives (e.g. a scripted registrar); CRLF keep-alives are answered before it. */
  respond: ((socket: WebSocket, text: string) => void) | undefined;
  private constructor(
    private readonly server: WebSocketServer,
    readonly url: string,
  ) {}

  static async start(options: FakeSipServerOptions = {}): Promise<FakeSipServer> {
    const { autoPong = true, answerCrlf = true, protocol = 'sip' } = options;
    const wss = new WebSocketServer({
      host: '127.0.0.1',
      port: 0,
      autoPong,
      handleProtocols: (protocols) =>
        protocol === null ? false : protocols.has(protocol) ? protocol : false,
    });
    await new Promise<void>((resolve) => wss.once('listening', resolve));
    const address = wss.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const fake = new FakeSipServer(wss, `ws://127.0.0.1:${port}`);
    wss.on('connection', (socket) => {
      fake.connections.push(socket);
      socket.on('ping', () => fake.pings.push(Date.now()));
      socket.on('message', (data) => {
        const text = (Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data as Buffer)).toString(
          'utf8',
        );
        fake.received.push(text);
        if (answerCrlf && text === '\r\n\r\n') socket.send('\r\n');
        else fake.respond?.(socket, text);
      });
    });
    return fake;
  }

  get last(): WebSocket {
    const socket = this.connections.at(-1);
    if (!socket) throw new Error('no connection yet');
    return socket;
  }

  async close(): Promise<void> {
    for (const socket of this.server.clients) socket.terminate();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

/** Accepts TCP connections and never answers: a WebSocket handshake to it hangs. */
export async function startSilentTcpServer(): Promise<{ url: string; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `ws://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A port with nothing listening (bound, read, released). */
export async function closedPortUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `ws://127.0.0.1:${port}`;
}

export interface LogLine {
  level: 'debug' | 'info' | 'warn' | 'error';
  message: string;
}

/** Keeps every line, so tests can check warnings. */
export function recordingLogger(lines: LogLine[] = []): Logger & { lines: LogLine[] } {
  const logger: Logger & { lines: LogLine[] } = {
    lines,
    debug: (message) => lines.push({ level: 'debug', message }),
    info: (message) => lines.push({ level: 'info', message }),
    warn: (message) => lines.push({ level: 'warn', message }),
    error: (message) => lines.push({ level: 'error', message }),
    child: () => logger,
  };
  return logger;
}

// Taken before a test fakes the clock (tests/support/fake-clock.ts): waitFor polls real socket I/O,
// which a fake clock does not move.
const realSetTimeout = globalThis.setTimeout;
const realNow = Date.now;

/** Polls until check() holds: for socket I/O, on the real clock even while a test fakes it. */
export async function waitFor(check: () => boolean, timeoutMs = 2000, what = 'condition'): Promise<void> {
  const deadline = realNow() + timeoutMs;
  while (!check()) {
    if (realNow() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => realSetTimeout(resolve, 5));
  }
}
