// The provisioning fetcher against real HTTPS/HTTP servers on loopback (tests/lab/https-server.ts),
// the per-run self-signed certificate trusted through the TLS settings' PBX certificate field.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Logger } from '../../../src/main/log/logger';
import type { FetchRequest } from '../../../src/main/provisioning/fetch/provisioning-fetcher';
import {
  fetchProvisioningFile,
  ProvisioningFetchError,
} from '../../../src/main/provisioning/fetch/provisioning-fetcher';
import type { TlsSettings } from '../../../src/main/net/tls/tls-options';
import { freePort } from '../../lab/free-port';
import type { TestServer } from '../../lab/https-server';
import { startHttpServer, startHttpsServer } from '../../lab/https-server';
import { requireLab } from '../../lab/secret-service';

const USER = 'prov-user';
const PASSWORD = 'Pr0v-S3cret!';
const FILE = 'account.1.username=1001\naccount.1.domain=pbx.example.com\n';

function recordingLogger(lines: string[]): Logger {
  const logger: Logger = {
    debug: (message) => lines.push(`debug ${message}`),
    info: (message) => lines.push(`info ${message}`),
    warn: (message) => lines.push(`warn ${message}`),
    error: (message) => lines.push(`error ${message}`),
    child: () => logger,
  };
  return logger;
}

async function failure(request: FetchRequest): Promise<ProvisioningFetchError> {
  try {
    await fetchProvisioningFile(request);
  } catch (error) {
    if (error instanceof ProvisioningFetchError) {
      // the password never reaches a message, whatever went wrong
      expect(error.message).not.toContain(PASSWORD);
      return error;
    }
    throw error;
  }
  throw new Error('expected the fetch to fail');
}

