import type { ProvisioningFailureCode } from '../../../shared/contract/provisioning';
import { describeConnectionError } from '../../sip/transport/transport-failure';

/** Why fetching the provisioning file failed: a code for the UI and one English sentence for the user. */
export class ProvisioningFetchError extends Error {
  constructor(
    readonly code: ProvisioningFailureCode,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = 'ProvisioningFetchError';
  }
}

const TLS_SETTINGS = 'Settings › Advanced › TLS';

/** Where plain-http provisioning is allowed (functions.provisioning.allowInsecureHttp), for messages. */
export const ALLOW_INSECURE_HTTP_SETTING =
  'Settings › Functions › Provisioning › "Allow unencrypted HTTP for provisioning"';

/**
 * A socket/TLS error while talking to `server` (a URL without credentials) in the words of a
 * provisioning failure. The classification is the SIP transport's; the wording points at the
 * global TLS settings, which are what the provisioning fetch uses.
 */
export function connectionFailure(error: unknown, server: string): ProvisioningFetchError {
  const failure = describeConnectionError(error, server);
  switch (failure.code) {
    case 'certificate': {
      // "<server> is not trusted: <reason> (<CODE>). Import …": keep the reason, use our advice
      const reason = /is not trusted: (.*)\. Import/.exec(failure.detail)?.[1] ?? failure.detail;
      return new ProvisioningFetchError(
        'certificate',
        `The provisioning server ${server} is not trusted: ${reason}. Add the PBX certificate under ${TLS_SETTINGS}, or ask your administrator to check the server's certificate.`,
        { cause: error },
      );
    }
    case 'timeout':
      return new ProvisioningFetchError(
        'timeout',
        `The provisioning server ${server} did not answer in time. Check the address and try again later.`,
        { cause: error },
      );
    case 'unreachable':
    case 'network':
      return new ProvisioningFetchError(
        'unreachable',
        `${failure.detail} Check the provisioning address and this computer's network connection.`,
        { cause: error },
      );
    default:
      return new ProvisioningFetchError(
        'unreachable',
        `The connection to the provisioning server ${server} failed. Check the address and the TLS settings under ${TLS_SETTINGS}.`,
        { cause: error },
      );
  }
}
