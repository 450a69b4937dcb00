/**
 * What went wrong with a socket or TLS connection, whoever opened it (the SIP transports, the HTTPS
 * fetcher, LDAP): Node's error codes sorted into a few kinds, each with the problem in words. Each
 * user words the failure for its own screen (sip/transport/transport-failure.ts,
 * net/https/https-fetch-error.ts).
 */
export type ConnectionProblemKind = 'certificate' | 'unreachable' | 'network' | 'timeout' | 'tls';

export interface ConnectionProblem {
  kind: ConnectionProblemKind;
  /** The Node/OpenSSL code, e.g. CERT_HAS_EXPIRED. */
  code: string;
  /** The problem in words, to follow "<server> is not trusted:" or "Cannot reach <server>:". */
  reason: string;
}

/** OpenSSL/Node verification codes in words (https://nodejs.org/api/tls.html, X509_V_ERR_*). */
const certificateProblems: Readonly<Record<string, string>> = {
  DEPTH_ZERO_SELF_SIGNED_CERT: 'its certificate is self-signed and not trusted',
  SELF_SIGNED_CERT_IN_CHAIN: 'its certificate chain ends in a self-signed root that is not trusted',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'its certificate was issued by an authority that is not trusted',
  UNABLE_TO_GET_ISSUER_CERT: 'the issuer of its certificate is unknown',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'the issuer of its certificate is unknown',
  CERT_HAS_EXPIRED: 'its certificate has expired',
  CERT_NOT_YET_VALID: "its certificate is not valid yet (check this computer's clock)",
  ERR_TLS_CERT_ALTNAME_INVALID: 'its certificate is issued for a different name',
  HOSTNAME_MISMATCH: 'its certificate is issued for a different name',
  CERT_REVOKED: 'its certificate has been revoked',
  CERT_SIGNATURE_FAILURE: 'the signature of its certificate is invalid',
  CERT_UNTRUSTED: 'its certificate is not trusted',
  CERT_REJECTED: 'its certificate was rejected',
  INVALID_CA: 'a certificate in its chain is not a valid authority',
  INVALID_PURPOSE: 'its certificate may not be used for a server',
  CERT_CHAIN_TOO_LONG: 'its certificate chain is too long',
};

const unreachable: Readonly<Record<string, string>> = {
  ECONNREFUSED: 'the connection was refused (is the server running, and is the port right?)',
  ENOTFOUND: 'the host name was not found',
  EHOSTUNREACH: 'the host cannot be reached',
  ECONNRESET: 'the server closed the connection',
  EPIPE: 'the server closed the connection',
};

const networkDown: Readonly<Record<string, string>> = {
  ENETUNREACH: 'the network is unreachable (is this computer online?)',
  ENETDOWN: 'the network is down (is this computer online?)',
  EAI_AGAIN: 'the host name could not be looked up (is this computer online?)',
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
  if (certificate) return { kind: 'certificate', code, reason: certificate };
  const noRoute = unreachable[code];
  if (noRoute) return { kind: 'unreachable', code, reason: noRoute };
  const offline = networkDown[code];
  if (offline) return { kind: 'network', code, reason: offline };
  if (code === 'ETIMEDOUT') return { kind: 'timeout', code, reason: 'no answer in time' };
  if (code.startsWith('ERR_SSL_') || code === 'EPROTO') {
    return { kind: 'tls', code, reason: 'the secure connection failed' };
  }
  return undefined;
}
