import type { TFunction } from 'i18next';
import type { ContactRef } from '../../shared/contract';

/** The id main gives the built-in address book (src/main/contacts/local/local-contact-store.ts). */
const localSourceId = 'local';
/** The name main stores for it; a name the user chose instead is shown as they wrote it. */
const storedLocalName = 'Local';

/** A source's name as the user reads it: the built-in address book in their language ("Lokal"). */
export function sourceLabel(t: TFunction, source: Pick<ContactRef, 'sourceId' | 'sourceName'>): string {
  return source.sourceId === localSourceId && source.sourceName === storedLocalName
    ? t('contacts.localSource')
    : source.sourceName;
}
