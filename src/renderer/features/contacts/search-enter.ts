import type { ContactView } from '../../../shared/contract';
import { dialableNumbers } from './contact-text';

/** A typed name, not a number or SIP address: it has a letter and no '@' or ':' (sip:, tel:). */
export function looksLikeName(text: string): boolean {
  const trimmed = text.trim();
  return /\p{L}/u.test(trimmed) && !/[@:]/.test(trimmed);
}

/**
 * What Enter in the search field calls when the text is a name: the first hit's first number, once
 * the search for exactly this text has answered. Undefined: dial the text itself.
 */
export function dialsTopHit(
  text: string,
  search: { query: string; result: { hits: readonly { contact: ContactView }[] } | undefined },
): { contact: ContactView; number: string } | undefined {
  if (!looksLikeName(text) || search.query !== text.trim()) return undefined;
  const contact = search.result?.hits[0]?.contact;
  const number = contact === undefined ? undefined : dialableNumbers(contact)[0]?.number;
  return contact === undefined || number === undefined ? undefined : { contact, number };
}
