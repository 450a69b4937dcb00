/**
 * An OAuthProvider in oauth4webapi's terms: the authorization server's metadata, the client with its
 * authentication, and the options that send every request of the library through boundedFetch, so
 * the token and revocation endpoints get the same time and size limits and error messages as the
 * APIs.
 */
import * as oauth from 'oauth4webapi';
import type { BoundedFetchOptions } from './http-json';
import { boundedFetch } from './http-json';
import type { OAuthProvider } from './oauth-provider';

export interface EndpointRequestOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
}

/** The endpoints are configured, not discovered (neither provider is asked for its metadata). */
export function authorizationServer(provider: OAuthProvider): oauth.AuthorizationServer {
  return {
    // Required by the type; the library compares it only with an `iss` on the redirect or in an
    // ID token, and we pass neither on.
    issuer: new URL(provider.authorizationEndpoint).origin,
    authorization_endpoint: provider.authorizationEndpoint,
    token_endpoint: provider.tokenEndpoint,
    ...(provider.revocationEndpoint ? { revocation_endpoint: provider.revocationEndpoint } : {}),
  };
}

export function oauthClient(provider: OAuthProvider): oauth.Client {
  return { client_id: provider.clientId };
}

/** Google's desktop clients send their (documented non-secret) secret in the body; Microsoft's none. */
export function clientAuthentication(provider: OAuthProvider): oauth.ClientAuth {
  return provider.clientSecret ? oauth.ClientSecretPost(provider.clientSecret) : oauth.None();
}

export function libraryRequestOptions(
  provider: OAuthProvider,
  endpoint: string,
  options: EndpointRequestOptions,
): oauth.HttpRequestOptions<'POST', URLSearchParams> {
  const limits: BoundedFetchOptions = {
    serviceName: provider.serviceName,
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
  };
  return {
    [oauth.customFetch]: (url, init) => boundedFetch(url, init, limits),
    // oauth4webapi refuses plain http. The lab's fake Google and Microsoft listen on http://127.0.0.1;
    // only such a loopback endpoint is let through, so no configured remote endpoint can be reached
    // without TLS (what reaches 127.0.0.1 never leaves the computer).
    ...(isLoopbackHttp(endpoint) ? { [oauth.allowInsecureRequests]: true } : {}),
  };
}

/** A request the server refused: its HTTP status and, when it sent one, the RFC 6749 §5.2 error. */
export interface Refusal {
  status: number;
  error?: string | undefined;
  description?: string | undefined;
}

/**
 * The refusal inside one of the library's errors: an OAuth error in the body, one in a
 * WWW-Authenticate challenge, or just an unexpected status. Undefined for other errors.
 */
export function refusalOf(error: unknown): Refusal | undefined {
  if (error instanceof oauth.ResponseBodyError) {
    return { status: error.status, error: error.error, description: error.error_description };
  }
  if (error instanceof oauth.WWWAuthenticateChallengeError) {
    const challenge = error.cause[0]?.parameters;
    return { status: error.status, error: challenge?.error, description: challenge?.error_description };
  }
  if (error instanceof oauth.OperationProcessingError && error.cause instanceof Response) {
    return error.cause.status === 200 ? undefined : { status: error.cause.status };
  }
  return undefined;
}

function isLoopbackHttp(endpoint: string): boolean {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    return false;
  }
  return url.protocol === 'http:' && (/^127(\.\d{1,3}){3}$/.test(url.hostname) || url.hostname === '[::1]');
}
