// The authorization server half of the cloud fakes: an authorize endpoint that behaves like a user who
// consents (or declines) and redirects to the loopback redirect URI, a token endpoint that checks the
// PKCE verifier, and Google's revocation endpoint. Shapes:
// - RFC 6749 §4.1.2 (redirect with code and state; error=access_denied when declined), §5.1/§5.2
//   (token JSON; error JSON `{ error, error_description }`), RFC 7636 §4.6 (S256 check),
//   RFC 7009 (revocation), RFC 8252 §7.3 (any port on a loopback redirect URI).
// - Google (developers.google.com/identity/protocols/oauth2/native-app): desktop clients send
//   client_secret; refresh answers carry no new refresh_token; a revoked or expired refresh token gives
//   400 `{"error":"invalid_grant","error_description":"Token has been expired or revoked."}`; revoke
//   of an unknown token gives 400 `{"error":"invalid_token",...}`.
// - Microsoft identity platform v2 (learn.microsoft.com/entra/identity-platform/v2-oauth2-auth-code-flow):
//   public clients must not send a secret (AADSTS700025); refresh answers carry a new refresh_token;
//   errors add error_codes and an "AADSTSnnnn: …" description.
import { createHash, randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

export type OAuthFlavour = 'google' | 'microsoft';

export interface FakeOAuthOptions {
  flavour: OAuthFlavour;
  clientId: string;
  /** Google desktop clients only. */
  clientSecret?: string;
  requiredScopes: string[];
}

interface PendingCode {
  clientId: string;
  redirectUri: string;
  challenge: string;
  scope: string;
}

/** What the fake saw at its token endpoint, for assertions (grant type and which fields were sent). */
export interface TokenRequestLog {
  grantType: string;
  fields: string[];
}

export class FakeOAuth {
  /** What the simulated user does on the consent screen. */
  consent: 'allow' | 'deny' = 'allow';
  accessTokenLifetimeS = 3599;
  readonly tokenRequests: TokenRequestLog[] = [];
  readonly authorizeRequests: URLSearchParams[] = [];
  revokeRequests = 0;
  private readonly codes = new Map<string, PendingCode>();
  private readonly refreshTokens = new Set<string>();
  private readonly accessTokens = new Set<string>();

  constructor(private readonly options: FakeOAuthOptions) {}

  /** Every access token issued so far stops working (as when it expires early). */
  expireAccessTokens(): void {
    this.accessTokens.clear();
  }

  /** The user revoked the app's access: every refresh and access token is dead. */
  revokeAll(): void {
    this.refreshTokens.clear();
    this.accessTokens.clear();
  }

  hasRefreshToken(token: string): boolean {
    return this.refreshTokens.has(token);
  }

  /** RFC 6750 §2.1 bearer check for the API endpoints. */
  acceptsBearer(request: IncomingMessage): boolean {
    const match = /^Bearer (.+)$/.exec(request.headers.authorization ?? '');
    return match !== null && this.accessTokens.has(match[1] ?? '');
  }

  /** GET authorize: validate like the real endpoint, then redirect as a consenting user would. */
  authorize(url: URL, response: ServerResponse): void {
    const q = url.searchParams;
    this.authorizeRequests.push(q);
    const redirectUri = q.get('redirect_uri') ?? '';
    const problem =
      q.get('client_id') !== this.options.clientId
        ? 'invalid_client'
        : !/^http:\/\/127\.0\.0\.1:\d+\//.test(redirectUri)
          ? 'redirect_uri_mismatch'
          : q.get('response_type') !== 'code'
            ? 'unsupported_response_type'
            : q.get('code_challenge_method') !== 'S256' || !q.get('code_challenge')
              ? 'invalid_request (PKCE S256 required)'
              : !this.options.requiredScopes.every((s) => (q.get('scope') ?? '').split(' ').includes(s))
                ? 'invalid_scope'
                : undefined;
    if (problem) {
      // Both services show an error page instead of redirecting when the client or redirect is wrong.
      response.writeHead(400, { 'content-type': 'text/plain' }).end(`Error: ${problem}`);
      return;
    }
    const target = new URL(redirectUri);
    const state = q.get('state');
    if (this.consent === 'deny') {
      target.searchParams.set('error', 'access_denied');
      if (this.options.flavour === 'microsoft') {
        target.searchParams.set(
          'error_description',
          'AADSTS65004: User declined to consent to access the app.',
        );
      }
    } else {
      const code = randomBytes(16).toString('base64url');
      this.codes.set(code, {
        clientId: this.options.clientId,
        redirectUri,
        challenge: q.get('code_challenge') ?? '',
        scope: q.get('scope') ?? '',
      });
      target.searchParams.set('code', code);
      if (this.options.flavour === 'google') target.searchParams.set('scope', q.get('scope') ?? '');
    }
    if (state !== null) target.searchParams.set('state', state);
    response.writeHead(302, { location: target.toString() }).end();
  }

  async token(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const form = await readForm(request);
    if (!form)
      return sendJson(
        response,
        400,
        this.error(
          'invalid_request',
          'AADSTS900144',
          'The request body must be application/x-www-form-urlencoded.',
        ),
      );
    const grantType = form.get('grant_type') ?? '';
    this.tokenRequests.push({ grantType, fields: [...form.keys()].sort() });
    const clientProblem = this.clientProblem(form);
    if (clientProblem) return sendJson(response, clientProblem.status, clientProblem.body);
    if (grantType === 'authorization_code') return this.redeemCode(form, response);
    if (grantType === 'refresh_token') return this.refresh(form, response);
    sendJson(
      response,
      400,
      this.error('unsupported_grant_type', 'AADSTS70003', 'The app requested an unsupported grant type.'),
    );
  }

  /** Google's RFC 7009 endpoint: POST token=… (form body or query). */
  async revoke(request: IncomingMessage, url: URL, response: ServerResponse): Promise<void> {
    this.revokeRequests++;
    const form = await readForm(request);
    const token = form?.get('token') ?? url.searchParams.get('token') ?? '';
    if (!this.refreshTokens.delete(token) && !this.accessTokens.delete(token)) {
      return sendJson(response, 400, {
        error: 'invalid_token',
        error_description: 'Token expired or revoked',
      });
    }
    this.accessTokens.clear();
    sendJson(response, 200, {});
  }

  private clientProblem(form: URLSearchParams): { status: number; body: object } | undefined {
    if (form.get('client_id') !== this.options.clientId) {
      return { status: 401, body: this.error('invalid_client', 'AADSTS700016', 'Application not found.') };
    }
    const secret = form.get('client_secret');
    if (this.options.flavour === 'microsoft' && secret !== null) {
      return {
        status: 401,
        body: this.error(
          'invalid_client',
          'AADSTS700025',
          "Client is public so neither 'client_assertion' nor 'client_secret' should be presented.",
        ),
      };
    }
    if (
      this.options.flavour === 'google' &&
      this.options.clientSecret &&
      secret !== this.options.clientSecret
    ) {
      return {
        status: 400,
        body: { error: 'invalid_request', error_description: 'client_secret is missing.' },
      };
    }
    return undefined;
  }

  private redeemCode(form: URLSearchParams, response: ServerResponse): void {
    const code = form.get('code') ?? '';
    const pending = this.codes.get(code);
    this.codes.delete(code); // codes are single use (RFC 6749 §4.1.2)
    const verifier = form.get('code_verifier') ?? '';
    const challenge = createHash('sha256').update(verifier, 'ascii').digest('base64url');
    if (!pending || pending.redirectUri !== form.get('redirect_uri') || pending.challenge !== challenge) {
      return sendJson(
        response,
        400,
        this.error(
          'invalid_grant',
          'AADSTS70008',
          'The provided authorization code is invalid or the code_verifier does not match.',
        ),
      );
    }
    const refreshToken = `rt-${randomBytes(24).toString('base64url')}`;
    this.refreshTokens.add(refreshToken);
    sendJson(response, 200, this.tokens(pending.scope, refreshToken));
  }

  private refresh(form: URLSearchParams, response: ServerResponse): void {
    const token = form.get('refresh_token') ?? '';
    if (!this.refreshTokens.has(token)) {
      return sendJson(
        response,
        400,
        this.options.flavour === 'google'
          ? { error: 'invalid_grant', error_description: 'Token has been expired or revoked.' }
          : this.error(
              'invalid_grant',
              'AADSTS70008',
              'The provided authorization code or refresh token has expired due to inactivity.',
            ),
      );
    }
    let rotated: string | undefined;
    if (this.options.flavour === 'microsoft') {
      rotated = `rt-${randomBytes(24).toString('base64url')}`;
      this.refreshTokens.add(rotated);
    }
    sendJson(response, 200, this.tokens(this.options.requiredScopes.join(' '), rotated));
  }

  private tokens(scope: string, refreshToken?: string): object {
    const accessToken = `at-${randomBytes(24).toString('base64url')}`;
    this.accessTokens.add(accessToken);
    return {
      token_type: 'Bearer',
      scope,
      expires_in: this.accessTokenLifetimeS,
      access_token: accessToken,
      ...(refreshToken ? { refresh_token: refreshToken } : {}),
    };
  }

  private error(error: string, aadsts: string, text: string): object {
    if (this.options.flavour === 'google') return { error, error_description: text };
    return {
      error,
      error_description: `${aadsts}: ${text} Trace ID: 00000000-0000-0000-0000-000000000000`,
      error_codes: [Number(aadsts.slice('AADSTS'.length))],
      timestamp: new Date().toISOString().replace('T', ' ').slice(0, 19) + 'Z',
      trace_id: '00000000-0000-0000-0000-000000000000',
      correlation_id: '00000000-0000-0000-0000-000000000000',
    };
  }
}

export function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  response.end(JSON.stringify(body));
}

async function readForm(request: IncomingMessage): Promise<URLSearchParams | undefined> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  if (!(request.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded')) {
    return chunks.length === 0 ? new URLSearchParams() : undefined;
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

/** base64url(JSON) for the fakes' opaque page, sync and delta tokens. */
export function encodeToken(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

export function decodeToken<T>(token: string): T | undefined {
  try {
    return JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as T;
  } catch {
    return undefined;
  }
}
