import type { ProvisioningFailureCode } from '../../../shared/contract/provisioning';
import type { UserText } from '../../../shared/contract/user-text';
import type { FetchWording } from '../../net/https/https-fetch-error';
import { HttpsFetchError } from '../../net/https/https-fetch-error';

/** Why fetching the provisioning file failed: a code for the UI and one English sentence for the user. */
export class ProvisioningFetchError extends Error {
  constructor(
    readonly code: ProvisioningFailureCode,
    message: string,
    options?: ErrorOptions,
    /** The same as a catalogue code, where the fetch failure has one. */
    readonly text?: UserText,
  ) {
    super(message, options);
    this.name = 'ProvisioningFetchError';
  }
}

/** Where plain-http provisioning is allowed (functions.provisioning.allowInsecureHttp), for messages. */
export const ALLOW_INSECURE_HTTP_SETTING =
  'Settings › Accounts › Provisioning › "Allow unencrypted HTTP for provisioning"';

export const PROVISIONING_WORDING: FetchWording = {
  server: 'provisioning server',
  file: 'provisioning file',
  address: 'provisioning address',
  allowInsecureHttpSetting: ALLOW_INSECURE_HTTP_SETTING,
};

/** A fetch failure in provisioning's words; other errors pass unchanged. */
export function asProvisioningFetchError(error: unknown): unknown {
  if (!(error instanceof HttpsFetchError)) return error;
  // every fetch code is a provisioning failure code of the same meaning
  const code: ProvisioningFailureCode = error.code;
  return new ProvisioningFetchError(
    code,
    error.describe(PROVISIONING_WORDING),
    { cause: error },
    error.textFor('provisioning'),
  );
}
