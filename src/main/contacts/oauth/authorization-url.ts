import type { OAuthProvider } from './oauth-provider';

export interface AuthorizationRequest {
  redirectUri: string;
  state: string;
  codeChallenge: string;
}

/** The URL the browser opens: RFC 6749 §4.1.1 with PKCE S256 (RFC 7636 §4.3). */
export function buildAuthorizationUrl(provider: OAuthProvider, request: AuthorizationRequest): string {
  const url = new URL(provider.authorizationEndpoint);
  const params: Record<string, string> = {
    response_type: 'code',
    client_id: provider.clientId,
    redirect_uri: request.redirectUri,
    scope: provider.scopes.join(' '),
    state: request.state,
    code_challenge: request.codeChallenge,
    code_challenge_method: 'S256',
    ...provider.extraAuthorizationParams,
  };
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
  return url.toString();
}
