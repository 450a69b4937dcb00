import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translate, englishText } from '../../../../../src/main/i18n/translator';
import { connectionFailure, HttpsFetchError } from '../../../../../src/main/net/https/https-fetch-error';
import { fetchHttpsFile } from '../../../../../src/main/net/https/https-fetcher';
import { PROVISIONING_WORDING } from '../../../../../src/main/provisioning/fetch/provisioning-fetch-error';

const server = 'https://pbx.example.com/prov';

function nodeError(code: string): Error {
  return Object.assign(new Error(`connect ${code}`), { code });
}

/** The code a failure sends in provisioning's words, checked to read exactly as its English sentence. */
function provisioningText(error: HttpsFetchError) {
  const text = error.textFor('provisioning');
  expect(text).toBeDefined();
  expect(englishText(text!)).toBe(error.describe(PROVISIONING_WORDING));
  return text!;
}

describe('connectionFailure as a catalogue code', () => {
  it('names an untrusted certificate by its problem key and OpenSSL code', () => {
    const text = provisioningText(connectionFailure(nodeError('CERT_HAS_EXPIRED'), server));
    expect(text).toEqual({
      key: 'fetch.untrusted',
      params: { url: server, problem: 'expired', code: 'CERT_HAS_EXPIRED', wording: 'provisioning' },
    });
    expect(translate('de', `codes.${text.key}`, text.params)).toBe(
      'Dem Provisionierungsserver https://pbx.example.com/prov wird nicht vertraut: sein Zertifikat ist abgelaufen (CERT_HAS_EXPIRED). Fügen Sie das PBX-Zertifikat unter Einstellungen › Netzwerk und Sicherheit › Sichere Verbindung (TLS) hinzu, oder bitten Sie Ihren Administrator, das Zertifikat des Servers zu prüfen.',
    );
  });

  it('names an unreachable server by its problem key', () => {
    const text = provisioningText(connectionFailure(nodeError('ECONNREFUSED'), server));
    expect(text).toEqual({
      key: 'fetch.unreachable',
      params: { url: server, problem: 'refused', wording: 'provisioning' },
    });
  });

  it('reads as today for a timeout, a TLS failure and an unknown error', () => {
    expect(provisioningText(connectionFailure(nodeError('ETIMEDOUT'), server)).key).toBe('fetch.timeout');
    expect(provisioningText(connectionFailure(nodeError('EPROTO'), server)).key).toBe('fetch.tls');
    expect(provisioningText(connectionFailure(nodeError('EWEIRD'), server))).toMatchObject({
      key: 'fetch.failed',
      params: { detail: 'connect EWEIRD (EWEIRD)' },
    });
  });
});

