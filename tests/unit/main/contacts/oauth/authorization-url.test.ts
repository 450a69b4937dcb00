import * as oauth from 'oauth4webapi';
import { describe, expect, it } from 'vitest';
import { buildAuthorizationUrl } from '../../../../../src/main/contacts/oauth/authorization-url';
import {
  googleOAuthProvider,
  microsoftOAuthProvider,
  refreshTokenSecretKey,
} from '../../../../../src/main/contacts/oauth/oauth-provider';
// PKCE and state come from oauth4webapi (OAuthSession.signIn); these pin what we rely on.
describe('PKCE', () => {
  it('computes the S256 challenge of RFC 7636 Appendix B', async () => {
    expect(await oauth.calculatePKCECodeChallenge('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')).toBe(
      'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
    );
  });

  it('makes a fresh verifier of the allowed alphabet and length each time', () => {
    const a = oauth.generateRandomCodeVerifier();
    const b = oauth.generateRandomCodeVerifier();
    expect(a).toMatch(/^[A-Za-z0-9\-._~]{43,128}$/);
    expect(a).not.toBe(b);
    expect(oauth.generateRandomState()).not.toBe(oauth.generateRandomState());
  });
});

describe('buildAuthorizationUrl', () => {
  const request = { redirectUri: 'http://127.0.0.1:51004/', state: 's t&ate', codeChallenge: 'chal' };

  it('builds Google’s URL with offline access and a consent prompt', () => {
    const url = new URL(buildAuthorizationUrl(googleOAuthProvider({ clientId: 'id.apps' }), request));
    expect(url.origin + url.pathname).toBe('https://accounts.google.com/o/oauth2/v2/auth');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      response_type: 'code',
      client_id: 'id.apps',
      redirect_uri: 'http://127.0.0.1:51004/',
      scope: 'https://www.googleapis.com/auth/contacts.readonly',
      state: 's t&ate',
      code_challenge: 'chal',
      code_challenge_method: 'S256',
      access_type: 'offline',
      prompt: 'consent',
    });
  });

  it('builds Microsoft’s URL for the common tenant with Contacts.Read and offline_access', () => {
    const url = new URL(buildAuthorizationUrl(microsoftOAuthProvider({ clientId: 'guid' }), request));
    expect(url.origin + url.pathname).toBe('https://login.microsoftonline.com/common/oauth2/v2.0/authorize');
    expect(url.searchParams.get('scope')).toBe('Contacts.Read offline_access');
    expect(url.searchParams.get('access_type')).toBeNull();
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
  });

  it('keeps query parameters an endpoint already has', () => {
    const provider = googleOAuthProvider({
      clientId: 'x',
      authorizationEndpoint: 'https://idp.test/auth?tenant=a',
    });
    expect(new URL(buildAuthorizationUrl(provider, request)).searchParams.get('tenant')).toBe('a');
  });
});

describe('provider defaults', () => {
  it('ship without client ids and with the real endpoints', () => {
    expect(googleOAuthProvider().clientId).toBe('');
    expect(microsoftOAuthProvider().clientId).toBe('');
    expect(googleOAuthProvider().revocationEndpoint).toBe('https://oauth2.googleapis.com/revoke');
    expect(microsoftOAuthProvider().revocationEndpoint).toBeUndefined();
    expect(refreshTokenSecretKey('google:1')).toBe('contacts.google:1.refreshToken');
  });
});
