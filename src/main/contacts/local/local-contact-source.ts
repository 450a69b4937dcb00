import type { Contact } from '../contact';
import type { ContactSource, ContactSourceFilters, ContactSourceStatus } from '../contact-source';
import { noContactFilters } from '../contact-source';
import type { ContactSearch } from '../search/contact-search';
import { localSourceId } from './local-contact-store';

/**
 * The local address book as a ContactSource. Its contacts always satisfy the manual's rules (a name
 * and a number), so the filters never hide any. Queries are synchronous SQLite reads of a few
 * milliseconds; the signal is checked before they start.
 */
export class LocalContactSource implements ContactSource {
  readonly id = localSourceId;
  readonly kind = 'local' as const;
  readonly enabled = true;
  readonly filters: ContactSourceFilters = noContactFilters;

  constructor(
    private readonly contacts: ContactSearch,
    readonly name = 'Local contacts',
  ) {}

  search(query: string, limit: number, signal?: AbortSignal): Promise<Contact[]> {
    if (signal?.aborted) return Promise.reject(signal.reason as Error);
    return Promise.resolve(
      this.contacts
        .searchLocal(query, limit)
        .map((m) => m.contact)
        .filter((c) => c.sourceId === localSourceId),
    );
  }

  lookupNumber(normalized: string, signal?: AbortSignal): Promise<Contact | undefined> {
    if (signal?.aborted) return Promise.reject(signal.reason as Error);
    const found = this.contacts.callerId(normalized);
    return Promise.resolve(found?.sourceId === localSourceId ? found : undefined);
  }

  status(): ContactSourceStatus {
    return { state: 'ready' };
  }
}
