// How answers of a token endpoint become TokenSet or CloudContactsError. oauth4webapi parses them;
// a real loopback HTTP server sends each canned answer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { microsoftOAuthProvider } from '../../../../../src/main/contacts/oauth/oauth-provider';
import { refreshAccessToken } from '../../../../../src/main/contacts/oauth/token-endpoint';
import type { Canned, CannedServer } from './canned-server';
import { startCannedServer } from './canned-server';

let server: CannedServer;
let tokenEndpoint = '';

beforeAll(async () => {
  server = await startCannedServer();
  tokenEndpoint = `${server.url}/token`;
});

afterAll(() => {
  server.close();
});

const provider = () => microsoftOAuthProvider({ clientId: 'app-id', tokenEndpoint });

async function refreshWith(answer: Canned): Promise<unknown> {
  server.answer(answer);
  return refreshAccessToken(provider(), 'rt-old', { now: () => 1_000_000 }).catch((e: unknown) => e);
}

describe('refreshAccessToken', () => {
  it('sends the grant with client id and scope and reads expires_in, also as a string', async () => {
    const tokens = await refreshWith({
      status: 200,
      body: '{"token_type":"Bearer","access_token":"at-1","expires_in":"3600","refresh_token":"rt-2"}',
    });
    expect(tokens).toEqual({ accessToken: 'at-1', refreshToken: 'rt-2', expiresAt: 1_000_000 + 3_540_000 });
    expect(Object.fromEntries(server.lastForm())).toEqual({
      grant_type: 'refresh_token',
      refresh_token: 'rt-old',
      client_id: 'app-id',
      scope: 'Contacts.Read offline_access',
    });
  });

  it('maps OAuth errors in the body and in a WWW-Authenticate challenge', async () => {
    expect(
      await refreshWith({
        status: 400,
        body: '{"error":"invalid_grant","error_description":"AADSTS70008: x"}',
      }),
    ).toMatchObject({
      code: 'revoked',
      message:
        'Outlook contacts: access was revoked or has expired (invalid_grant, AADSTS70008). Sign in again in the contact settings.',
      text: {
        key: 'cloud.accessRevoked',
        params: { service: 'Outlook contacts', why: 'invalid_grant, AADSTS70008' },
      },
    });
    expect(await refreshWith({ status: 401, body: '{"error":"invalid_client"}' })).toMatchObject({
      code: 'config',
      text: { key: 'cloud.clientIdRefused', params: { service: 'Outlook contacts', why: 'invalid_client' } },
    });
    expect(
      await refreshWith({
        status: 401,
        body: '',
        headers: { 'www-authenticate': 'Basic realm="x", error="invalid_client"' },
      }),
    ).toMatchObject({ code: 'config' });
  });

  it('maps other statuses and malformed answers', async () => {
    expect(await refreshWith({ status: 503, body: 'down' })).toMatchObject({
      code: 'server',
      message: expect.stringContaining('answered with HTTP 503') as string,
      text: { key: 'cloud.tokenServerStatus', params: { service: 'Outlook contacts', status: 503 } },
    });
    expect(await refreshWith({ status: 400, body: '<html>' })).toMatchObject({
      code: 'invalid',
      message: expect.stringContaining('HTTP 400 and no OAuth error') as string,
      text: { key: 'cloud.tokenServerNoError', params: { status: 400 } },
    });
    expect(
      await refreshWith({ status: 302, body: '', headers: { location: 'http://127.0.0.1:1/' } }),
    ).toMatchObject({ code: 'invalid' });
    expect(await refreshWith({ status: 200, body: '{"token_type":"Bearer"}' })).toMatchObject({
      code: 'invalid',
      message: expect.stringContaining('not a valid token response') as string,
      text: { key: 'cloud.tokenAnswerInvalid' },
    });
  });

  it('refuses a token endpoint without TLS unless it is on this computer', async () => {
    const remote = microsoftOAuthProvider({ clientId: 'app-id', tokenEndpoint: 'http://192.0.2.1/token' });
    await expect(refreshAccessToken(remote, 'rt')).rejects.toMatchObject({
      code: 'config',
      message: expect.stringContaining('without HTTPS') as string,
      text: {
        key: 'cloud.tokenServerNotHttps',
        params: { service: 'Outlook contacts', server: '192.0.2.1' },
      },
    });
  });
});
