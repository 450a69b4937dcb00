import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { googleOAuthProvider } from '../../../../../src/main/contacts/oauth/oauth-provider';
import { revokeAtProvider } from '../../../../../src/main/contacts/oauth/revocation-endpoint';
import type { CannedServer } from './canned-server';
import { startCannedServer } from './canned-server';

let server: CannedServer;

beforeAll(async () => {
  server = await startCannedServer();
});

afterAll(() => {
  server.close();
});

const revoke = () =>
  revokeAtProvider(
    {
      ...googleOAuthProvider({ clientId: 'id', clientSecret: 'GOCSPX-x' }),
      revocationEndpoint: `${server.url}/revoke`,
    },
    'rt-1',
  );

describe('revokeAtProvider', () => {
  it('sends only the token, as Google documents, and counts 200 and invalid_token as revoked', async () => {
    server.answer({ status: 200, body: '{}' });
    await expect(revoke()).resolves.toEqual({ revoked: true });
    expect([...server.lastForm()]).toEqual([['token', 'rt-1']]);
    server.answer({
      status: 400,
      body: '{"error":"invalid_token","error_description":"Token expired or revoked"}',
    });
    await expect(revoke()).resolves.toEqual({ revoked: true });
  });

  it('reports another refusal with its status and never throws', async () => {
    server.answer({ status: 503, body: 'busy' });
    const outcome = await revoke();
    expect(outcome).toMatchObject({
      revoked: false,
      message: expect.stringContaining('(HTTP 503)') as string,
    });
    expect(JSON.stringify(outcome)).not.toContain('rt-1');
  });
});
