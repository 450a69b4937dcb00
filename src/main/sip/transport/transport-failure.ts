/**
 * Why a SIP transport could not connect or lost its connection, independent of the kind of transport
 * (WebSocket today; UDP/TCP/TLS later). The codes are the registration failure codes a transport can
 * cause, so the SIP layer can hand them to the UI unchanged.
 */
import type { RegistrationFailureCode } from '../../../shared/contract';
import type { UserText } from '../../../shared/contract/user-text';
import { classifyConnectionError, errorCodeOf } from '../../net/connection-error';
import { englishText } from '../../i18n/translator';

export type TransportFailureCode = Extract<
  RegistrationFailureCode,
  'certificate' | 'unreachable' | 'timeout' | 'rejected' | 'network' | 'config'
>;

export interface TransportFailure {
  code: TransportFailureCode;
  /** One English sentence: what failed and, where it helps, what to do (the log, the contract's fallback). */
  detail: string;
  /** The same as a catalogue code with parameters, which the UI shows in its language. */
  text?: UserText;
}

/** A transport failure worded by a catalogue code, with its English sentence. */
export function transportFailure(
  code: TransportFailureCode,
  key: UserText['key'],
  params: Record<string, string | number>,
): TransportFailure {
  const text = { key, params };
  return { code, detail: englishText(text), text };
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
      return transportFailure('certificate', 'sipConnection.untrusted', {
        server,
        problem: problem.problem,
        code: problem.code,
      });
    case 'unreachable':
    case 'network':
      return transportFailure(problem.kind, 'sipConnection.unreachable', {
        server,
        problem: problem.problem,
      });
    case 'timeout':
      return transportFailure('timeout', 'sipConnection.timeout', { server, code: problem.code });
    case 'tls':
      return transportFailure('network', 'sipConnection.tls', { server, code: problem.code });
    case undefined:
      break;
  }
  const http = /Unexpected server response: (\d{3})/.exec(message);
  if (http)
    return transportFailure('rejected', 'sipConnection.httpRefused', { server, status: http[1] ?? '' });
  if (/subprotocol/i.test(message))
    return transportFailure('rejected', 'sipConnection.noSubprotocol', { server });
  if (/Invalid URL|protocol must be one of/i.test(message)) {
    return transportFailure('config', 'sipConnection.invalidAddress', { server });
  }
  return transportFailure('network', 'sipConnection.failed', {
    server,
    detail: `${message}${codeSuffix(error)}`,
  });
}

function codeSuffix(error: unknown): string {
  const code = errorCodeOf(error);
  return code ? ` (${code})` : '';
}
