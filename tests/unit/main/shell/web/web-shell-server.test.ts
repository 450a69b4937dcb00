import { mkdirSync, writeFileSync } from 'node:fs';
import { connect as connectTcp } from 'node:net';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { ServerMessage } from '../../../../../src/shared/contract';
import type { RunningWebShell } from '../../../../../src/main/shell/web/web-shell-server';
import { securityHeaders, startWebShellServer } from '../../../../../src/main/shell/web/web-shell-server';
import { makeMiniCore } from '../../../../support/mini-core';
import { makeTempDir } from '../../../../support/temp-dir';

let cleanup: () => void;
let shell: RunningWebShell;
let core: ReturnType<typeof makeMiniCore>;
const token = 'test-token-0123456789';

beforeEach(async () => {
  const temp = makeTempDir();
  cleanup = temp.cleanup;
  mkdirSync(join(temp.dir, 'renderer'));
  writeFileSync(join(temp.dir, 'renderer', 'index.html'), '<!doctype html><title>phone</title>');
  core = makeMiniCore();
  shell = await startWebShellServer({ core, rendererDir: join(temp.dir, 'renderer'), port: 0, token });
});
afterEach(async () => {
  await shell.close();
  cleanup();
});

function connect(origin: string, tokenValue = token): Promise<WebSocket> {
  const ws = new WebSocket(`ws://127.0.0.1:${shell.port}/ws?token=${tokenValue}`, {
    headers: { Origin: origin },
  });
  return new Promise((resolve, reject) => {
    ws.once('open', () => resolve(ws));
    ws.once('error', reject);
    ws.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
  });
}

function nextMessage(ws: WebSocket): Promise<ServerMessage> {
  return new Promise((resolve) =>
    ws.once('message', (data) => resolve(JSON.parse((data as Buffer).toString('utf8')) as ServerMessage)),
  );
}

const origin = () => `http://127.0.0.1:${shell.port}`;

/** Sends bytes as they are (no client library to tidy them up) and returns what came back until close. */
function rawRequest(text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connectTcp(shell.port, '127.0.0.1', () => socket.write(text));
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => resolve(Buffer.concat(chunks).toString('latin1')));
  });
}

