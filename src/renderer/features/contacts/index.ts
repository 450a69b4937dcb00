/** The public entry of features/contacts: all that app/ and other features import from it. */
export { ContactFormDialog } from './ContactFormDialog';
export type { ContactFormTarget } from './ContactFormDialog';
export { ContactsPanel } from './ContactsPanel';
export { EditIcon } from './contact-icons';
export { accountForSource, contactName } from './contact-text';
export { dialsTopHit } from './search-enter';
export { useContactSearch } from './use-contact-search';
export type { ContactSearch } from './use-contact-search';
export { useContactSources } from './use-contact-sources';
export { useContactsRevision } from './use-contacts-revision';