describe('HTTP answers as catalogue codes', () => {
  let base = '';
  let elsewhere = '';
  const http = createServer((request, response) => {
    if (request.url === '/missing') response.writeHead(404, 'Not Found').end();
    else if (request.url === '/login')
      response.writeHead(401, { 'www-authenticate': 'Digest realm="pbx", nonce="abc", qop="auth"' }).end();
    else if (request.url === '/basic')
      response.writeHead(401, { 'www-authenticate': 'Basic realm="pbx"' }).end();
    else if (request.url === '/ntlm') response.writeHead(401, { 'www-authenticate': 'NTLM' }).end();
    else if (request.url === '/elsewhere') response.writeHead(302, { location: elsewhere }).end();
    else if (request.url === '/loop') response.writeHead(302, { location: '/loop' }).end();
    else if (request.url === '/nowhere') response.writeHead(302).end();
    else if (request.url === '/ftp') response.writeHead(302, { location: 'ftp://pbx.example.com/x' }).end();
    else if (request.url === '/big')
      response.writeHead(200, { 'content-length': '2048' }).end('x'.repeat(2048));
    else if (request.url === '/cut') {
      response.writeHead(200, { 'content-length': '100' });
      response.write('partial');
      setImmediate(() => response.destroy());
    } else response.writeHead(500).end();
  });

  beforeAll(async () => {
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => http.close(() => resolve())));

  async function failure(
    path: string,
    userName?: string,
    more: { maxBytes?: number; allowInsecureHttp?: boolean; url?: string } = {},
  ): Promise<HttpsFetchError> {
    const error: unknown = await fetchHttpsFile({
      url: more.url ?? `${base}${path}`,
      userName,
      password: userName ? 'pw' : undefined,
      tls: { minVersion: 'TLSv1.2', strongCiphersOnly: true, verifyCertificate: true },
      allowInsecureHttp: more.allowInsecureHttp ?? true,
      ...(more.maxBytes === undefined ? {} : { maxBytes: more.maxBytes }),
    }).catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(HttpsFetchError);
    return error as HttpsFetchError;
  }

  it('sends the status, its reason and the advice key', async () => {
    const text = provisioningText(await failure('/missing'));
    expect(text).toEqual({
      key: 'fetch.httpStatus',
      params: {
        status: 404,
        reason: ' Not Found',
        url: `${base}/missing`,
        advice: 'notFound',
        wording: 'provisioning',
      },
    });
  });

  it('sends no answer within the time limit with its seconds', async () => {
    const hanging = createServer(() => undefined);
    await new Promise<void>((resolve) => hanging.listen(0, '127.0.0.1', resolve));
    const port = (hanging.address() as AddressInfo).port;
    const error: unknown = await fetchHttpsFile({
      url: `http://127.0.0.1:${port}/slow`,
      tls: { minVersion: 'TLSv1.2', strongCiphersOnly: true, verifyCertificate: true },
      allowInsecureHttp: true,
      timeoutMs: 200,
    }).catch((reason: unknown) => reason);
    hanging.closeAllConnections();
    await new Promise<void>((resolve) => hanging.close(() => resolve()));
    expect(error).toBeInstanceOf(HttpsFetchError);
    expect(provisioningText(error as HttpsFetchError)).toMatchObject({
      key: 'fetch.noAnswerWithin',
      params: { seconds: 0.2 },
    });
  });

  it('sends a refused login and a missing one', async () => {
    expect(provisioningText(await failure('/login', 'alice')).key).toBe('fetch.credentialsRefused');
    expect(provisioningText(await failure('/login')).key).toBe('fetch.credentialsNeeded');
  });

  it('sends the redirect failures', async () => {
    expect(provisioningText(await failure('/loop'))).toEqual({
      key: 'fetch.tooManyRedirects',
      params: { url: `${base}/loop`, max: 3, wording: 'provisioning' },
    });
    expect(provisioningText(await failure('/nowhere')).key).toBe('fetch.redirectInvalid');
    expect(provisioningText(await failure('/ftp')).key).toBe('fetch.redirectNotWeb');
  });

  it('sends an unsupported login and Basic over plain http', async () => {
    expect(provisioningText(await failure('/ntlm', 'alice')).key).toBe('fetch.unsupportedLogin');
    expect(provisioningText(await failure('/basic', 'alice')).key).toBe('fetch.basicOverHttp');
  });

  it('sends a file too large with its size and unit, the number in German form', async () => {
    const text = provisioningText(await failure('/big', undefined, { maxBytes: 1536 }));
    expect(text).toEqual({
      key: 'fetch.tooLarge',
      params: { url: `${base}/big`, size: 1.5, sizeUnit: 'KB', wording: 'provisioning' },
    });
    expect(translate('de', `codes.${text.key}`, text.params)).toBe(
      `Die Provisionierungsdatei unter ${base}/big ist größer als 1,5 KB. Prüfen Sie die Adresse; eine Provisionierungsdatei ist viel kleiner.`,
    );
    expect(provisioningText(await failure('/big', undefined, { maxBytes: 1000 })).params).toMatchObject({
      size: 1000,
      sizeUnit: 'bytes',
    });
  });

  it('sends a connection cut before the whole file arrived', async () => {
    // Node reports the cut as an error (unreachable) or only as a close (closedEarly), both as codes
    expect(provisioningText(await failure('/cut')).key).toMatch(/^fetch\.(unreachable|closedEarly)$/);
  });

  it('sends the refusals of an address', async () => {
    const plain = provisioningText(await failure('/x', undefined, { allowInsecureHttp: false }));
    expect(plain).toEqual({ key: 'fetch.plainHttp', params: { url: `${base}/x`, wording: 'provisioning' } });
    expect(translate('de', `codes.${plain.key}`, plain.params)).toContain(
      '„Unverschlüsseltes HTTP für die Provisionierung erlauben“',
    );
    expect(provisioningText(await failure('', undefined, { url: 'not a url' })).key).toBe(
      'fetch.invalidAddress',
    );
    expect(provisioningText(await failure('', undefined, { url: 'ftp://pbx.example.com/x' })).key).toBe(
      'fetch.notWebAddress',
    );
  });

  it('sends a redirect to another server that asks for the password', async () => {
    // another port is another origin: the password is not sent there
    const other = createServer((_, response) => {
      response.writeHead(401, { 'www-authenticate': 'Digest realm="x", nonce="n", qop="auth"' }).end();
    });
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
    elsewhere = `http://127.0.0.1:${(other.address() as AddressInfo).port}/`;
    const text = provisioningText(await failure('/elsewhere', 'alice'));
    await new Promise<void>((resolve) => other.close(() => resolve()));
    expect(text).toEqual({
      key: 'fetch.redirectNeedsPassword',
      params: { url: elsewhere, wording: 'provisioning' },
    });
  });
});
