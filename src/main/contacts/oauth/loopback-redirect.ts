/**
 * The one-shot loopback listener of RFC 8252 §7.3: an HTTP server on 127.0.0.1 (a random port the OS
 * picks) that waits for the browser's redirect with `code` and `state`, answers it with a small page,
 * and closes. Requests with a wrong `state` are answered and ignored (RFC 6749 §10.12), so another
 * local program cannot end the sign-in.
 */
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import type { Socket } from 'node:net';
import { cloudError } from './cloud-contacts-error';

export interface LoopbackRedirectOptions {
  expectedState: string;
  serviceName: string;
  /** Path of the redirect URI; default "/". */
  path?: string;
  timeoutMs: number;
  signal?: AbortSignal;
}

export interface LoopbackRedirect {
  /** http://127.0.0.1:<port><path> */
  redirectUri: string;
  /** The authorization code; rejects with CloudContactsError (auth, invalid, timeout, cancelled). */
  code: Promise<string>;
  /** Stops listening (idempotent); a pending `code` rejects as cancelled. */
  close(): void;
}

const HOST = '127.0.0.1';

export async function listenForRedirect(options: LoopbackRedirectOptions): Promise<LoopbackRedirect> {
  const path = options.path ?? '/';
  const server = createServer();
  const sockets = new Set<Socket>();
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen({ host: HOST, port: 0 }, () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;

  let settle: { resolve: (code: string) => void; reject: (error: Error) => void } | undefined;
  const code = new Promise<string>((resolve, reject) => {
    settle = { resolve, reject };
  });
  // Whoever started the sign-in awaits `code`; this only keeps an early close() from being reported
  // as an unhandled rejection.
  code.catch(() => undefined);
  let done = false;
  const finish = (outcome: { code: string } | { error: Error }): void => {
    if (done) return;
    done = true;
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
    shutDown(server, sockets);
    if ('code' in outcome) settle?.resolve(outcome.code);
    else settle?.reject(outcome.error);
  };
  const service = options.serviceName;
  const timer = setTimeout(() => {
    finish({
      error: cloudError('timeout', 'cloud.browserTimeout', {
        service,
        minutes: Math.round(options.timeoutMs / 60_000),
      }),
    });
  }, options.timeoutMs);
  const onAbort = (): void => finish({ error: cloudError('cancelled', 'cloud.cancelled', { service }) });
  if (options.signal?.aborted) onAbort();
  else options.signal?.addEventListener('abort', onAbort, { once: true });

  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    const outcome = handle(request, response, path, options.expectedState, service);
    if (outcome) response.once('finish', () => finish(outcome));
  });

  return {
    redirectUri: `http://${HOST}:${port}${path}`,
    code,
    close: onAbort,
  };
}

function handle(
  request: IncomingMessage,
  response: ServerResponse,
  path: string,
  expectedState: string,
  service: string,
): { code: string } | { error: Error } | undefined {
  const url = new URL(request.url ?? '/', `http://${HOST}`);
  if (url.pathname !== path || request.method !== 'GET') {
    response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
    return undefined;
  }
  const query = url.searchParams;
  if (query.get('state') !== expectedState) {
    sendPage(response, 400, 'stale');
    return undefined;
  }
  const error = query.get('error');
  if (error !== null) {
    sendPage(response, 200, 'declined');
    const code = /^[a-z_]{1,64}$/i.test(error) ? error : 'unknown';
    return {
      error:
        code === 'access_denied'
          ? cloudError('auth', 'cloud.accessDenied', { service })
          : cloudError('auth', 'cloud.browserFailed', { service, code }),
    };
  }
  const code = query.get('code');
  if (!code) {
    sendPage(response, 400, 'declined');
    return {
      error: cloudError('invalid', 'cloud.noAuthorizationCode', { service }),
    };
  }
  sendPage(response, 200, 'signedIn');
  return { code };
}

const pages = {
  signedIn: {
    en: 'You are signed in. You can close this window and return to the softphone.',
    de: 'Sie sind angemeldet. Sie können dieses Fenster schließen und zum Softphone zurückkehren.',
  },
  declined: {
    en: 'The sign-in did not complete. You can close this window; the softphone shows what to do.',
    de: 'Die Anmeldung wurde nicht abgeschlossen. Sie können dieses Fenster schließen; das Softphone zeigt, was zu tun ist.',
  },
  stale: {
    en: 'This sign-in link is not the one the softphone is waiting for. Start the sign-in again from the softphone.',
    de: 'Dieser Anmeldelink gehört nicht zur laufenden Anmeldung. Starten Sie die Anmeldung im Softphone erneut.',
  },
} as const;

function sendPage(response: ServerResponse, status: number, kind: keyof typeof pages): void {
  const { en, de } = pages[kind];
  const html = `<!doctype html><html><head><meta charset="utf-8"><title>Softphone</title></head><body style="font-family:sans-serif;margin:3em"><p lang="en">${en}</p><p lang="de">${de}</p></body></html>`;
  response.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'",
    'cache-control': 'no-store',
    'referrer-policy': 'no-referrer',
    connection: 'close',
  });
  response.end(html);
}

function shutDown(server: Server, sockets: Set<Socket>): void {
  server.close();
  // Browsers keep connections alive; the answer is already written, so end them now.
  for (const socket of sockets) socket.end();
}
