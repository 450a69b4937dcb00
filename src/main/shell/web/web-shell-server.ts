import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { WebSocketServer } from 'ws';
import type { WebSocket } from 'ws';
import { webShellSocketPath, webShellTokenParam } from '../../../shared/contract';
import type { Core } from '../../core';
import { readStaticFile } from './static-files';
import { WebShellSession } from './web-shell-session';

export interface WebShellServerOptions {
  core: Core;
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
      if (!res.headersSent) res.writeHead(500).end();
    });
  });

  async function serveHttp(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', origin);
    const fromQuery = url.searchParams.get(webShellTokenParam);
    if (!tokenMatches(fromQuery ?? readCookie(req, tokenCookie), token)) {
      res
        .writeHead(403, { 'Content-Type': 'text/plain; charset=utf-8' })
        .end('Forbidden: open the URL printed by the web shell.');
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405).end();
      return;
    }
    const file = await readStaticFile(rendererDir, url.pathname);
    if (!file) {
      res.writeHead(404).end();
      return;
    }
    const headers: Record<string, string> = {
      'Content-Type': file.contentType,
      'Content-Security-Policy': contentSecurityPolicy,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cache-Control': 'no-store',
    };
    if (fromQuery) headers['Set-Cookie'] = `${tokenCookie}=${token}; HttpOnly; SameSite=Strict; Path=/`;
    res.writeHead(200, headers).end(req.method === 'HEAD' ? undefined : file.body);
  }

  server.on('upgrade', (req, socket, head) => {
    const url = new URL(req.url ?? '/', origin);
    const allowed =
      url.pathname === webShellSocketPath &&
      tokenMatches(url.searchParams.get(webShellTokenParam), token) &&
      req.headers.origin === origin;
    if (!allowed) {
      options.core.logger.warn(`Refused a WebSocket from origin ${String(req.headers.origin)}`);
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
      return;
    }
    sockets.handleUpgrade(req, socket, head, (ws: WebSocket) => {
      const session = new WebShellSession(ws, options.core);
      ws.on('close', () => session.dispose());
    });
  });

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
