import { AndFilter, EqualityFilter, OrFilter, SubstringFilter, type Filter } from 'ldapts';
import type { Contact } from '../contact';
import { lookupKeys, phoneKeysOf } from '../search/phone-number-key';
import type { LdapAttributeMap } from './ldap-config';

/**
 * Caller ID against a directory. Directories store numbers as people typed them ("+49 30 1234567",
 * "030/123 45 67", "(030) 1234-567", "201"), so an equality filter on the E.164 key misses most.
 * Instead the directory is asked for candidates whose phone attributes contain the key's last
 * digits, and each candidate is checked here by comparing phone-number keys (phone-number-key.ts).
 *
 * Two filters, tried in order until a candidate checks out:
 * 1. the tail as one substring: telephoneNumber's substring rule ignores spaces and hyphens
 *    (RFC 4517 §4.2.30), so this finds "+49 30 123-4567" and can use a substring index;
 * 2. the tail's digits in order with anything between them: for separators the rule keeps
 *    ("030/123 45 67" → "/" and, in Active Directory's plain-string attributes, spaces too).
 *    It matches more entries by chance, which is why it only runs when the first found nothing.
 * Filters are ldapts filter objects (BER on the wire), so nothing here is ever parsed as filter text.
 */

/** How many trailing digits the directory is asked for; 7 keeps chance matches rare. */
export const LOOKUP_TAIL_DIGITS = 7;
/** Candidates read per filter; verification picks among them. */
export const LOOKUP_CANDIDATES = 25;

function digitsOnly(normalized: string): string {
  return normalized.replace(/\D/g, '');
}

/** The filters to try for a caller-ID key, best first; empty when the key has no digits. */
export function numberLookupFilters(
  normalized: string,
  attributes: LdapAttributeMap,
  tailDigits = LOOKUP_TAIL_DIGITS,
): Filter[] {
  const digits = digitsOnly(normalized);
  const phoneAttributes = [...new Set(attributes.phones.map((phone) => phone.attribute))];
  if (digits === '' || phoneAttributes.length === 0) return [];
  const tail = digits.slice(-tailDigits);
  const restrict = (byPhone: Filter): Filter => withObjectClasses(byPhone, attributes.objectClasses);
  if (digits.length < tailDigits) {
    // an extension ("201"): the stored number ends with it; a contains-match would find every
    // number with "201" somewhere in it
    return [
      restrict(anyAttribute(phoneAttributes, (attribute) => new SubstringFilter({ attribute, final: tail }))),
    ];
  }
  return [
    restrict(anyAttribute(phoneAttributes, (attribute) => new SubstringFilter({ attribute, any: [tail] }))),
    restrict(
      anyAttribute(phoneAttributes, (attribute) => new SubstringFilter({ attribute, any: [...tail] })),
    ),
  ];
}

function anyAttribute(attributes: string[], make: (attribute: string) => Filter): Filter {
  const filters = attributes.map(make);
  return filters.length === 1 ? filters[0]! : new OrFilter({ filters });
}

function withObjectClasses(filter: Filter, objectClasses: string[]): Filter {
  if (objectClasses.length === 0) return filter;
  const byClass = objectClasses.map((value) => new EqualityFilter({ attribute: 'objectClass', value }));
  return new AndFilter({
    filters: [byClass.length === 1 ? byClass[0]! : new OrFilter({ filters: byClass }), filter],
  });
}

/**
 * The first candidate with a phone whose key is one of the caller-ID key's lookup keys
 * (E.164, the digits as sent, the national form), or undefined.
 */
export function contactWithNumber(
  candidates: readonly Contact[],
  normalized: string,
  defaultCountry: string,
): Contact | undefined {
  const wanted = new Set(lookupKeys(normalized, defaultCountry));
  if (wanted.size === 0) return undefined;
  return candidates.find((contact) =>
    contact.phones.some((phone) => wanted.has(phoneKeysOf(phone.number, defaultCountry).normalized)),
  );
}
