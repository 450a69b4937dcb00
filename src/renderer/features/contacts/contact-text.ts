import type { ContactSourceView, ContactView } from '../../../shared/contract';

export type ContactPhone = ContactView['phones'][number];

/** The name a contact is listed under: the display name, else first + last name, else the company. */
export function contactName(
  contact: Pick<ContactView, 'displayName' | 'firstName' | 'lastName' | 'company'>,
): string {
  const display = contact.displayName.trim();
  if (display !== '') return display;
  const full = `${contact.firstName} ${contact.lastName}`.trim();
  return full !== '' ? full : contact.company.trim();
}

/** The numbers worth dialling, in the contact's order. */
export function dialableNumbers(contact: Pick<ContactView, 'phones'>): ContactPhone[] {
  return contact.phones.filter((phone) => phone.number.trim() !== '');
}

/** The account a contact is called from: its source's "use this account", else undefined (the default). */
export function accountForSource(
  sources: readonly Pick<ContactSourceView, 'id' | 'useAccountId'>[] | undefined,
  sourceId: string,
): string | undefined {
  const chosen = sources?.find((source) => source.id === sourceId)?.useAccountId ?? '';
  return chosen === '' ? undefined : chosen;
}
