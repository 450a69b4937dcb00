/**
 * Turning a cloud record's values into contact fields, the same way for Google and Outlook: only
 * strings count, control and bidi-override characters go, lengths are bounded, so a hostile or broken
 * answer cannot put huge or invisible text into the list and caller ID.
 */
import { cleanField } from '../csv/clean-text';
import type { ContactPhone, PhoneType } from '../contact';

const MAX_FIELD_CHARS = 256;
const MAX_NUMBER_CHARS = 64;
const MAX_PHONES = 20;

/** A cleaned one-line text, '' for anything that is not a string. */
export function textOf(value: unknown): string {
  return typeof value === 'string' ? cleanField(value).slice(0, MAX_FIELD_CHARS) : '';
}

/** Collects phones in order, skipping empty, overlong and repeated numbers. */
export class PhoneList {
  private readonly phones: ContactPhone[] = [];
  private readonly seen = new Set<string>();

  add(type: PhoneType, value: unknown): void {
    const number = typeof value === 'string' ? cleanField(value) : '';
    if (!number || number.length > MAX_NUMBER_CHARS || this.phones.length >= MAX_PHONES) return;
    const key = number.replace(/[^\d+*#]/g, '');
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.phones.push({ type, number });
  }

  list(): ContactPhone[] {
    return this.phones;
  }
}
