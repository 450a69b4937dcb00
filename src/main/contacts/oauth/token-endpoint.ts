/**
 * The token endpoint (RFC 6749 §3.2): redeem an authorization code with its PKCE verifier (§4.1.3,
 * RFC 7636 §4.5) and refresh an access token (§6). Answers per §5.1 (success) and §5.2 (error JSON
 * `{ "error": "invalid_grant", "error_description": "…" }`). oauth4webapi builds and checks the
 * requests and answers; this file maps its errors to CloudContactsError.
 */
import * as oauth from 'oauth4webapi';
import type { EndpointRequestOptions, Refusal } from './authorization-server';
import {
  authorizationServer,
  clientAuthentication,
  libraryRequestOptions,
  oauthClient,
  refusalOf,
} from './authorization-server';
import { CloudContactsError, cloudError } from './cloud-contacts-error';
import { hostOf } from './http-json';
import type { OAuthProvider } from './oauth-provider';

export interface TokenSet {
  accessToken: string;
  /** Epoch ms after which the access token is no longer used. */
  expiresAt: number;
  /** Present when the server issued one (first sign-in; Microsoft also rotates it on refresh). */
  refreshToken?: string;
}

export interface TokenRequestOptions extends EndpointRequestOptions {
  now?: () => number;
}

/** Renew the access token a little early so a request does not start with one about to expire. */
const EXPIRY_MARGIN_MS = 60_000;
/** RFC 6749 §5.1 makes expires_in optional; assume the common hour when it is missing. */
const DEFAULT_EXPIRES_IN_S = 3600;

/**
 * `code` and `state` are what the loopback listener accepted (it already compared the state and
 * turned an `error` redirect into a message); validateAuthResponse is the library's required step
 * before the exchange.
 */
export async function exchangeAuthorizationCode(
  provider: OAuthProvider,
  grant: { code: string; state: string; codeVerifier: string; redirectUri: string },
  options: TokenRequestOptions = {},
): Promise<TokenSet> {
  const as = authorizationServer(provider);
  const client = oauthClient(provider);
  try {
    const callback = oauth.validateAuthResponse(
      as,
      client,
      new URLSearchParams({ code: grant.code, state: grant.state }),
      grant.state,
    );
    const response = await oauth.authorizationCodeGrantRequest(
      as,
      client,
      clientAuthentication(provider),
      callback,
      grant.redirectUri,
      grant.codeVerifier,
      tokenRequestOptions(provider, options),
    );
    return tokenSet(await oauth.processAuthorizationCodeResponse(as, client, response), options);
  } catch (error) {
    throw tokenFailure(provider, error, 'code', options.signal);
  }
}

export async function refreshAccessToken(
  provider: OAuthProvider,
  refreshToken: string,
  options: TokenRequestOptions = {},
): Promise<TokenSet> {
  const as = authorizationServer(provider);
  const client = oauthClient(provider);
  try {
    const response = await oauth.refreshTokenGrantRequest(
      as,
      client,
      clientAuthentication(provider),
      refreshToken,
      tokenRequestOptions(provider, options),
    );
    return tokenSet(await oauth.processRefreshTokenResponse(as, client, response), options);
  } catch (error) {
    throw tokenFailure(provider, error, 'refresh', options.signal);
  }
}

function tokenRequestOptions(
  provider: OAuthProvider,
  options: TokenRequestOptions,
): oauth.TokenEndpointRequestOptions {
  return {
    ...libraryRequestOptions(provider, provider.tokenEndpoint, options),
    ...(provider.scopeOnTokenRequests ? { additionalParameters: { scope: provider.scopes.join(' ') } } : {}),
  };
}

function tokenSet(answer: oauth.TokenEndpointResponse, options: TokenRequestOptions): TokenSet {
  const expiresIn = answer.expires_in ?? DEFAULT_EXPIRES_IN_S;
  const now = (options.now ?? Date.now)();
  return {
    accessToken: answer.access_token,
    expiresAt: now + Math.max(0, expiresIn * 1000 - EXPIRY_MARGIN_MS),
    ...(answer.refresh_token ? { refreshToken: answer.refresh_token } : {}),
  };
}

/**
 * The library's errors as ours: an OAuth error answer (RFC 6749 §5.2, in the body or a
 * WWW-Authenticate challenge) by its `error`, an answer with another status by that status, a
 * malformed 200 as 'invalid'. Ours (network, size) and the caller's abort pass unchanged.
 */
function tokenFailure(
  provider: OAuthProvider,
  error: unknown,
  kind: 'code' | 'refresh',
  signal: AbortSignal | undefined,
): unknown {
  if (error instanceof CloudContactsError) return error;
  if (signal?.aborted) return signal.reason as unknown;
  const refusal = refusalOf(error);
  if (refusal) return tokenError(provider, refusal, kind);
  const service = provider.serviceName;
  const server = hostOf(provider.tokenEndpoint);
  if (error instanceof oauth.OperationProcessingError && error.code === oauth.HTTP_REQUEST_FORBIDDEN) {
    return cloudError('config', 'cloud.tokenServerNotHttps', { service, server }, { cause: error });
  }
  return cloudError('invalid', 'cloud.tokenAnswerInvalid', { service, server }, { cause: error });
}

function tokenError(
  provider: OAuthProvider,
  { status, error: errorCode, description }: Refusal,
  kind: 'code' | 'refresh',
): CloudContactsError {
  const service = provider.serviceName;
  const error = safeErrorCode(errorCode);
  const detail = aadstsCode(description);
  const why = [error, detail].filter(Boolean).join(', ');
  const server = hostOf(provider.tokenEndpoint);
  if (error === 'invalid_grant' && kind === 'refresh') {
    return cloudError('revoked', 'cloud.accessRevoked', { service, why });
  }
  if (error === 'invalid_grant') {
    return cloudError('auth', 'cloud.signInNotAccepted', { service, why });
  }
  if (error === 'invalid_client' || error === 'unauthorized_client') {
    return cloudError('config', 'cloud.clientIdRefused', { service, why });
  }
  if (status >= 500 || status === 429) {
    return cloudError('server', 'cloud.tokenServerStatus', { service, server, status });
  }
  if (!error) {
    return cloudError('invalid', 'cloud.tokenServerNoError', { service, server, status });
  }
  return cloudError('auth', 'cloud.requestRefused', { service, why });
}

/** Only the RFC's error code shape: never echo arbitrary server text into messages. */
function safeErrorCode(value: string | undefined): string | undefined {
  return value && /^[a-z_]{1,64}$/i.test(value) ? value : undefined;
}

/** Microsoft's descriptions start with a stable "AADSTS70008"-style code; keep just that. */
function aadstsCode(description: string | undefined): string | undefined {
  return /\bAADSTS\d{4,8}\b/.exec(description ?? '')?.[0];
}
