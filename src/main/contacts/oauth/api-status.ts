import type { CloudContactsError } from './cloud-contacts-error';
import { cloudError } from './cloud-contacts-error';

/** An API answer that is neither success nor one the client handles itself (401, expired sync state). */
export function apiStatusError(serviceName: string, host: string, status: number): CloudContactsError {
  if (status === 403) {
    return cloudError('auth', 'cloud.apiForbidden', { service: serviceName, host });
  }
  if (status === 429) {
    return cloudError('server', 'cloud.apiRateLimited', { service: serviceName, host });
  }
  return cloudError('server', 'cloud.apiStatus', { service: serviceName, host, status });
}

/** The API answered 200 with a body that is not what its documentation describes. */
export function malformedAnswer(serviceName: string, host: string, what: string): CloudContactsError {
  return cloudError('invalid', 'cloud.apiMalformed', { service: serviceName, host, what });
}
