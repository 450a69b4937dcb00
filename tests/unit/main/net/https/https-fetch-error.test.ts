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
      'Dem Provisionierungsserver https://pbx.example.com/prov wird nicht vertraut: sein Zertifikat ist abgelaufen (CERT_HAS_EXPIRED). Fügen Sie das PBX-Zertifikat unter Einstellungen › Erweitert › TLS hinzu, oder bitten Sie Ihren Administrator, das Zertifikat des Servers zu prüfen.',
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
  const http = createServer((request, response) => {
    if (request.url === '/missing') response.writeHead(404, 'Not Found').end();
    else if (request.url === '/login')
      response.writeHead(401, { 'www-authenticate': 'Digest realm="pbx", nonce="abc", qop="auth"' }).end();
    else response.writeHead(500).end();
  });

  beforeAll(async () => {
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => http.close(() => resolve())));

  async function failure(path: string, userName?: string): Promise<HttpsFetchError> {
    const error: unknown = await fetchHttpsFile({
      url: `${base}${path}`,
      userName,
      password: userName ? 'pw' : undefined,
      tls: { minVersion: 'TLSv1.2', strongCiphersOnly: true, verifyCertificate: true },
      allowInsecureHttp: true,
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
});