/** Header names and values of a raw HTTP/1.1 response, names lower-cased. */
function rawHeaders(response: string): Map<string, string> {
  const head = response.split('\r\n\r\n')[0] ?? '';
  const headers = new Map<string, string>();
  for (const line of head.split('\r\n').slice(1)) {
    const colon = line.indexOf(':');
    headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return headers;
}

function expectSecurityHeaders(get: (name: string) => string | null | undefined): void {
  for (const [name, value] of Object.entries(securityHeaders)) expect(get(name.toLowerCase())).toBe(value);
}

describe('web shell server', () => {
  it('listens on 127.0.0.1 and prints a URL with the token', () => {
    expect(shell.url).toBe(`http://127.0.0.1:${shell.port}/?token=${token}`);
  });

  it('serves the page with the token, sets a strict cookie, and refuses requests without it', async () => {
    const page = await fetch(shell.url);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(page.headers.get('set-cookie')).toMatch(/HttpOnly; SameSite=Strict/);
    expect((await fetch(`${origin()}/`)).status).toBe(403);
    expect((await fetch(`${origin()}/?token=wrong`)).status).toBe(403);
    const withCookie = await fetch(`${origin()}/index.html`, {
      headers: { cookie: `softphone_token=${token}` },
    });
    expect(withCookie.status).toBe(200);
  });

  it('refuses WebSockets from another origin or without the token', async () => {
    await expect(connect('http://evil.example')).rejects.toThrow(/403/);
    await expect(connect(origin(), 'wrong-token')).rejects.toThrow(/403/);
  });

  it('carries requests, errors and events over the WebSocket', async () => {
    const ws = await connect(origin());
    ws.send(JSON.stringify({ type: 'request', id: 1, method: 'app.info', params: {} }));
    expect(await nextMessage(ws)).toMatchObject({
      type: 'response',
      id: 1,
      ok: true,
      result: { name: 'Softphone' },
    });
    ws.send(JSON.stringify({ type: 'request', id: 2, method: 'nope', params: {} }));
    expect(await nextMessage(ws)).toMatchObject({ id: 2, ok: false, error: { code: 'UNKNOWN_METHOD' } });
    ws.send('this is not json');
    ws.send(JSON.stringify({ type: 'request', id: 3, method: 'app.info', params: {} }));
    expect(await nextMessage(ws)).toMatchObject({ id: 3, ok: true });
    const event = nextMessage(ws);
    core.events.emit('accounts.changed', { accounts: [] });
    expect(await event).toEqual({ type: 'event', event: 'accounts.changed', payload: { accounts: [] } });
    ws.close();
  });

  it('sends media requests to the page and returns its answer', async () => {
    const ws = await connect(origin());
    ws.on('message', (data) => {
      const message = JSON.parse((data as Buffer).toString('utf8')) as ServerMessage;
      if (message.type === 'mediaRequest') {
        ws.send(JSON.stringify({ type: 'mediaResponse', id: message.id, ok: true, result: { devices: [] } }));
      }
    });
    await expect(core.media.request('media.listDevices', {})).resolves.toEqual({ devices: [] });
    ws.close();
  });

  it('answers 400 to a WebSocket upgrade whose address is not a URL, and goes on serving', async () => {
    // Before the fix `new URL('http://[')` threw in the upgrade handler and the process exited.
    const response = await rawRequest(
      'GET http://[ HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n' +
        'Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n',
    );
    expect(response.startsWith('HTTP/1.1 400 Bad Request\r\n')).toBe(true);
    expectSecurityHeaders((name) => rawHeaders(response).get(name));
    expect((await fetch(shell.url)).status).toBe(200);
    const ws = await connect(origin());
    ws.close();
  });

  it('answers 400 to a plain request whose address is not a URL', async () => {
    const response = await rawRequest(
      'GET http://[ HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n',
    );
    expect(response.startsWith('HTTP/1.1 400 Bad Request\r\n')).toBe(true);
    expectSecurityHeaders((name) => rawHeaders(response).get(name));
    expect((await fetch(shell.url)).status).toBe(200);
  });

  it('answers a request Node cannot parse with 400 and the same headers', async () => {
    const response = await rawRequest('NOT HTTP AT ALL\r\n\r\n');
    expect(response.startsWith('HTTP/1.1 400 Bad Request\r\n')).toBe(true);
    expectSecurityHeaders((name) => rawHeaders(response).get(name));
  });

  it('sends the security headers on refusals and errors too, not only on pages', async () => {
    const forbidden = await fetch(`${origin()}/`);
    expect(forbidden.status).toBe(403);
    expectSecurityHeaders((name) => forbidden.headers.get(name));
    const missing = await fetch(`${origin()}/missing.js?token=${token}`);
    expect(missing.status).toBe(404);
    expectSecurityHeaders((name) => missing.headers.get(name));
    const posted = await fetch(shell.url, { method: 'POST' });
    expect(posted.status).toBe(405);
    expectSecurityHeaders((name) => posted.headers.get(name));
    const page = await fetch(shell.url);
    expectSecurityHeaders((name) => page.headers.get(name));
    const refusedSocket = await rawRequest(
      `GET /ws?token=wrong HTTP/1.1\r\nHost: 127.0.0.1\r\nOrigin: ${origin()}\r\nUpgrade: websocket\r\n` +
        'Connection: Upgrade\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n',
    );
    expect(refusedSocket.startsWith('HTTP/1.1 403 Forbidden\r\n')).toBe(true);
    expectSecurityHeaders((name) => rawHeaders(refusedSocket).get(name));
  });
});
