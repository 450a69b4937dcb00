/**
 * What a failed REGISTER or connection means for the user and for retrying. The one rule that matters
 * most: a rejected digest (401/407 after sip.js already answered the challenge once, or 403) is final
 * until the user changes the account or presses Login, so a wrong password never becomes a retry storm
 * against the PBX (which may lock the account).
 */
import type { AccountView, RegistrationFailureCode } from '../../../shared/contract';
import type { UserText } from '../../../shared/contract/user-text';
import type { TransportFailure } from '../transport/transport-failure';
import { TransportError, transportFailure } from '../transport/transport-failure';
import { englishText } from '../../i18n/translator';
import { errorCodeOf } from '../../net/connection-error';
import { boundedText } from '../../../shared/text/bounded';
import { maxReasonTextLength } from '../../../shared/text/limits';

export type RegistrationStatus = AccountView['registration'];

export interface RegistrationFailure {
  code: RegistrationFailureCode;
  /** English, with the SIP status or certificate problem, for the log and the contract's fallback. */
  reason: string;
  /** The same as a catalogue code with parameters, which the UI shows in its language. */
  text?: UserText;
  /** Try again by itself (with backoff), or wait for the user. */
  retry: boolean;
  /** The server asked us to wait at least this long (Retry-After on 5xx). */
  retryAfterMs?: number;
  /**
   * Nothing answered at the server's address (connection refused, host or network unreachable): another
   * attempt costs the server nothing, so it may come often enough to notice quickly that it is back.
   */
  cheapRetry?: true;
}

/** The reason and its code for a failure worded by the catalogue. */
export function described(
  key: UserText['key'],
  params: Record<string, string | number> = {},
): Pick<RegistrationFailure, 'reason' | 'text'> {
  const text = { key, params };
  return { reason: englishText(text), text };
}

export interface RegisterResponse {
  statusCode: number;
  reasonPhrase: string;
  /** Seconds from a Retry-After header, if any. */
  retryAfterSeconds?: number | undefined;
}

/** A final non-2xx answer to our REGISTER (sip.js has already handled the first digest challenge). */
export function failureFromResponse(response: RegisterResponse, passwordSet = true): RegistrationFailure {
  const { statusCode: status } = response;
  // the reason phrase is the server's text: bounded, so a hostile one can't break the accounts list
  const sipStatus = `${status} ${boundedText(response.reasonPhrase, maxReasonTextLength)}`.trim();
  if (status === 401 || status === 403 || status === 407) {
    return {
      code: 'auth',
      ...described(passwordSet ? 'registration.wrongCredentials' : 'registration.noPassword', {
        status: sipStatus,
      }),
      retry: false,
    };
  }
  if (status === 408) {
    return {
      code: 'timeout',
      ...described('registration.noAnswer', { status: sipStatus }),
      retry: true,
    };
  }
  if (status === 480 || status >= 500) {
    const retryAfterMs =
      response.retryAfterSeconds !== undefined && response.retryAfterSeconds > 0
        ? response.retryAfterSeconds * 1000
        : undefined;
    return {
      code: 'rejected',
      ...described('registration.unavailable', { status: sipStatus }),
      retry: true,
      ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
    };
  }
  return {
    code: 'rejected',
    ...described('registration.refused', { status: sipStatus }),
    retry: false,
  };
}

/** Connect errors that mean no server process took the connection (no TLS or SIP work done on its side). */
const nothingListening: ReadonlySet<string> = new Set([
  'ECONNREFUSED',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENETDOWN',
]);

/**
 * A connection that could not be made or was lost. Only configuration problems wait for the user; a
 * certificate may be renewed on the server, so that is retried too (slowly, by the backoff).
 */
export function failureFromTransport(error: unknown, server: string): RegistrationFailure {
  const failure: TransportFailure =
    error instanceof TransportError
      ? error.failure
      : transportFailure('network', 'sipConnection.failed', {
          server,
          detail: error instanceof Error ? error.message : String(error),
        });
  const code = errorCodeOf(error instanceof Error && error.cause !== undefined ? error.cause : error);
  return {
    code: failure.code,
    reason: failure.detail,
    ...(failure.text ? { text: failure.text } : {}),
    retry: failure.code !== 'config',
    ...(code !== undefined && nothingListening.has(code) ? { cheapRetry: true as const } : {}),
  };
}
