import type { Entry } from 'ldapts';
import { emptyContactFields, type Contact, type ContactPhone } from '../contact';
import type { LdapAttributeMap } from './ldap-config';

/** The contract's bound on a contact id (src/shared/contract/contacts.ts). */
const MAX_DN_LENGTH = 8192;

/**
 * Maps a directory entry onto a Contact. A directory is outside our control, so nothing here
 * trusts the answer: missing attributes give empty fields, binary or control-character values
 * are dropped, long values are cut and the number of values per attribute is capped.
 */

/** Longest text value kept (names, company, mail); longer ones are cut. */
export const MAX_TEXT_LENGTH = 256;
/** Longest phone number kept; a longer value is not a phone number. */
export const MAX_PHONE_LENGTH = 64;
/** Values read per attribute and phones per contact. */
export const MAX_VALUES_PER_ATTRIBUTE = 20;
export const MAX_PHONES = 30;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** One value as clean text, or undefined when it is binary or not text. */
function textOf(value: unknown): string | undefined {
  let text: string;
  if (typeof value === 'string') text = value;
  else if (Buffer.isBuffer(value)) {
    try {
      text = utf8.decode(value);
    } catch {
      return undefined;
    }
  } else return undefined;
  // U+FFFD means ldapts decoded bytes that were not UTF-8: binary data, not a name or number
  // eslint-disable-next-line no-control-regex -- control characters mark binary values
  if (text.includes('\uFFFD') || /[\u0000-\u0008\u000e-\u001f\u007f]/.test(text)) return undefined;
  return text.replace(/\s+/g, ' ').trim();
}

/** Attribute values by lower-case name: LDAP attribute names are case-insensitive (RFC 4512 §2.5). */
function indexEntry(entry: Entry): Map<string, unknown[]> {
  const index = new Map<string, unknown[]>();
  for (const [name, raw] of Object.entries(entry)) {
    if (name === 'dn') continue;
    const values: unknown[] = Array.isArray(raw) ? raw : [raw];
    const key = name.toLowerCase();
    index.set(key, [...(index.get(key) ?? []), ...values]);
  }
  return index;
}

function valuesOf(index: Map<string, unknown[]>, attribute: string): string[] {
  const values = (index.get(attribute.toLowerCase()) ?? []).slice(0, MAX_VALUES_PER_ATTRIBUTE);
  return values.map(textOf).filter((text): text is string => Boolean(text));
}

function firstOf(index: Map<string, unknown[]>, attributes: string[]): string {
  for (const attribute of attributes) {
    const value = valuesOf(index, attribute)[0];
    if (value) return value.slice(0, MAX_TEXT_LENGTH);
  }
  return '';
}

function phonesOf(index: Map<string, unknown[]>, attributes: LdapAttributeMap): ContactPhone[] {
  const phones: ContactPhone[] = [];
  const seen = new Set<string>();
  for (const { attribute, type } of attributes.phones) {
    for (const number of valuesOf(index, attribute)) {
      if (number.length > MAX_PHONE_LENGTH || !/\d/.test(number)) continue;
      const key = `${type}\u0000${number}`;
      if (seen.has(key) || phones.length >= MAX_PHONES) continue;
      seen.add(key);
      phones.push({ type, number });
    }
  }
  return phones;
}

/** The Contact for an entry, or undefined when the entry has no DN or nothing to show. */
export function contactFromEntry(
  entry: Entry,
  sourceId: string,
  attributes: LdapAttributeMap,
): Contact | undefined {
  const dn = typeof entry.dn === 'string' ? entry.dn : '';
  // the DN is the contact's id and can't be shortened; one longer than the contract allows is skipped
  if (!dn || dn.length > MAX_DN_LENGTH) return undefined;
  const index = indexEntry(entry);
  const contact: Contact = {
    ...emptyContactFields(),
    id: dn,
    sourceId,
    firstName: firstOf(index, attributes.firstName),
    lastName: firstOf(index, attributes.lastName),
    displayName: firstOf(index, attributes.displayName),
    company: firstOf(index, attributes.company),
    department: firstOf(index, attributes.department),
    email: firstOf(index, attributes.email),
    phones: phonesOf(index, attributes),
  };
  const empty =
    !contact.displayName &&
    !contact.firstName &&
    !contact.lastName &&
    !contact.company &&
    contact.phones.length === 0;
  return empty ? undefined : contact;
}

/** Every attribute the mapping reads, for the search request. */
export function requestedAttributes(attributes: LdapAttributeMap): string[] {
  const names = [
    ...attributes.firstName,
    ...attributes.lastName,
    ...attributes.displayName,
    ...attributes.company,
    ...attributes.department,
    ...attributes.email,
    ...attributes.phones.map((phone) => phone.attribute),
  ];
  return [...new Set(names)];
}
