/**
 * The provisioning file fetched with the shared HTTPS fetcher (src/main/net/https), its failures
 * turned into ProvisioningFetchError with provisioning's wording.
 */
import type { FetchedFile, FetchRequest } from '../../net/https/https-fetcher';
import { fetchHttpsFile } from '../../net/https/https-fetcher';
import type { FetchUrl } from '../../net/https/https-url';
import { parseFetchUrl } from '../../net/https/https-url';
import { asProvisioningFetchError } from './provisioning-fetch-error';

export type { FetchedFile, FetchRequest } from '../../net/https/https-fetcher';
export { ProvisioningFetchError } from './provisioning-fetch-error';

/** Throws ProvisioningFetchError. */
export async function fetchProvisioningFile(request: FetchRequest): Promise<FetchedFile> {
  try {
    return await fetchHttpsFile(request);
  } catch (error) {
    throw asProvisioningFetchError(error);
  }
}

/** The fetcher's first step (https, or http only when allowed); throws ProvisioningFetchError. */
export function parseProvisioningUrl(text: string, allowInsecureHttp: boolean): FetchUrl {
  try {
    return parseFetchUrl(text, allowInsecureHttp);
  } catch (error) {
    throw asProvisioningFetchError(error);
  }
}
