/**
 * One signed-in cloud account: runs the browser sign-in, keeps the refresh token in the SecretStore
 * (never anywhere else) and the access token in memory only, refreshes it when it expires, and makes
 * authorized requests that retry once with a fresh access token after a 401.
 *
 * ```
 *   signed out ──signIn()──▶ signed in ──refresh: invalid_grant──▶ signed out (error 'revoked')
 *        ▲                       │
 *        └──────── forget() ─────┘
 * ```
 * "Signed in" means the SecretStore holds a refresh token for the source.
 */
import * as oauth from 'oauth4webapi';
import type { Logger } from '../../log/logger';
import type { SecretStore } from '../../secrets/secret-store';
import { buildAuthorizationUrl } from './authorization-url';
import { CloudContactsError, cloudError } from './cloud-contacts-error';
import type { JsonRequest, JsonResponse } from './http-json';
import { requestJson } from './http-json';
import { listenForRedirect } from './loopback-redirect';
import type { OAuthProvider } from './oauth-provider';
import { refreshTokenSecretKey } from './oauth-provider';
import type { TokenSet } from './token-endpoint';
import { revokeAtProvider } from './revocation-endpoint';
import { exchangeAuthorizationCode, refreshAccessToken } from './token-endpoint';

export interface OAuthSessionOptions {
  /** The contact source's id, e.g. "google:3f2a"; names the secret `contacts.<sourceId>.refreshToken`. */
  sourceId: string;
  provider: OAuthProvider;
  secrets: SecretStore;
  logger?: Logger;
  /** Told every token value so the log redactor removes it wherever it appears. */
  onSecret?: (value: string) => void;
  /** For one HTTP request; default 30 s. */
  requestTimeoutMs?: number;
  now?: () => number;
}

export interface SignInOptions {
  /** Shows the URL to the user: Electron's shell.openExternal, or printing it in the web shell. */
  openBrowser: (url: string) => void | Promise<void>;
  /** Aborts the sign-in; the listener closes and signIn rejects with code 'cancelled'. */
  signal?: AbortSignal;
  /** How long the user has in the browser; default 5 minutes. */
  timeoutMs?: number;
}

/**
 * What "delete" did at the provider; locally the refresh token is always gone afterwards.
 * - revoked: the provider confirmed (or the token was already invalid there).
 * - notSupported: the provider has no revocation endpoint (Microsoft).
 * - notSignedIn: there was no token to revoke.
 * - failed: the provider could not be asked or refused; `message` says what the user can do.
 */
export interface RevokeResult {
  remote: 'revoked' | 'notSupported' | 'notSignedIn' | 'failed';
  message?: string;
}

export const DEFAULT_SIGN_IN_TIMEOUT_MS = 5 * 60 * 1000;

export class OAuthSession {
  private access: TokenSet | undefined;
  private refreshing: Promise<string> | undefined;

  constructor(private readonly options: OAuthSessionOptions) {}

  get serviceName(): string {
    return this.options.provider.serviceName;
  }

  /** Runs the browser sign-in and stores the refresh token; resolves once signed in. */
  async signIn(options: SignInOptions): Promise<void> {
    const provider = this.checkedProvider();
    const state = oauth.generateRandomState();
    const codeVerifier = oauth.generateRandomCodeVerifier();
    const listener = await listenForRedirect({
      expectedState: state,
      serviceName: provider.serviceName,
      timeoutMs: options.timeoutMs ?? DEFAULT_SIGN_IN_TIMEOUT_MS,
      ...(options.signal ? { signal: options.signal } : {}),
    });
    try {
      const url = buildAuthorizationUrl(provider, {
        redirectUri: listener.redirectUri,
        state,
        codeChallenge: await oauth.calculatePKCECodeChallenge(codeVerifier),
      });
      await this.open(options.openBrowser, url);
      const code = await listener.code;
      const tokens = await exchangeAuthorizationCode(
        provider,
        { code, state, codeVerifier, redirectUri: listener.redirectUri },
        this.tokenOptions(options.signal),
      );
      if (!tokens.refreshToken) {
        throw cloudError('auth', 'cloud.noRefreshToken', { service: provider.serviceName });
      }
      await this.keep(tokens);
      this.options.logger?.info(`${this.options.sourceId}: signed in to ${provider.serviceName}`);
    } finally {
      listener.close();
    }
  }

  async isSignedIn(): Promise<boolean> {
    return (await this.options.secrets.get(this.secretKey())) !== undefined;
  }

  /** A valid access token, refreshed when needed; concurrent callers share one refresh. */
  accessToken(signal?: AbortSignal): Promise<string> {
    const now = (this.options.now ?? Date.now)();
    if (this.access && this.access.expiresAt > now) return Promise.resolve(this.access.accessToken);
    this.refreshing ??= this.refresh(signal).finally(() => {
      this.refreshing = undefined;
    });
    return this.refreshing;
  }

  /** Drops the in-memory access token, e.g. after the API answered 401 with it. */
  invalidateAccessToken(): void {
    this.access = undefined;
  }

