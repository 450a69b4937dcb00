import type { UserText } from '../../../shared/contract/user-text';
import { worded } from '../../i18n/translator';

/**
 * Why talking to a cloud address book (Google Contacts, Outlook/Microsoft 365) failed. `code` is
 * stable, the UI translates it; `message` is one English sentence naming the service and what to do,
 * for the log and as fallback text. Neither ever contains a token, a code or a client secret.
 *
 * - config: the softphone is not set up for the service (no client id).
 * - auth: the service refused our credentials or the user declined access; sign in again.
 * - revoked: the refresh token was revoked or expired (`invalid_grant`); sign in again.
 * - network: the service could not be reached (DNS, refused, reset, timeout of one request).
 * - server: the service answered with an error of its own (5xx, 429, unexpected status).
 * - invalid: the answer was not what the published API returns (malformed JSON, missing fields).
 * - timeout: the browser sign-in was not finished in time.
 * - cancelled: the sign-in was aborted by the app.
 */
export type CloudContactsErrorCode =
  'config' | 'auth' | 'revoked' | 'network' | 'server' | 'invalid' | 'timeout' | 'cancelled';

export class CloudContactsError extends Error {
  /** The same as a catalogue code, for the UI language. */
  readonly text: UserText | undefined;

  constructor(
    readonly code: CloudContactsErrorCode,
    message: string,
    options?: ErrorOptions & { text?: UserText },
  ) {
    super(message, options);
    this.name = 'CloudContactsError';
    this.text = options?.text;
  }
}

/** A failure told as a catalogue code (`cloud.<key>`); its message is the code's English text. */
export function cloudError(
  code: CloudContactsErrorCode,
  key: UserText['key'],
  params: Record<string, string | number>,
  options?: ErrorOptions,
): CloudContactsError {
  const { text, english } = worded(key, params);
  return new CloudContactsError(code, english, { ...options, text });
}
