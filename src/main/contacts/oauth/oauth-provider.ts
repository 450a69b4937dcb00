/**
 * Where and how a service signs users in (OAuth 2.0 for installed apps, RFC 8252, with PKCE,
 * RFC 7636). The real endpoints are the defaults; tests point them at the lab's fakes. Client ids are
 * configuration: empty by default, the release build's settings supply them (docs/cloud-contacts.md).
 */
export interface OAuthProvider {
  /** The service as users know it, for messages: "Google Contacts", "Outlook contacts". */
  serviceName: string;
  authorizationEndpoint: string;
  tokenEndpoint: string;
  /** RFC 7009 revocation; undefined when the service has none for public clients (Microsoft). */
  revocationEndpoint?: string;
  clientId: string;
  /**
   * Google's "Desktop app" clients come with a client secret that Google documents as not secret
   * (it ships inside every installed copy) and still requires at the token endpoint. Microsoft's
   * public clients must not send one.
   */
  clientSecret?: string;
  scopes: readonly string[];
  /** Added to the authorization URL, e.g. Google's access_type=offline and prompt=consent. */
  extraAuthorizationParams: Readonly<Record<string, string>>;
  /** Microsoft's v2 endpoint wants the scopes again when redeeming a code or a refresh token. */
  scopeOnTokenRequests: boolean;
}

export type OAuthProviderOverrides = Partial<Omit<OAuthProvider, 'serviceName'>>;

/** Google Identity: OAuth 2.0 for desktop apps (loopback IP address redirect). */
export function googleOAuthProvider(overrides: OAuthProviderOverrides = {}): OAuthProvider {
  return {
    serviceName: 'Google Contacts',
    authorizationEndpoint: 'https://accounts.google.com/o/oauth2/v2/auth',
    tokenEndpoint: 'https://oauth2.googleapis.com/token',
    revocationEndpoint: 'https://oauth2.googleapis.com/revoke',
    clientId: '',
    scopes: ['https://www.googleapis.com/auth/contacts.readonly'],
    // offline: a refresh token; consent: Google sends a refresh token only on a consent screen, and a
    // user who signs in again after "delete" must get a new one.
    extraAuthorizationParams: { access_type: 'offline', prompt: 'consent' },
    scopeOnTokenRequests: false,
    ...overrides,
  };
}

/** Microsoft identity platform v2 (work/school and personal accounts: the "common" tenant). */
export function microsoftOAuthProvider(overrides: OAuthProviderOverrides = {}): OAuthProvider {
  return {
    serviceName: 'Outlook contacts',
    authorizationEndpoint: 'https://login.microsoftonline.com/common/oauth2/v2.0/authorize',
    tokenEndpoint: 'https://login.microsoftonline.com/common/oauth2/v2.0/token',
    clientId: '',
    scopes: ['Contacts.Read', 'offline_access'],
    // select_account: let a user with several Microsoft accounts pick the one with the contacts.
    extraAuthorizationParams: { prompt: 'select_account' },
    scopeOnTokenRequests: true,
    ...overrides,
  };
}

/** The SecretStore key of a cloud contact source's refresh token. */
export function refreshTokenSecretKey(sourceId: string): string {
  return `contacts.${sourceId}.refreshToken`;
}