  /** The stored refresh token, for revocation at the provider. */
  storedRefreshToken(): Promise<string | undefined> {
    return this.options.secrets.get(this.secretKey());
  }

  /** Forgets the account here: deletes the refresh token from the SecretStore, drops the access token. */
  async forget(): Promise<void> {
    this.access = undefined;
    await this.options.secrets.delete(this.secretKey());
  }

  /**
   * "Delete" of the account: revokes the refresh token at the provider when it has a revocation
   * endpoint (Google, RFC 7009), then always forgets it here, even when the provider could not be
   * reached. Microsoft has no revocation endpoint for public clients: the user removes the app's
   * consent in their Microsoft account (docs/cloud-contacts.md).
   */
  async revoke(signal?: AbortSignal): Promise<RevokeResult> {
    const provider = this.options.provider;
    const token = await this.storedRefreshToken();
    try {
      if (!token) return { remote: 'notSignedIn' };
      const revocationEndpoint = provider.revocationEndpoint;
      if (!revocationEndpoint) return { remote: 'notSupported' };
      const outcome = await revokeAtProvider({ ...provider, revocationEndpoint }, token, {
        ...(signal ? { signal } : {}),
        ...(this.options.requestTimeoutMs !== undefined ? { timeoutMs: this.options.requestTimeoutMs } : {}),
      });
      return outcome.revoked ? { remote: 'revoked' } : { remote: 'failed', message: outcome.message };
    } finally {
      await this.forget();
      this.options.logger?.info(`${this.options.sourceId}: signed out of ${provider.serviceName}`);
    }
  }

  /**
   * An API request with `Authorization: Bearer`; after a 401 it refreshes the access token and
   * retries once (an access token can expire or be revoked before its expires_in says).
   */
  async authorizedRequest(request: Omit<JsonRequest, 'serviceName'>): Promise<JsonResponse> {
    let response = await this.sendAuthorized(request);
    if (response.status !== 401) return response;
    this.options.logger?.info(`${this.options.sourceId}: access token refused (401), refreshing it`);
    this.invalidateAccessToken();
    response = await this.sendAuthorized(request);
    if (response.status === 401) {
      throw cloudError('auth', 'cloud.freshTokenRefused', { service: this.serviceName });
    }
    return response;
  }

  private async sendAuthorized(request: Omit<JsonRequest, 'serviceName'>): Promise<JsonResponse> {
    const token = await this.accessToken(request.signal);
    return requestJson({
      ...request,
      headers: { ...request.headers, authorization: `Bearer ${token}` },
      serviceName: this.serviceName,
      ...(this.options.requestTimeoutMs !== undefined && request.timeoutMs === undefined
        ? { timeoutMs: this.options.requestTimeoutMs }
        : {}),
    });
  }

  private async refresh(signal?: AbortSignal): Promise<string> {
    const provider = this.checkedProvider();
    const refreshToken = await this.options.secrets.get(this.secretKey());
    if (!refreshToken) {
      throw cloudError('auth', 'cloud.notSignedIn', { service: provider.serviceName });
    }
    this.options.onSecret?.(refreshToken);
    try {
      const tokens = await refreshAccessToken(provider, refreshToken, this.tokenOptions(signal));
      await this.keep(tokens);
      return tokens.accessToken;
    } catch (error) {
      if (error instanceof CloudContactsError && error.code === 'revoked') {
        // The token is dead for good; keeping it would only repeat the failure on every sync.
        this.options.logger?.warn(`${this.options.sourceId}: ${error.message}`);
        await this.forget();
      }
      throw error;
    }
  }

  private async keep(tokens: TokenSet): Promise<void> {
    this.options.onSecret?.(tokens.accessToken);
    if (tokens.refreshToken) {
      // Microsoft rotates refresh tokens: store the newest one whenever the server sends one.
      this.options.onSecret?.(tokens.refreshToken);
      await this.options.secrets.set(this.secretKey(), tokens.refreshToken);
    }
    this.access = tokens;
  }

  private async open(openBrowser: SignInOptions['openBrowser'], url: string): Promise<void> {
    try {
      await openBrowser(url);
    } catch (error) {
      throw cloudError(
        'cancelled',
        'cloud.browserNotOpened',
        { service: this.serviceName },
        { cause: error },
      );
    }
  }

  private checkedProvider(): OAuthProvider {
    const provider = this.options.provider;
    if (!provider.clientId.trim()) {
      throw cloudError('config', 'cloud.noClientId', { service: provider.serviceName });
    }
    return provider;
  }

  private tokenOptions(signal?: AbortSignal): {
    signal?: AbortSignal;
    timeoutMs?: number;
    now?: () => number;
  } {
    return {
      ...(signal ? { signal } : {}),
      ...(this.options.requestTimeoutMs !== undefined ? { timeoutMs: this.options.requestTimeoutMs } : {}),
      ...(this.options.now ? { now: this.options.now } : {}),
    };
  }

  private secretKey(): string {
    return refreshTokenSecretKey(this.options.sourceId);
  }
}
