import {
  ConfidentialityRequiredError,
  InappropriateAuthError,
  InsufficientAccessError,
  InvalidCredentialsError,
  InvalidDNSyntaxError,
  NoSuchObjectError,
  StrongAuthRequiredError,
  TimeLimitExceededError,
  TLSNotSupportedError,
} from 'ldapts';

/**
 * What went wrong with a directory, for the settings page and the contact list. `code` is
 * stable (the UI translates it); `message` names the problem and what to do, in English, for
 * the log and as the fallback text. It never contains the password.
 */
export type LdapStatusCode = 'ok' | 'auth' | 'unreachable' | 'certificate' | 'timeout' | 'invalid';

export interface LdapStatus {
  code: LdapStatusCode;
  message: string;
}

export class LdapSourceError extends Error {
  constructor(
    readonly status: LdapStatus,
    options?: { cause?: unknown },
  ) {
    super(status.message, options);
    this.name = 'LdapSourceError';
  }
}

const CERTIFICATE_CODES = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'CERT_UNTRUSTED',
  'CERT_REVOKED',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);

const UNREACHABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
]);

function errorCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
}

/** Maps anything ldapts, net or tls throws onto a status; `server` is "host:port". */
export function ldapStatusOf(error: unknown, server: string): LdapStatus {
  if (error instanceof LdapSourceError) return error.status;
  const code = errorCode(error);
  const text = error instanceof Error ? error.message : String(error);
  if (error instanceof InvalidCredentialsError || error instanceof InappropriateAuthError) {
    return {
      code: 'auth',
      message: `The LDAP server ${server} rejected the user name or password. Check both in the LDAP settings.`,
    };
  }
  if (error instanceof InsufficientAccessError) {
    return {
      code: 'auth',
      message: `The LDAP server ${server} does not allow this user to search the directory. Ask the administrator for read access.`,
    };
  }
  if (error instanceof ConfidentialityRequiredError || error instanceof StrongAuthRequiredError) {
    return {
      code: 'auth',
      message: `The LDAP server ${server} requires an encrypted connection. Turn on TLS (LDAPS or StartTLS) in the LDAP settings.`,
    };
  }
  if (code === 'ERR_TLS_CERT_ALTNAME_INVALID') {
    return {
      code: 'certificate',
      message: `The TLS certificate of the LDAP server ${server} does not name this host (${text.slice(0, 200)}). Enter the server under a name its certificate carries, or turn on "Ignore TLS certificate" if you trust this network.`,
    };
  }
  if (CERTIFICATE_CODES.has(code) || /certificate/i.test(text)) {
    return {
      code: 'certificate',
      message: `The TLS certificate of the LDAP server ${server} is not trusted (${code || text}). Add its CA certificate, or turn on "Ignore TLS certificate" if you trust this network.`,
    };
  }
  if (error instanceof TLSNotSupportedError) {
    return {
      code: 'invalid',
      message: `The LDAP server ${server} does not support StartTLS. Choose LDAPS or no encryption.`,
    };
  }
  if (
    code === 'EPROTO' ||
    code.startsWith('ERR_SSL') ||
    // a plain LDAP port closes the connection when it receives a TLS ClientHello
    /wrong version number|handshake|before secure TLS connection/i.test(text)
  ) {
    return {
      code: 'invalid',
      message: `The TLS handshake with the LDAP server ${server} failed. Check the security setting and the port (LDAPS usually 636, StartTLS 389).`,
    };
  }
  if (error instanceof TimeLimitExceededError || /timed? ?out/i.test(text) || code === 'ETIMEDOUT') {
    return {
      code: 'timeout',
      message: `The LDAP server ${server} did not answer in time. Check the network or narrow the search.`,
    };
  }
  if (UNREACHABLE_CODES.has(code) || /connection closed|socket error/i.test(text)) {
    return {
      code: 'unreachable',
      message: `The LDAP server ${server} cannot be reached (${code || 'connection closed'}). Check the host, the port and the network.`,
    };
  }
  if (error instanceof NoSuchObjectError || error instanceof InvalidDNSyntaxError) {
    return {
      code: 'invalid',
      message: `The LDAP server ${server} does not know the search base (DC / base DN). Check it in the LDAP settings.`,
    };
  }
  return {
    code: 'invalid',
    message: `The LDAP server ${server} refused the search: ${text.slice(0, 200)}`,
  };
}
