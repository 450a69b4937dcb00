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
import type { UserText } from '../../../shared/contract/user-text';
import { englishText } from '../../i18n/translator';

/**
 * What went wrong with a directory, for the settings page and the contact list. `code` is
 * stable; `text` names the problem and what to do as a catalogue code (the UI translates it),
 * `message` is the same in English, for the log and as the fallback text. Neither contains the password.
 */
export type LdapStatusCode = 'ok' | 'auth' | 'unreachable' | 'certificate' | 'timeout' | 'invalid';

export interface LdapStatus {
  code: LdapStatusCode;
  /** The English sentence, for the log and as the contract's fallback. */
  message: string;
  /** The same as a catalogue code with parameters, for the UI language (absent for ok). */
  text?: UserText;
}

function described(
  key: UserText['key'],
  params: Record<string, string>,
): Pick<LdapStatus, 'message' | 'text'> {
  const text = { key, params };
  return { message: englishText(text), text };
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
      ...described('ldap.credentials', { server }),
    };
  }
  if (error instanceof InsufficientAccessError) {
    return {
      code: 'auth',
      ...described('ldap.access', { server }),
    };
  }
  if (error instanceof ConfidentialityRequiredError || error instanceof StrongAuthRequiredError) {
    return {
      code: 'auth',
      ...described('ldap.encryptionRequired', { server }),
    };
  }
  if (code === 'ERR_TLS_CERT_ALTNAME_INVALID') {
    return {
      code: 'certificate',
      ...described('ldap.certificateName', { server, detail: text.slice(0, 200) }),
    };
  }
  if (CERTIFICATE_CODES.has(code) || /certificate/i.test(text)) {
    return {
      code: 'certificate',
      ...described('ldap.certificateUntrusted', { server, detail: code || text }),
    };
  }
  if (error instanceof TLSNotSupportedError) {
    return {
      code: 'invalid',
      ...described('ldap.noStartTls', { server }),
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
      ...described('ldap.handshake', { server }),
    };
  }
  if (error instanceof TimeLimitExceededError || /timed? ?out/i.test(text) || code === 'ETIMEDOUT') {
    return {
      code: 'timeout',
      ...described('ldap.timeout', { server }),
    };
  }
  if (UNREACHABLE_CODES.has(code) || /connection closed|socket error/i.test(text)) {
    return {
      code: 'unreachable',
      ...described('ldap.unreachable', { server, detail: code || 'connection closed' }),
    };
  }
  if (error instanceof NoSuchObjectError || error instanceof InvalidDNSyntaxError) {
    return {
      code: 'invalid',
      ...described('ldap.noSearchBase', { server }),
    };
  }
  return {
    code: 'invalid',
    ...described('ldap.refused', { server, detail: text.slice(0, 200) }),
  };
}
