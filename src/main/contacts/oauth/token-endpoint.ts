/**
 * The token endpoint (RFC 6749 §3.2): redeem an authorization code with its PKCE verifier (§4.1.3,
 * RFC 7636 §4.5) and refresh an access token (§6). Answers per §5.1 (success) and §5.2 (error JSON
 * `{ "error": "invalid_grant", "error_description": "…" }`).
 */
import { CloudContactsError } from './cloud-contacts-error';
import { hostOf, isRecord, requestJson, stringField } from './http-json';
import type { OAuthProvider } from './oauth-provider';

export interface TokenSet {
  accessToken: string;
  /** Epoch ms after which the access token is no longer used. */
  expiresAt: number;
  /** Present when the server issued one (first sign-in; Microsoft also rotates it on refresh). */
  refreshToken?: string;
}

export interface TokenRequestOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
  now?: () => number;
}

/** Renew the access token a little early so a request does not start with one about to expire. */
const EXPIRY_MARGIN_MS = 60_000;
/** RFC 6749 §5.1 makes expires_in optional; assume the common hour when it is missing. */
const DEFAULT_EXPIRES_IN_S = 3600;

export function exchangeAuthorizationCode(
  provider: OAuthProvider,
  grant: { code: string; codeVerifier: string; redirectUri: string },
  options: TokenRequestOptions = {},
): Promise<TokenSet> {
  return tokenRequest(
    provider,
    {
      grant_type: 'authorization_code',
      code: grant.code,
      code_verifier: grant.codeVerifier,
      redirect_uri: grant.redirectUri,
    },
    'code',
    options,
  );
}

export function refreshAccessToken(
  provider: OAuthProvider,
  refreshToken: string,
  options: TokenRequestOptions = {},
): Promise<TokenSet> {
  return tokenRequest(
    provider,
    { grant_type: 'refresh_token', refresh_token: refreshToken },
    'refresh',
    options,
  );
}

async function tokenRequest(
  provider: OAuthProvider,
  grant: Record<string, string>,
  kind: 'code' | 'refresh',
  options: TokenRequestOptions,
): Promise<TokenSet> {
  const service = provider.serviceName;
  const form: Record<string, string> = { ...grant, client_id: provider.clientId };
  if (provider.clientSecret) form['client_secret'] = provider.clientSecret;
  if (provider.scopeOnTokenRequests) form['scope'] = provider.scopes.join(' ');
  const response = await requestJson({
    url: provider.tokenEndpoint,
    method: 'POST',
    form,
    serviceName: service,
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
  });
  const body = response.body;
  if (response.status !== 200) throw tokenError(provider, response.status, body, kind);
  const accessToken = isRecord(body) ? stringField(body, 'access_token') : undefined;
  if (!isRecord(body) || !accessToken) {
    throw new CloudContactsError(
      'invalid',
      `${service}: the sign-in server ${hostOf(provider.tokenEndpoint)} sent an answer without an access token. Try again later.`,
    );
  }
  const expiresIn = numberField(body['expires_in']) ?? DEFAULT_EXPIRES_IN_S;
  const now = (options.now ?? Date.now)();
  const refreshToken = stringField(body, 'refresh_token');
  return {
    accessToken,
    expiresAt: now + Math.max(0, expiresIn * 1000 - EXPIRY_MARGIN_MS),
    ...(refreshToken ? { refreshToken } : {}),
  };
}

/** expires_in is a number in the RFC; some servers send it as a string. */
function numberField(value: unknown): number | undefined {
  const n = typeof value === 'string' ? Number(value) : value;
  return typeof n === 'number' && Number.isFinite(n) && n > 0 ? n : undefined;
}

function tokenError(
  provider: OAuthProvider,
  status: number,
  body: unknown,
  kind: 'code' | 'refresh',
): CloudContactsError {
  const service = provider.serviceName;
  const error = isRecord(body) ? safeErrorCode(stringField(body, 'error')) : undefined;
  const detail = isRecord(body) ? aadstsCode(stringField(body, 'error_description')) : undefined;
  const why = [error, detail].filter(Boolean).join(', ');
  const server = hostOf(provider.tokenEndpoint);
  if (error === 'invalid_grant' && kind === 'refresh') {
    return new CloudContactsError(
      'revoked',
      `${service}: access was revoked or has expired (${why}). Sign in again in the contact settings.`,
    );
  }
  if (error === 'invalid_grant') {
    return new CloudContactsError(
      'auth',
      `${service}: the sign-in was not accepted (${why}). Sign in again.`,
    );
  }
  if (error === 'invalid_client' || error === 'unauthorized_client') {
    return new CloudContactsError(
      'config',
      `${service}: the sign-in server refused this softphone's client id (${why}). The administrator or vendor must check the client id in the settings.`,
    );
  }
  if (status >= 500 || status === 429) {
    return new CloudContactsError(
      'server',
      `${service}: the sign-in server ${server} answered with HTTP ${status}. Try again later.`,
    );
  }
  if (!error) {
    return new CloudContactsError(
      'invalid',
      `${service}: the sign-in server ${server} answered with HTTP ${status} and no OAuth error. Try again later.`,
    );
  }
  return new CloudContactsError(
    'auth',
    `${service}: the sign-in server refused the request (${why}). Sign in again.`,
  );
}

/** Only the RFC's error code shape: never echo arbitrary server text into messages. */
function safeErrorCode(value: string | undefined): string | undefined {
  return value && /^[a-z_]{1,64}$/i.test(value) ? value : undefined;
}

/** Microsoft's descriptions start with a stable "AADSTS70008"-style code; keep just that. */
function aadstsCode(description: string | undefined): string | undefined {
  return /\bAADSTS\d{4,8}\b/.exec(description ?? '')?.[0];
}
