/**
 * Why a SIP transport could not connect or lost its connection, independent of the kind of transport
 * (WebSocket today; UDP/TCP/TLS later). The codes are the registration failure codes a transport can
 * cause, so the SIP layer can hand them to the UI unchanged.
 */
import type { RegistrationFailureCode } from '../../../shared/contract';
import { classifyConnectionError, errorCodeOf } from '../../net/connection-error';

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

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Maps a connection error (Node net/tls, the ws package, our own timeout) to a typed cause with a
 * sentence for the user. `server` is the address we tried, e.g. wss://pbx.example.com:8089/ws.
 */
export function describeConnectionError(error: unknown, server: string): TransportFailure {
  if (error instanceof TransportError) return error.failure;
  const problem = classifyConnectionError(error);
  const message = messageOf(error);
  switch (problem?.kind) {
    case 'certificate':
      return {
        code: 'certificate',
        detail: `${server} is not trusted: ${problem.reason} (${problem.code}). Import the PBX certificate under Encryption, or check the server's certificate.`,
      };
    case 'unreachable':
    case 'network':
      return { code: problem.kind, detail: `Cannot reach ${server}: ${problem.reason}.` };
    case 'timeout':
      return { code: 'timeout', detail: `${server} did not answer in time (${problem.code}).` };
    case 'tls':
      return {
        code: 'network',
        detail: `The secure connection to ${server} failed (${problem.code}): check the TLS protocol and cipher settings.`,
      };
    case undefined:
      break;
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
    detail: `The connection to ${server} failed: ${message}${codeSuffix(error)}.`,
  };
}

function codeSuffix(error: unknown): string {
  const code = errorCodeOf(error);
  return code ? ` (${code})` : '';
}
