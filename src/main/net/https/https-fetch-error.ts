import type { UserText } from '../../../shared/contract/user-text';
import { classifyConnectionError, errorCodeOf } from '../connection-error';

/**
 * Why a fetch failed, whoever fetched: the address is unusable (config), plain http or a downgrade
 * where it is not allowed (insecure), the server cannot be reached (unreachable), no answer in time
 * (timeout), its certificate is not trusted (certificate), the login failed (auth), an HTTP error
 * status or broken redirect (http), too many redirects (redirects), the body is too big (tooLarge).
 */
export type HttpsFetchErrorCode =
  | 'config'
  | 'insecure'
  | 'unreachable'
  | 'timeout'
  | 'certificate'
  | 'auth'
  | 'http'
  | 'redirects'
  | 'tooLarge';

/** The words a caller uses for what it fetches, so each failure reads in its own terms. */
export interface FetchWording {
  /** e.g. `provisioning server`, after "The". */
  server: string;
  /** e.g. `provisioning file`. */
  file: string;
  /** e.g. `provisioning address`. */
  address: string;
  /** Where the user allows plain http, for the advice when http is refused. */
  allowInsecureHttpSetting: string;
}

/** The wording of HttpsFetchError.message, for logs; users see their own (see describe). */
export const NEUTRAL_WORDING: FetchWording = {
  server: 'server',
  file: 'file',
  address: 'address',
  allowInsecureHttpSetting: 'the setting that allows unencrypted HTTP',
};

/**
 * Why fetching a file failed: a code and, through describe(), one English sentence for the user in
 * the caller's words. It never contains the password.
 */
export class HttpsFetchError extends Error {
  constructor(
    readonly code: HttpsFetchErrorCode,
    /** The sentence with the caller's words; the message uses NEUTRAL_WORDING. */
    readonly describe: (wording: FetchWording) => string,
    options?: ErrorOptions,
    /** The same as a catalogue code (`codes.fetch.*`), where one exists; the wording is added by textFor. */
    private readonly text?: UserText,
  ) {
    super(describe(NEUTRAL_WORDING), options);
    this.name = 'HttpsFetchError';
  }

  /** The failure as a catalogue code in a caller's words (`codes.fetchWording.<wording>*`), if it has one. */
  textFor(wording: FetchWordingKey): UserText | undefined {
    if (this.text === undefined) return undefined;
    return { key: this.text.key, params: { ...this.text.params, wording } };
  }
}

/** The callers whose words the catalogue has (`codes.fetchWording.<key>Server`, `<key>Address`). */
export type FetchWordingKey = 'provisioning';

const TLS_SETTINGS = 'Settings › Network and security › Secure connection (TLS)';

/**
 * A socket/TLS error while talking to `server` (a URL without credentials), classified by
 * net/connection-error; the wording points at the global TLS settings, which are what the fetch uses.
 */
export function connectionFailure(error: unknown, server: string): HttpsFetchError {
  const problem = classifyConnectionError(error);
  const checkNetwork = (w: FetchWording): string =>
    `Check the ${w.address} and this computer's network connection.`;
  switch (problem?.kind) {
    case 'certificate':
      return new HttpsFetchError(
        'certificate',
        (w) =>
          `The ${w.server} ${server} is not trusted: ${problem.reason} (${problem.code}). Add the PBX certificate under ${TLS_SETTINGS}, or ask your administrator to check the server's certificate.`,
        { cause: error },
        { key: 'fetch.untrusted', params: { url: server, problem: problem.problem, code: problem.code } },
      );
    case 'timeout':
      return new HttpsFetchError(
        'timeout',
        (w) => `The ${w.server} ${server} did not answer in time. Check the address and try again later.`,
        { cause: error },
        { key: 'fetch.timeout', params: { url: server } },
      );
    case 'unreachable':
    case 'network':
      return new HttpsFetchError(
        'unreachable',
        (w) => `Cannot reach ${server}: ${problem.reason}. ${checkNetwork(w)}`,
        { cause: error },
        { key: 'fetch.unreachable', params: { url: server, problem: problem.problem } },
      );
    case 'tls':
      return new HttpsFetchError(
        'unreachable',
        (w) =>
          `The secure connection to ${server} failed (${problem.code}): check the TLS protocol and cipher settings. ${checkNetwork(w)}`,
        { cause: error },
        { key: 'fetch.tls', params: { url: server, code: problem.code } },
      );
    case undefined: {
      const message = error instanceof Error ? error.message : String(error);
      const code = errorCodeOf(error);
      return new HttpsFetchError(
        'unreachable',
        (w) =>
          `The connection to ${server} failed: ${message}${code ? ` (${code})` : ''}. ${checkNetwork(w)}`,
        { cause: error },
        { key: 'fetch.failed', params: { url: server, detail: `${message}${code ? ` (${code})` : ''}` } },
      );
    }
  }
}
