/**
 * Why a SIP transport could not connect or lost its connection, independent of the kind of transport
 * (WebSocket today; UDP/TCP/TLS later). The codes are the registration failure codes a transport can
 * cause, so the SIP layer can hand them to the UI unchanged.
 */
import type { RegistrationFailureCode } from '../../../shared/contract';

export type TransportFailureCode = Extract<
  RegistrationFailureCode,
  'certificate' | 'unreachable' | 'timeout' | 'rejected' | 'network' | 'config'
>;

export interface TransportFailure {
  code: TransportFailureCode;
  /** One English sentence for the user: what failed and, where it helps, what to do. */
  detail: string;
}

/** The error a transport rejects connect() with and passes to onDisconnect when it loses the connection. */
export class TransportError extends Error {
  constructor(
    readonly failure: TransportFailure,
    options?: ErrorOptions,
  ) {
    super(failure.detail, options);
    this.name = 'TransportError';
  }
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

function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') return code;
  // Node's happy-eyeballs connect reports an AggregateError whose parts carry the codes
  const parts = (error as { errors?: unknown }).errors;
  if (Array.isArray(parts)) return parts.map(errorCode).find((c) => c !== undefined);
  return undefined;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Maps a connection error (Node net/tls, the ws package, our own timeout) to a typed cause with a
 * sentence for the user. `server` is the address we tried, e.g. wss://pbx.example.com:8089/ws.
 */
export function describeConnectionError(error: unknown, server: string): TransportFailure {
  if (error instanceof TransportError) return error.failure;
  const code = errorCode(error);
  const message = messageOf(error);
  if (code !== undefined) {
    const certificate = certificateProblems[code];
    if (certificate) {
      return {
        code: 'certificate',
        detail: `${server} is not trusted: ${certificate} (${code}). Import the PBX certificate under Encryption, or check the server's certificate.`,
      };
    }
    const noRoute = unreachable[code];
    if (noRoute) return { code: 'unreachable', detail: `Cannot reach ${server}: ${noRoute}.` };
    const offline = networkDown[code];
    if (offline) return { code: 'network', detail: `Cannot reach ${server}: ${offline}.` };
    if (code === 'ETIMEDOUT') {
      return { code: 'timeout', detail: `${server} did not answer in time (${code}).` };
    }
    if (code.startsWith('ERR_SSL_') || code === 'EPROTO') {
      return {
        code: 'network',
        detail: `The secure connection to ${server} failed (${code}): check the TLS protocol and cipher settings.`,
      };
    }
  }
  const http = /Unexpected server response: (\d{3})/.exec(message);
  if (http) {
    return {
      code: 'rejected',
      detail: `${server} refused the WebSocket connection (HTTP ${http[1]}): check the WebSocket server address.`,
    };
  }
  if (/subprotocol/i.test(message)) {
    return {
      code: 'rejected',
      detail: `${server} does not offer SIP over WebSocket (no "sip" subprotocol): check the WebSocket server address.`,
    };
  }
  if (/Invalid URL|protocol must be one of/i.test(message)) {
    return { code: 'config', detail: `${server} is not a valid WebSocket address.` };
  }
  return {
    code: 'network',
    detail: `The connection to ${server} failed: ${message}${code ? ` (${code})` : ''}.`,
  };
}
