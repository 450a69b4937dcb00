/**
 * Which connections carry passwords and personal data unencrypted, as one rule for main (which picks
 * the defaults) and the renderer (which warns), so that what the user reads and what main does agree.
 * Unencrypted connections stay possible (a PBX on the LAN, a lab), but never silently.
 */

export type LdapSecurityName = 'none' | 'ldaps' | 'starttls';

/** The port IANA registers for ldaps (LDAP over TLS from the first byte). */
export const LDAPS_PORT = 636;

export interface LdapSecurityInput {
  port?: number | undefined;
  /** Empty binds anonymously. */
  bindDn: string;
  /** A bind password is stored or about to be. */
  hasPassword: boolean;
}

/**
 * The security to use when none was given: LDAPS on port 636; StartTLS for a bind with credentials
 * (a bind DN or a password: a simple bind sends them as they are, RFC 4513 §6.3.1); plain LDAP only
 * for an anonymous reader, whose directory may well not offer TLS. An explicit choice, "none"
 * included, always wins over this.
 */
export function defaultLdapSecurity(input: LdapSecurityInput): LdapSecurityName {
  if (input.port === LDAPS_PORT) return 'ldaps';
  return input.bindDn.trim() !== '' || input.hasPassword ? 'starttls' : 'none';
}

/**
 * What a directory connection sends unencrypted: 'credentials' (the bind DN and password, and every
 * search and entry), 'entries' (an anonymous bind: the searches and the entries found), or undefined
 * when TLS protects it. The password goes out only with a bind DN (an empty DN binds anonymously).
 */
export type LdapCleartextExposure = 'credentials' | 'entries';

export function ldapCleartextExposure(input: {
  security: LdapSecurityName;
  bindDn: string;
}): LdapCleartextExposure | undefined {
  if (input.security !== 'none') return undefined;
  return input.bindDn.trim() !== '' ? 'credentials' : 'entries';
}

/** A ws:// address: SIP signalling, the digest exchange and call metadata go unencrypted. */
export function isCleartextWebSocketUrl(url: string): boolean {
  return /^ws:\/\//i.test(url.trim());
}

/** An explicit http:// address; an address without a scheme means https wherever we take one. */
export function isCleartextHttpUrl(url: string): boolean {
  return /^http:\/\//i.test(url.trim());
}

/** The account setting that names the WebSocket server (src/shared/settings/account-settings.ts). */
export const ACCOUNT_WS_URL_KEY = 'optionalCredentials.wsUrl';

/**
 * The account's signalling is unencrypted. Only an explicit WebSocket server can be ws://: the
 * address main derives from the domain or outbound proxy is always wss:// (src/main/sip/account-config.ts).
 */
export function accountSignallingIsCleartext(settings: Readonly<Record<string, unknown>>): boolean {
  const wsUrl = settings[ACCOUNT_WS_URL_KEY];
  return typeof wsUrl === 'string' && isCleartextWebSocketUrl(wsUrl);
}
