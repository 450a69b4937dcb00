import { describe, expect, it } from 'vitest';
import {
  googleOAuthProvider,
  refreshTokenSecretKey,
} from '../../../../../src/main/contacts/oauth/oauth-provider';
import { OAuthSession } from '../../../../../src/main/contacts/oauth/oauth-session';
import { MemorySecretStore } from '../../../../../src/main/secrets/memory-secret-store';

describe('OAuthSession', () => {
  it('refuses to sign in without a client id, before opening anything', async () => {
    let opened = false;
    const session = new OAuthSession({
      sourceId: 'google:a',
      provider: googleOAuthProvider(),
      secrets: new MemorySecretStore(),
    });
    await expect(
      session.signIn({
        openBrowser: () => {
          opened = true;
        },
      }),
    ).rejects.toMatchObject({
      code: 'config',
      message: expect.stringContaining('no OAuth client id') as string,
    });
    expect(opened).toBe(false);
  });

  it('says "not signed in" when there is no refresh token', async () => {
    const session = new OAuthSession({
      sourceId: 'google:a',
      provider: googleOAuthProvider({ clientId: 'id' }),
      secrets: new MemorySecretStore(),
    });
    expect(await session.isSignedIn()).toBe(false);
    await expect(session.accessToken()).rejects.toMatchObject({
      code: 'auth',
      message: expect.stringContaining('not signed in') as string,
    });
  });

  it('reports a browser that cannot be opened and closes the listener', async () => {
    const session = new OAuthSession({
      sourceId: 'google:a',
      provider: googleOAuthProvider({ clientId: 'id' }),
      secrets: new MemorySecretStore(),
    });
    let url = '';
    const failure = await session
      .signIn({
        openBrowser: (u) => {
          url = u;
          throw new Error('no browser');
        },
      })
      .catch((e: unknown) => e);
    expect(failure).toMatchObject({
      code: 'cancelled',
      message: expect.stringContaining('browser could not be opened') as string,
    });
    const redirect = new URL(url).searchParams.get('redirect_uri') ?? '';
    await expect(fetch(redirect)).rejects.toThrow();
  });

  it('forget() and revoke() without an endpoint delete the refresh token', async () => {
    const secrets = new MemorySecretStore();
    await secrets.set(refreshTokenSecretKey('outlook:a'), 'rt-1234');
    const session = new OAuthSession({
      sourceId: 'outlook:a',
      provider: { ...googleOAuthProvider({ clientId: 'id' }), revocationEndpoint: undefined },
      secrets,
    });
    await expect(session.revoke()).resolves.toEqual({ remote: 'notSupported' });
    expect(await secrets.get(refreshTokenSecretKey('outlook:a'))).toBeUndefined();
    await expect(session.revoke()).resolves.toEqual({ remote: 'notSignedIn' });
  });

  it('removes the token locally even when the revocation endpoint is unreachable', async () => {
    const secrets = new MemorySecretStore();
    await secrets.set(refreshTokenSecretKey('google:a'), 'rt-secret-value');
    const session = new OAuthSession({
      sourceId: 'google:a',
      provider: googleOAuthProvider({ clientId: 'id', revocationEndpoint: 'http://127.0.0.1:1/revoke' }),
      secrets,
    });
    const result = await session.revoke();
    expect(result.remote).toBe('failed');
    expect(result.message).toContain('removed from this computer');
    expect(result.message).not.toContain('rt-secret-value');
    expect(await secrets.get(refreshTokenSecretKey('google:a'))).toBeUndefined();
  });
});
