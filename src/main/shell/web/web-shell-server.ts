import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { STATUS_CODES, createServer } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import { resolve } from 'node:path';
import { WebSocketServer } from 'ws';
import type { WebSocket } from 'ws';
import { webShellSocketPath, webShellTokenParam } from '../../../shared/contract';
import type { ShellCore } from '../../core';
import { readRendererFile } from '../renderer-files';
import { WebShellSession } from './web-shell-session';

export interface WebShellServerOptions {
  core: Pick<ShellCore, 'router' | 'events' | 'media' | 'logger'>;
  rendererDir: string;
  /** 0 picks a free port. */
  port: number;
  /** Fixed token for tests; a random one per run otherwise. */
  token?: string;
}

export interface RunningWebShell {
  url: string;
  port: number;
  close(): Promise<void>;
}

const host = '127.0.0.1';
const tokenCookie = 'softphone_token';
const contentSecurityPolicy =
  "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self' ws://127.0.0.1:*; " +
  "img-src 'self' data:; media-src 'self' blob:; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** On every response, errors included: a refusal page is a page too (framing, sniffing, caching). */
export const securityHeaders: Readonly<Record<string, string>> = {
  'Content-Security-Policy': contentSecurityPolicy,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cache-Control': 'no-store',
};

const plainText = 'text/plain; charset=utf-8';

/**
 * The web shell: the renderer over HTTP and the contract over a WebSocket,
 * on 127.0.0.1 only. Every request needs the per-run token (in the URL, or the
 * cookie the first page load sets) and every WebSocket the page's own Origin.
 */
export async function startWebShellServer(options: WebShellServerOptions): Promise<RunningWebShell> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const rendererDir = resolve(options.rendererDir);
  // A CSV import travels as one message: 20 MiB of file is about 27 MiB of base64 (the contract's cap).
  const sockets = new WebSocketServer({ noServer: true, maxPayload: 32 * 1024 * 1024 });
  let origin = '';

  const server = createServer((req, res) => {
    void serveHttp(req, res).catch((error: unknown) => {
      options.core.logger.error('Web shell request failed', error);
      if (!res.headersSent) sendText(res, 500, 'The web shell could not answer this request.');
    });
  });
  // Requests Node cannot parse at all: answer 400 with the same headers instead of Node's bare one.
  server.on('clientError', (error: Error & { code?: string }, socket: Duplex) => {
    const status =
      error.code === 'HPE_HEADER_OVERFLOW' ? 431 : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
    if (socket.writable) socket.end(rawResponse(status, 'Bad request.'));
    else socket.destroy();
  });

  async function serveHttp(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = requestTarget(req, origin);
    if (!url) {
      sendText(res, 400, 'Bad request: the address is not valid.');
      return;
    }
    const fromQuery = url.searchParams.get(webShellTokenParam);
    if (!tokenMatches(fromQuery ?? readCookie(req, tokenCookie), token)) {
      sendText(res, 403, 'Forbidden: open the URL printed by the web shell.');
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendText(res, 405, 'Method not allowed.', { Allow: 'GET, HEAD' });
      return;
    }
    const file = await readRendererFile(rendererDir, url.pathname);
    if (!file) {
      sendText(res, 404, 'Not found.');
      return;
    }
    const headers: Record<string, string> = { ...securityHeaders, 'Content-Type': file.contentType };
    if (fromQuery) headers['Set-Cookie'] = `${tokenCookie}=${token}; HttpOnly; SameSite=Strict; Path=/`;
    res.writeHead(200, headers).end(req.method === 'HEAD' ? undefined : file.body);
  }

  server.on('upgrade', (req: IncomingMessage, socket: Socket, head: Buffer) => {
    // As in ws's own example: a reset before the handshake is done must not become an uncaught 'error'.
    const onSocketError = () => socket.destroy();
    socket.on('error', onSocketError);
    try {
      upgrade(req, socket, head, () => socket.removeListener('error', onSocketError));
    } catch (error) {
      options.core.logger.error('Web shell WebSocket upgrade failed', error);
      socket.destroy();
    }
  });

  function upgrade(req: IncomingMessage, socket: Socket, head: Buffer, handOver: () => void): void {
    const url = requestTarget(req, origin);
    if (!url) {
      options.core.logger.warn('Refused a WebSocket with a malformed address');
      socket.end(rawResponse(400, 'Bad request.'));
      return;
    }
    const allowed =
      url.pathname === webShellSocketPath &&
      tokenMatches(url.searchParams.get(webShellTokenParam), token) &&
      req.headers.origin === origin;
    if (!allowed) {
      options.core.logger.warn(`Refused a WebSocket from origin ${String(req.headers.origin)}`);
      socket.end(rawResponse(403, 'Forbidden.'));
      return;
    }
    handOver();
    sockets.handleUpgrade(req, socket, head, (ws: WebSocket) => {
      const session = new WebShellSession(ws, options.core);
      ws.on('close', () => session.dispose());
    });
  }

  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port, host, () => done());
  });
  const port = (server.address() as AddressInfo).port;
  origin = `http://${host}:${port}`;

  return {
    url: `${origin}/?${webShellTokenParam}=${token}`,
    port,
    async close() {
      for (const client of sockets.clients) client.terminate();
      sockets.close();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
}

/**
 * The request target as a URL, or undefined when it is not one: an absolute-form target
 * (RFC 9112 §3.2.2) such as `http://[` makes `new URL` throw, and it arrives before any check.
 */
function requestTarget(req: IncomingMessage, origin: string): URL | undefined {
  try {
    return new URL(req.url ?? '/', origin);
  } catch {
    return undefined;
  }
}

function sendText(
  res: ServerResponse,
  status: number,
  body: string,
  extra: Record<string, string> = {},
): void {
  res.writeHead(status, { ...securityHeaders, ...extra, 'Content-Type': plainText }).end(body);
}

/** A whole HTTP/1.1 response for a socket that never became a ServerResponse (upgrade, parse errors). */
function rawResponse(status: number, body: string): string {
  const headers = {
    ...securityHeaders,
    'Content-Type': plainText,
    'Content-Length': String(Buffer.byteLength(body)),
    Connection: 'close',
  };
  const lines = Object.entries(headers).map(([name, value]) => `${name}: ${value}`);
  return `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}\r\n${lines.join('\r\n')}\r\n\r\n${body}`;
}

function tokenMatches(candidate: string | null | undefined, token: string): boolean {
  if (!candidate) return false;
  const a = Buffer.from(candidate);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function readCookie(req: IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
}
