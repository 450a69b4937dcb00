// A small HTTPS (or HTTP) server on loopback for the provisioning fetch tests: routes that require
// Basic or Digest auth, answer any status, redirect, stream a huge body or never answer. The HTTPS
// variant uses a per-run self-signed certificate for 127.0.0.1 made by openssl (argument array).
import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { createServer as createHttpServer } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeSelfSignedCertificate } from './certificate';

const HOST = '127.0.0.1';

export interface RouteAuth {
  scheme: 'basic' | 'digest';
  userName: string;
  password: string;
  /** Digest only; default MD5. */
  algorithm?: 'MD5' | 'SHA-256';
  realm?: string;
}

export interface RouteSpec {
  /** Default 200 (302 with redirect). */
  status?: number;
  body?: string | Buffer;
  contentType?: string;
  headers?: Record<string, string>;
  auth?: RouteAuth;
  /** Location header value; status defaults to 302. */
  redirect?: string;
  /** Stream this many bytes of filler, without Content-Length unless declareLength. */
  streamBytes?: number;
  declareLength?: boolean;
  /** Accept the request and never answer. */
  hang?: boolean;
}

export type RouteHandler = (request: IncomingMessage, response: ServerResponse) => void;
export type Route = RouteSpec | RouteHandler;

export interface LoggedRequest {
  method: string;
  path: string;
  /** An Authorization header was present. */
  authorization: boolean;
  /** Its scheme in lower case (`basic`, `digest`), when present. */
  scheme?: string;
}

export interface TestServerOptions {
  routes: Record<string, Route>;
}

export interface TestServer {
  /** Base URL without trailing slash, e.g. https://127.0.0.1:40123 */
  url: string;
  port: number;
  /** The per-run certificate (HTTPS only; '' for HTTP); trust it as the PBX certificate. */
  caCertPem: string;
  requests: LoggedRequest[];
  /** Closes the server and every open connection (hanging ones too). */
  stop(): Promise<void>;
}

async function selfSignedCertificate(): Promise<{ cert: string; key: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'softphone-https-'));
  try {
    const { cert: certFile, key: keyFile } = await writeSelfSignedCertificate(dir, HOST);
    return { cert: await readFile(certFile, 'utf8'), key: await readFile(keyFile, 'utf8') };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Parses `Digest a="b", c=d` (server side, independent of the code under test). */
function digestParams(header: string): Record<string, string> {
  const params: Record<string, string> = {};
  const pattern = /([a-z0-9-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]+))/gi;
  for (const match of header.slice('Digest '.length).matchAll(pattern)) {
    params[(match[1] ?? '').toLowerCase()] = (match[2] ?? match[3] ?? '').replace(/\\(.)/g, '$1');
  }
  return params;
}

class AuthChecker {
  private readonly nonces = new Set<string>();

  challenge(auth: RouteAuth): string {
    const realm = auth.realm ?? 'provisioning@lab';
    if (auth.scheme === 'basic') return `Basic realm="${realm}", charset="UTF-8"`;
    const nonce = randomBytes(16).toString('base64');
    this.nonces.add(nonce);
    return `Digest realm="${realm}", qop="auth", algorithm=${auth.algorithm ?? 'MD5'}, nonce="${nonce}", opaque="lab-opaque"`;
  }

