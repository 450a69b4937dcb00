// The app:// protocol's handler on its own, over a real folder: what a page of the app (or anything
// else that asks) gets for each URL.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  APP_ORIGIN,
  APP_PAGE_URL,
  appSchemePrivileges,
  serveAppRequest,
} from '../../../../../src/main/shell/electron/app-protocol';
import { contentSecurityPolicy } from '../../../../../src/main/shell/electron/security';
import { makeTempDir } from '../../../../support/temp-dir';

let dir: string;
let rendererDir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = makeTempDir());
  rendererDir = join(dir, 'out', 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Softphone</title>');
  writeFileSync(join(rendererDir, 'assets', 'index-abc.js'), 'start()');
  writeFileSync(join(rendererDir, 'assets', 'index-abc.css'), 'body{}');
  writeFileSync(join(rendererDir, 'assets', 'ring.wav'), 'RIFF');
  writeFileSync(join(dir, 'out', 'secret.txt'), 'outside');
});
afterEach(() => cleanup());

const serve = (url: string, init?: RequestInit) => serveAppRequest(rendererDir, new Request(url, init));

describe('serveAppRequest', () => {
  it('serves the main page with its MIME type, our CSP and nosniff', async () => {
    const response = await serve(APP_PAGE_URL);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toBe('<!doctype html><title>Softphone</title>');
  });

  it.each([
    ['assets/index-abc.js', 'text/javascript; charset=utf-8'],
    ['assets/index-abc.css', 'text/css; charset=utf-8'],
    ['assets/ring.wav', 'audio/wav'],
    ['', 'text/html; charset=utf-8'],
    ['index.html?lang=de#/settings', 'text/html; charset=utf-8'],
  ])('%s → %s', async (path, type) => {
    const response = await serve(`${APP_ORIGIN}/${path}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
  });

  it('HEAD gets the headers without the body', async () => {
    const response = await serve(APP_PAGE_URL, { method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });

  it.each([
    `${APP_ORIGIN}/../secret.txt`,
    `${APP_ORIGIN}/%2e%2e/secret.txt`,
    `${APP_ORIGIN}/assets/%2e%2e%2f%2e%2e%2fsecret.txt`,
    `${APP_ORIGIN}/..%5csecret.txt`,
    `${APP_ORIGIN}/assets\\..\\..\\secret.txt`,
    `${APP_ORIGIN}/index.html%00.js`,
    `${APP_ORIGIN}/missing.js`,
    `${APP_ORIGIN}/assets`,
    'app://other-host/index.html',
    'app://softphone.evil.example/index.html',
    'app:///index.html',
    'file:///etc/passwd',
  ])('refuses %s with 404 and serves nothing of the disk', async (url) => {
    const response = await serve(url);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(await response.text()).toBe('Not found.');
  });

  it('refuses anything but GET and HEAD with 405', async () => {
    const response = await serve(APP_PAGE_URL, { method: 'POST', body: 'x' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD');
  });

  it('the scheme is registered standard and secure, without bypassing the CSP', () => {
    expect(appSchemePrivileges.scheme).toBe('app');
    expect(appSchemePrivileges.privileges).toMatchObject({ standard: true, secure: true });
    expect(appSchemePrivileges.privileges).not.toHaveProperty('bypassCSP');
    expect(appSchemePrivileges.privileges).not.toHaveProperty('corsEnabled');
  });
});