describe('fetchProvisioningFile', () => {
  requireLab();
  let server: TestServer;
  let other: TestServer;
  let plain: TestServer;
  let tls: TlsSettings;

  const request = (path: string, extra: Partial<FetchRequest> = {}): FetchRequest => ({
    url: `${server.url}${path}`,
    userName: USER,
    password: PASSWORD,
    tls,
    allowInsecureHttp: false,
    ...extra,
  });
  const hits = (target: TestServer, path: string) => target.requests.filter((r) => r.path === path);

  beforeAll(async () => {
    other = await startHttpsServer({
      routes: {
        '/file.cfg': { body: FILE },
        '/protected.cfg': { body: FILE, auth: { scheme: 'basic', userName: USER, password: PASSWORD } },
      },
    });
    plain = await startHttpServer({
      routes: {
        '/file.cfg': { body: FILE, contentType: 'text/plain' },
        '/basic.cfg': { body: FILE, auth: { scheme: 'basic', userName: USER, password: PASSWORD } },
        '/digest.cfg': { body: FILE, auth: { scheme: 'digest', userName: USER, password: PASSWORD } },
      },
    });
    server = await startHttpsServer({
      routes: {
        '/basic.cfg': {
          body: FILE,
          contentType: 'text/plain; charset=utf-8',
          auth: { scheme: 'basic', userName: USER, password: PASSWORD },
        },
        '/digest-md5.cfg': { body: FILE, auth: { scheme: 'digest', userName: USER, password: PASSWORD } },
        '/digest-sha256.cfg': {
          body: FILE,
          auth: { scheme: 'digest', userName: USER, password: PASSWORD, algorithm: 'SHA-256' },
        },
        '/open.cfg': { body: `\uFEFF${FILE}` },
        '/latin1.cfg': {
          body: Buffer.from([0x66, 0xfc, 0x72]),
          contentType: 'text/plain; charset=iso-8859-1',
        },
        '/missing.cfg': { status: 404, body: 'no' },
        '/broken.cfg': { status: 500, body: 'oops' },
        '/r1': { redirect: '/r2', status: 301 },
        '/r2': { redirect: '/r3', status: 307 },
        '/r3': { redirect: '/digest-sha256.cfg', status: 308 },
        '/loop': { redirect: '/loop' },
        '/huge.cfg': { streamBytes: 5 * 1024 * 1024 },
        '/huge-declared.cfg': { streamBytes: 5 * 1024 * 1024, declareLength: true },
        '/hang.cfg': { hang: true },
        '/hang-after-auth.cfg': { hang: true, auth: { scheme: 'basic', userName: USER, password: PASSWORD } },
      },
    });
    tls = {
      trustedPem: `${server.caCertPem}${other.caCertPem}`,
      minVersion: 'TLSv1.2',
      strongCiphersOnly: true,
      verifyCertificate: true,
    };
  });

  afterAll(async () => {
    await Promise.all([server?.stop(), other?.stop(), plain?.stop()]);
  });

  it('fetches a file over Basic, sending credentials only after the 401', async () => {
    const file = await fetchProvisioningFile(request('/basic.cfg'));
    expect(file).toEqual({
      text: FILE,
      finalUrl: `${server.url}/basic.cfg`,
      contentType: 'text/plain; charset=utf-8',
    });
    expect(hits(server, '/basic.cfg').map((r) => r.scheme ?? 'none')).toEqual(['none', 'basic']);
  });

  it.each([['/digest-md5.cfg'], ['/digest-sha256.cfg']])('fetches %s over Digest', async (path) => {
    const file = await fetchProvisioningFile(request(path));
    expect(file.text).toBe(FILE);
    expect(hits(server, path).map((r) => r.scheme ?? 'none')).toEqual(['none', 'digest']);
  });

  it('uses credentials written in the URL, and shows the URL without them', async () => {
    const url = `${server.url.replace('https://', `https://${USER}:${encodeURIComponent(PASSWORD)}@`)}/digest-md5.cfg`;
    const file = await fetchProvisioningFile({ url, tls, allowInsecureHttp: false });
    expect(file.text).toBe(FILE);
    expect(file.finalUrl).toBe(`${server.url}/digest-md5.cfg`);
  });

  it('fetches an open file without sending credentials, stripping the BOM', async () => {
    const file = await fetchProvisioningFile(request('/open.cfg'));
    expect(file.text).toBe(FILE);
    expect(hits(server, '/open.cfg').every((r) => !r.authorization)).toBe(true);
  });

  it('decodes a Latin-1 file', async () => {
    expect((await fetchProvisioningFile(request('/latin1.cfg'))).text).toBe('für');
  });

  it.each([
    ['/basic.cfg', 'basic'],
    ['/digest-md5.cfg', 'digest'],
    ['/digest-sha256.cfg', 'digest'],
  ])('refuses a wrong password for %s after exactly one retry', async (path, scheme) => {
    const before = hits(server, path).length;
    const error = await failure(request(path, { password: 'wrong-password' }));
    expect(error.code).toBe('auth');
    expect(error.message).toContain('user name or password');
    expect(
      hits(server, path)
        .slice(before)
        .map((r) => r.scheme ?? 'none'),
    ).toEqual(['none', scheme]);
  });

  it('asks for credentials when the server wants them and none were given', async () => {
    const error = await failure(request('/basic.cfg', { userName: undefined, password: undefined }));
    expect(error.code).toBe('auth');
    expect(error.message).toMatch(/asks for a user name and password/);
  });

  it.each([
    ['/missing.cfg', 404, 'Not Found'],
    ['/broken.cfg', 500, 'Internal Server Error'],
  ])('reports %s as an http error with the status', async (path, status, reason) => {
    const error = await failure(request(path));
    expect(error.code).toBe('http');
    expect(error.message).toContain(`answered ${status} ${reason} for ${server.url}${path}`);
  });

  it('refuses an untrusted certificate when no PBX certificate is given', async () => {
    const error = await failure(request('/open.cfg', { tls: { ...tls, trustedPem: undefined } }));
    expect(error.code).toBe('certificate');
    expect(error.message).toContain('self-signed');
    expect(error.message).toContain('Settings › Network and security › Secure connection (TLS)');
  });

  it('fetches with verification off, and logs a warning', async () => {
    const lines: string[] = [];
    const file = await fetchProvisioningFile(
      request('/open.cfg', {
        tls: { ...tls, trustedPem: undefined, verifyCertificate: false },
        logger: recordingLogger(lines),
      }),
    );
    expect(file.text).toBe(FILE);
    expect(lines.some((line) => line.startsWith('warn ') && line.includes('verification is off'))).toBe(true);
  });

  it('refuses http:// unless unencrypted provisioning is allowed', async () => {
    const refused = await failure(request('/file.cfg', { url: `${plain.url}/file.cfg` }));
    expect(refused.code).toBe('insecure');
    expect(plain.requests).toHaveLength(0);
    const file = await fetchProvisioningFile(
      request('/file.cfg', { url: `${plain.url}/file.cfg`, allowInsecureHttp: true }),
    );
    expect(file).toMatchObject({ text: FILE, contentType: 'text/plain' });
  });

  it('authenticates over http with Digest only when unencrypted provisioning is allowed', async () => {
    const file = await fetchProvisioningFile(
      request('/digest.cfg', { url: `${plain.url}/digest.cfg`, allowInsecureHttp: true }),
    );
    expect(file.text).toBe(FILE);
    expect(hits(plain, '/digest.cfg').map((r) => r.scheme)).toEqual([undefined, 'digest']);
  });

  it('never sends the password over http with Basic, even when http is allowed', async () => {
    const error = await failure(
      request('/basic.cfg', { url: `${plain.url}/basic.cfg`, allowInsecureHttp: true }),
    );
    expect(error.code).toBe('insecure');
    expect(error.message).toMatch(/plain text \(HTTP Basic\).*does not send it/);
    // the one request was the unauthenticated first try
    expect(hits(plain, '/basic.cfg').map((r) => r.authorization)).toEqual([false]);
  });

  it('follows a redirect chain within the limit, authenticating at the end', async () => {
    const file = await fetchProvisioningFile(request('/r1'));
    expect(file.finalUrl).toBe(`${server.url}/digest-sha256.cfg`);
    expect(file.text).toBe(FILE);
  });

  it('stops after too many redirects', async () => {
    const error = await failure(request('/r1', { maxRedirects: 2 }));
    expect(error.code).toBe('redirects');
    const loop = await failure(request('/loop'));
    expect(loop.code).toBe('redirects');
    expect(loop.message).toContain('more than 3 times');
  });

  it('refuses a redirect from https to http', async () => {
    const before = hits(plain, '/file.cfg').length;
    const target = `${plain.url}/file.cfg`;
    const routes = { '/downgrade': { redirect: target } };
    const local = await startHttpsServer({ routes });
    try {
      const error = await failure(
        request('/downgrade', {
          url: `${local.url}/downgrade`,
          tls: { ...tls, trustedPem: local.caCertPem },
          allowInsecureHttp: true,
        }),
      );
      expect(error.code).toBe('insecure');
      expect(hits(plain, '/file.cfg')).toHaveLength(before);
    } finally {
      await local.stop();
    }
  });

  it('does not send credentials to another origin after a redirect', async () => {
    const local = await startHttpsServer({
      routes: {
        // authenticated here, then sent on to the other server
        '/away-after-auth': {
          redirect: `${other.url}/file.cfg`,
          auth: { scheme: 'basic', userName: USER, password: PASSWORD },
        },
        // the other server asks for the password: it is not given
        '/away-to-protected': { redirect: `${other.url}/protected.cfg` },
      },
    });
    const localTls = { ...tls, trustedPem: `${local.caCertPem}${other.caCertPem}` };
    try {
      const file = await fetchProvisioningFile(
        request('/away-after-auth', { url: `${local.url}/away-after-auth`, tls: localTls }),
      );
      expect(file).toMatchObject({ text: FILE, finalUrl: `${other.url}/file.cfg` });
      expect(local.requests.map((r) => r.authorization)).toEqual([false, true]);
      expect(hits(other, '/file.cfg').map((r) => r.authorization)).toEqual([false]);

      const lines: string[] = [];
      const error = await failure(
        request('/away-to-protected', {
          url: `${local.url}/away-to-protected`,
          tls: localTls,
          logger: recordingLogger(lines),
        }),
      );
      expect(error.code).toBe('auth');
      expect(hits(other, '/protected.cfg').map((r) => r.authorization)).toEqual([false]);
      expect(lines.join('\n')).not.toContain(PASSWORD);
    } finally {
      await local.stop();
    }
  });

  it.each([['/huge.cfg'], ['/huge-declared.cfg']])(
    'refuses a 5 MB body from %s as too large',
    async (path) => {
      const error = await failure(request(path));
      expect(error.code).toBe('tooLarge');
      expect(error.message).toContain('1 MB');
    },
  );

  it.each([['/hang.cfg'], ['/hang-after-auth.cfg']])('gives up on %s after the timeout', async (path) => {
    const started = Date.now();
    const error = await failure(request(path, { timeoutMs: 300 }));
    expect(error.code).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('reports a closed port as unreachable', async () => {
    const port = await freePort();
    const error = await failure(request('/x.cfg', { url: `https://127.0.0.1:${port}/x.cfg` }));
    expect(error.code).toBe('unreachable');
    expect(error.message).toContain(`https://127.0.0.1:${port}/x.cfg`);
  });

  it('reports a malformed address as config', async () => {
    expect((await failure(request('', { url: `https://${USER}:${PASSWORD}@[::1/x` }))).code).toBe('config');
  });
});
