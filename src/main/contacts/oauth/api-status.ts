import { CloudContactsError } from './cloud-contacts-error';

/** An API answer that is neither success nor one the client handles itself (401, expired sync state). */
export function apiStatusError(serviceName: string, host: string, status: number): CloudContactsError {
  if (status === 403) {
    return new CloudContactsError(
      'auth',
      `${serviceName}: ${host} refused access to the contacts (HTTP 403). Sign in again and allow the softphone to read your contacts.`,
    );
  }
  if (status === 429) {
    return new CloudContactsError(
      'server',
      `${serviceName}: ${host} is limiting requests (HTTP 429). The contacts are synced again later.`,
    );
  }
  return new CloudContactsError(
    'server',
    `${serviceName}: ${host} answered with HTTP ${status}. Try again later.`,
  );
}

/** The API answered 200 with a body that is not what its documentation describes. */
export function malformedAnswer(serviceName: string, host: string, what: string): CloudContactsError {
  return new CloudContactsError(
    'invalid',
    `${serviceName}: ${host} sent ${what}, not what its API documents. Try again later; if it persists, report it.`,
  );
}
