/**
 * A contact as every source delivers it (local, CSV import, LDAP, XML phonebook, Google, Outlook,
 * Windows). Sources map their own records onto this; search and caller ID work on it alone.
 */
export { phoneTypes } from '../../shared/contract/contacts';
import type { phoneTypes } from '../../shared/contract/contacts';
export type PhoneType = (typeof phoneTypes)[number];

export interface ContactPhone {
  type: PhoneType;
  /** As the source has it, for display and dialling ("+49 30 1234-567", "201"). */
  number: string;
}

export interface ContactFields {
  firstName: string;
  lastName: string;
  /** Shown name; when empty the manual derives it: first + last name, else company. */
  displayName: string;
  company: string;
  department: string;
  email: string;
  phones: ContactPhone[];
}

export interface Contact extends ContactFields {
  /** Unique within its source. */
  id: string;
  /** Which source the contact came from, e.g. "local", "ldap:<id>", "xml:<id>". */
  sourceId: string;
}

/** The manual's display name rule: the given one, else first + last name, else the company. */
export function displayNameOf(
  fields: Pick<ContactFields, 'displayName' | 'firstName' | 'lastName' | 'company'>,
): string {
  const given = fields.displayName.trim();
  if (given) return given;
  const name = `${fields.firstName.trim()} ${fields.lastName.trim()}`.trim();
  return name || fields.company.trim();
}

export function emptyContactFields(): ContactFields {
  return { firstName: '', lastName: '', displayName: '', company: '', department: '', email: '', phones: [] };
}