  accepts(auth: RouteAuth, request: IncomingMessage): boolean {
    const header = request.headers.authorization ?? '';
    if (auth.scheme === 'basic') {
      const expected = Buffer.from(`${auth.userName}:${auth.password}`).toString('base64');
      return header === `Basic ${expected}`;
    }
    if (!header.startsWith('Digest ')) return false;
    const p = digestParams(header);
    const algorithm = auth.algorithm ?? 'MD5';
    const realm = auth.realm ?? 'provisioning@lab';
    if (p['username'] !== auth.userName || p['realm'] !== realm || p['uri'] !== request.url) return false;
    if (!this.nonces.has(p['nonce'] ?? '') || p['qop'] !== 'auth' || p['opaque'] !== 'lab-opaque')
      return false;
    const hash = (text: string): string =>
      createHash(algorithm === 'SHA-256' ? 'sha256' : 'md5')
        .update(text)
        .digest('hex');
    const ha1 = hash(`${auth.userName}:${realm}:${auth.password}`);
    const ha2 = hash(`${request.method}:${request.url}`);
    const expected = hash(`${ha1}:${p['nonce']}:${p['nc']}:${p['cnonce']}:auth:${ha2}`);
    return p['response'] === expected;
  }
}

function serve(
  spec: RouteSpec,
  checker: AuthChecker,
  request: IncomingMessage,
  response: ServerResponse,
): void {
  if (spec.auth && !checker.accepts(spec.auth, request)) {
    response.writeHead(401, {
      'www-authenticate': checker.challenge(spec.auth),
      'content-type': 'text/plain',
    });
    response.end('authentication required');
    return;
  }
  if (spec.hang) return;
  const headers: Record<string, string> = { ...spec.headers };
  if (spec.contentType) headers['content-type'] = spec.contentType;
  if (spec.redirect !== undefined) {
    response.writeHead(spec.status ?? 302, { ...headers, location: spec.redirect });
    response.end();
    return;
  }
  if (spec.streamBytes !== undefined) {
    streamFiller(response, spec.status ?? 200, headers, spec.streamBytes, spec.declareLength ?? false);
    return;
  }
  response.writeHead(spec.status ?? 200, headers);
  response.end(spec.body ?? '');
}

function streamFiller(
  response: ServerResponse,
  status: number,
  headers: Record<string, string>,
  total: number,
  declareLength: boolean,
): void {
  if (declareLength) headers['content-length'] = String(total);
  response.writeHead(status, headers);
  const chunk = Buffer.alloc(64 * 1024, 'x');
  let sent = 0;
  const pump = (): void => {
    while (sent < total) {
      const part = chunk.subarray(0, Math.min(chunk.length, total - sent));
      sent += part.length;
      if (!response.write(part)) {
        response.once('drain', pump);
        return;
      }
    }
    response.end();
  };
  response.on('close', () => {
    sent = total; // the client went away: stop pumping
  });
  pump();
}

async function start(
  server: Server,
  protocol: 'http' | 'https',
  options: TestServerOptions,
  caCertPem: string,
): Promise<TestServer> {
  const requests: LoggedRequest[] = [];
  const sockets = new Set<Socket>();
  const checker = new AuthChecker();
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    const path = (request.url ?? '/').split('?')[0] ?? '/';
    const authorization = request.headers.authorization;
    requests.push({
      method: request.method ?? '',
      path: request.url ?? '/',
      authorization: authorization !== undefined,
      ...(authorization ? { scheme: authorization.split(' ')[0]?.toLowerCase() } : {}),
    });
    const route = options.routes[path];
    if (!route) {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('not found');
    } else if (typeof route === 'function') route(request, response);
    else serve(route, checker, request, response);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen({ host: HOST, port: 0 }, () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  let stopped: Promise<void> | undefined;
  return {
    url: `${protocol}://${HOST}:${port}`,
    port,
    caCertPem,
    requests,
    stop() {
      stopped ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      });
      return stopped;
    },
  };
}

/** HTTPS on 127.0.0.1, a free port, a fresh self-signed certificate (trust caCertPem). */
export async function startHttpsServer(options: TestServerOptions): Promise<TestServer> {
  const { cert, key } = await selfSignedCertificate();
  return start(createHttpsServer({ cert, key }), 'https', options, cert);
}

/** Plain HTTP on 127.0.0.1, for the insecure-provisioning tests. */
export async function startHttpServer(options: TestServerOptions): Promise<TestServer> {
  return start(createHttpServer(), 'http', options, '');
}
