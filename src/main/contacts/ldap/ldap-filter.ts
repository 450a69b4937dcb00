import { AndFilter, EqualityFilter, OrFilter, PresenceFilter, SubstringFilter, type Filter } from 'ldapts';
import type { LdapAttributeMap } from './ldap-config';

/**
 * Search filters for the directory, built from what the user typed.
 *
 * The filter is built from ldapts' filter classes, which are sent as BER (RFC 4511 §4.5.1.7):
 * every typed value travels as an opaque assertion value, so `*`, `(`, `)` and `\` in a query are
 * literal characters and can never change the filter's structure. String escaping is only needed
 * for the text form (logs, diagnostics), which `escapeFilterValue` produces per RFC 4515 §3.
 * Note ldapts' own Filter.escape (used by its toString) escapes `* ( ) \ NUL` but leaves
 * non-ASCII characters raw; ours also escapes every non-ASCII UTF-8 byte so the text is ASCII.
 */

/** Queries longer than this are cut: a name or number never needs more, a filter stays small. */
export const MAX_QUERY_LENGTH = 100;
/** More words than this are ignored, each word adds an OR over all search attributes. */
export const MAX_QUERY_WORDS = 6;

/** RFC 4515 §3 value escaping: `* ( ) \ NUL` and every byte outside printable ASCII as `\xx`. */
export function escapeFilterValue(value: string): string {
  let out = '';
  for (const byte of Buffer.from(value, 'utf8')) {
    const special = byte === 0x2a || byte === 0x28 || byte === 0x29 || byte === 0x5c;
    out +=
      special || byte < 0x20 || byte >= 0x7f
        ? `\\${byte.toString(16).padStart(2, '0')}`
        : String.fromCharCode(byte);
  }
  return out;
}

/** Text form of a filter with our escaping (ASCII only), for logs. */
export function filterToString(filter: Filter): string {
  if (filter instanceof AndFilter || filter instanceof OrFilter) {
    const op = filter instanceof AndFilter ? '&' : '|';
    return `(${op}${filter.filters.map(filterToString).join('')})`;
  }
  if (filter instanceof SubstringFilter) {
    const parts = [filter.initial, ...filter.any, filter.final].map(escapeFilterValue);
    return `(${filter.attribute}=${parts.join('*')})`;
  }
  if (filter instanceof PresenceFilter) return `(${filter.attribute}=*)`;
  if (filter instanceof EqualityFilter) {
    const value = typeof filter.value === 'string' ? filter.value : filter.value.toString('utf8');
    return `(${filter.attribute}=${escapeFilterValue(value)})`;
  }
  return filter.toString();
}

export interface LdapQuery {
  /** Words, each must match one of the search attributes. */
  words: string[];
  /** The digits of a number-like query ("+49 30 1234" → "49301234"), else undefined. */
  digits?: string;
}

/** Characters a typed phone number may contain besides digits. */
const PHONE_CHARS = /^[\d\s+\-/().]+$/;

/** Normalises user input: control characters dropped, whitespace collapsed, length capped. */
export function parseLdapQuery(input: string): LdapQuery {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what we remove
  const cleaned = input.replace(/[\u0000-\u001f\u007f]/g, ' ').slice(0, MAX_QUERY_LENGTH);
  const words = cleaned.split(/\s+/).filter(Boolean).slice(0, MAX_QUERY_WORDS);
  const trimmed = cleaned.trim();
  const digits = trimmed.replace(/\D/g, '');
  const isNumber = digits.length > 0 && PHONE_CHARS.test(trimmed);
  return isNumber ? { words, digits } : { words };
}

function anyOf(attributes: string[], value: string): Filter {
  const filters = attributes.map((attribute) => new SubstringFilter({ attribute, any: [value] }));
  return filters.length === 1 ? filters[0]! : new OrFilter({ filters });
}

function allOf(filters: Filter[]): Filter {
  return filters.length === 1 ? filters[0]! : new AndFilter({ filters });
}

/**
 * The filter for a query: every word as a substring of a name attribute; a number-like query
 * also as a substring of a phone attribute (its digits only: telephoneNumber's substring rule
 * ignores spaces and hyphens, RFC 4517 §4.2.30, so "301234" finds "+49 30 1234567").
 * An empty query lists the directory (the caller's limit applies).
 */
export function buildSearchFilter(input: string, attributes: LdapAttributeMap): Filter {
  const query = parseLdapQuery(input);
  const parts: Filter[] = [];
  if (attributes.objectClasses.length > 0) {
    parts.push(
      new OrFilter({
        filters: attributes.objectClasses.map(
          (value) => new EqualityFilter({ attribute: 'objectClass', value }),
        ),
      }),
    );
  }
  const byName =
    query.words.length > 0 ? allOf(query.words.map((word) => anyOf(attributes.search, word))) : undefined;
  const phoneAttributes = [...new Set(attributes.phones.map((phone) => phone.attribute))];
  const byPhone =
    query.digits && phoneAttributes.length > 0 ? anyOf(phoneAttributes, query.digits) : undefined;
  if (byName && byPhone) parts.push(new OrFilter({ filters: [byName, byPhone] }));
  else if (byName) parts.push(byName);
  if (parts.length === 0) {
    // no object class restriction and no words: any entry that has a name
    return anyOfPresent(attributes.search);
  }
  return allOf(parts);
}

function anyOfPresent(attributes: string[]): Filter {
  return new OrFilter({
    filters: attributes.map((attribute) => new PresenceFilter({ attribute })),
  });
}
