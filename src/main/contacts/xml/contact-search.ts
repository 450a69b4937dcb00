/**
 * The simple search an XML phonebook offers over its cached contacts: names case- and
 * diacritics-insensitively ("muller" finds "Müller"), numbers by their digits ("030 1234" finds
 * "+49 30 1234-0" only if the digits are contained, so "301234" works too).
 */
import type { Contact } from '../contact';
import { foldGerman } from '../search/fold';

/** Lower case without accents; ß as ss. */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/ß/g, 'ss');
}

/** A name contains the query when either fold of the name holds the query's German fold (#13). */
function nameContains(name: string, germanQuery: string): boolean {
  return foldForSearch(name).includes(germanQuery) || foldGerman(name).includes(germanQuery);
}

export function digitsOf(text: string): string {
  return text.replace(/\D/g, '');
}

/** A query made only of what a phone number is written with. */
const NUMBER_LIKE = /^[\d\s+\-/().]+$/;

export function contactMatches(contact: Contact, query: string): boolean {
  const folded = foldForSearch(query.trim());
  if (!folded) return true;
  const names = [
    contact.displayName,
    contact.firstName,
    contact.lastName,
    contact.company,
    contact.department,
  ];
  const germanQuery = foldGerman(query.trim());
  if (names.some((name) => nameContains(name, germanQuery))) return true;
  if (NUMBER_LIKE.test(folded)) {
    const digits = digitsOf(folded);
    return digits !== '' && contact.phones.some((phone) => digitsOf(phone.number).includes(digits));
  }
  return false;
}

export function searchContacts(contacts: readonly Contact[], query: string, limit: number): Contact[] {
  const found: Contact[] = [];
  for (const contact of contacts) {
    if (found.length >= limit) break;
    if (contactMatches(contact, query)) found.push(contact);
  }
  return found;
}
