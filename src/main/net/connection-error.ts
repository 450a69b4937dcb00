/**
 * What went wrong with a socket or TLS connection, whoever opened it (the SIP transports, the HTTPS
 * fetcher, LDAP): Node's error codes sorted into a few kinds, each with the problem in words. Each
 * user words the failure for its own screen (sip/transport/transport-failure.ts,
 * net/https/https-fetch-error.ts).
 */
import type { codesEn } from '../../shared/i18n/en/codes';
import { englishText } from '../i18n/translator';

export type ConnectionProblemKind = 'certificate' | 'unreachable' | 'network' | 'timeout' | 'tls';

/** The problem in words as a catalogue code (`codes.connection.<key>`), so each screen can translate it. */
export type ConnectionProblemKey = keyof (typeof codesEn)['codes']['connection'];

export interface ConnectionProblem {
  kind: ConnectionProblemKind;
  /** The Node/OpenSSL code, e.g. CERT_HAS_EXPIRED. */
  code: string;
  /** The problem in words, to follow "<server> is not trusted:" or "Cannot reach <server>:". */
  problem: ConnectionProblemKey;
  /** The same in English, for the log and English-only texts. */
  reason: string;
}

function problemOf(
  kind: ConnectionProblemKind,
  code: string,
  problem: ConnectionProblemKey,
): ConnectionProblem {
  return { kind, code, problem, reason: englishText({ key: `connection.${problem}` }) };
}

/** OpenSSL/Node verification codes in words (https://nodejs.org/api/tls.html, X509_V_ERR_*). */
const certificateProblems: Readonly<Record<string, ConnectionProblemKey>> = {
  DEPTH_ZERO_SELF_SIGNED_CERT: 'selfSigned',
  SELF_SIGNED_CERT_IN_CHAIN: 'selfSignedRoot',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'untrustedIssuer',
  UNABLE_TO_GET_ISSUER_CERT: 'unknownIssuer',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'unknownIssuer',
  CERT_HAS_EXPIRED: 'expired',
  CERT_NOT_YET_VALID: 'notYetValid',
  ERR_TLS_CERT_ALTNAME_INVALID: 'otherName',
  HOSTNAME_MISMATCH: 'otherName',
  CERT_REVOKED: 'revoked',
  CERT_SIGNATURE_FAILURE: 'badSignature',
  CERT_UNTRUSTED: 'untrusted',
  CERT_REJECTED: 'rejected',
  INVALID_CA: 'invalidAuthority',
  INVALID_PURPOSE: 'wrongPurpose',
  CERT_CHAIN_TOO_LONG: 'chainTooLong',
};

const unreachable: Readonly<Record<string, ConnectionProblemKey>> = {
  ECONNREFUSED: 'refused',
  ENOTFOUND: 'hostNotFound',
  EHOSTUNREACH: 'hostUnreachable',
  ECONNRESET: 'closed',
  EPIPE: 'closed',
};

const networkDown: Readonly<Record<string, ConnectionProblemKey>> = {
  ENETUNREACH: 'networkUnreachable',
  ENETDOWN: 'networkDown',
  EAI_AGAIN: 'lookupFailed',
};

/** The code of a Node error; Node's happy-eyeballs connect reports an AggregateError whose parts carry it. */
export function errorCodeOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') return code;
  const parts = (error as { errors?: unknown }).errors;
  if (Array.isArray(parts)) return parts.map(errorCodeOf).find((c) => c !== undefined);
  return undefined;
}

/** The kind of a connection error by its code, or undefined when the code says nothing we know. */
export function classifyConnectionError(error: unknown): ConnectionProblem | undefined {
  const code = errorCodeOf(error);
  if (code === undefined) return undefined;
  const certificate = certificateProblems[code];
  if (certificate) return problemOf('certificate', code, certificate);
  const noRoute = unreachable[code];
  if (noRoute) return problemOf('unreachable', code, noRoute);
  const offline = networkDown[code];
  if (offline) return problemOf('network', code, offline);
  if (code === 'ETIMEDOUT') return problemOf('timeout', code, 'noAnswer');
  if (code.startsWith('ERR_SSL_') || code === 'EPROTO')
    return problemOf('tls', code, 'secureConnectionFailed');
  return undefined;
}
