import type { ContactFields, ContactPhone } from '../contact';
import { displayNameOf, phoneTypes } from '../contact';
import { cleanNumber } from '../search/phone-number-key';
import type { UserText } from '../../../shared/contract/user-text';
import { worded } from '../../i18n/translator';

/** Which field a refusal is about: a ContactFields key, or `phones.<index>.number|type`. */
export type ContactField = keyof ContactFields | `phones.${number}.${'number' | 'type'}`;

/** A contact the manual's rules refuse; the text names the field and says what to do. */
export class ContactValidationError extends Error {
  readonly text: UserText;

  constructor(
    readonly field: ContactField,
    key: UserText['key'],
    params: Record<string, string | number> = {},
  ) {
    const { text, english } = worded(key, params);
    super(english);
    this.name = 'ContactValidationError';
    this.text = text;
  }
}

const maxTextLength = 256;
const maxPhones = 50;
const textFields = ['firstName', 'lastName', 'displayName', 'company', 'department', 'email'] as const;

/**
 * Checks a contact against the manual's rules and returns it cleaned: text trimmed, empty phone
 * rows dropped, the display name derived when empty (first + last name, else company).
 * Rules: at least one phone number; at least one of last name, display name or company.
 */
export function validateContact(fields: ContactFields): ContactFields {
  const clean = { ...fields };
  for (const key of textFields) {
    const value = typeof fields[key] === 'string' ? fields[key].trim() : '';
    if (value.length > maxTextLength) {
      throw new ContactValidationError(key, 'contactRules.tooLong', { field: key, max: maxTextLength });
    }
    clean[key] = value;
  }
  if (!clean.lastName && !clean.displayName && !clean.company) {
    throw new ContactValidationError('lastName', 'contactRules.noName');
  }
  clean.phones = validatePhones(Array.isArray(fields.phones) ? fields.phones : []);
  clean.displayName = displayNameOf(clean);
  return clean;
}

function validatePhones(phones: ContactPhone[]): ContactPhone[] {
  const kept: ContactPhone[] = [];
  phones.forEach((phone, index) => {
    const number = typeof phone.number === 'string' ? phone.number.trim() : '';
    if (number === '') return;
    if (!(phoneTypes as readonly string[]).includes(phone.type)) {
      throw new ContactValidationError(`phones.${index}.type`, 'contactRules.phoneType', {
        phone: index + 1,
        types: phoneTypes.join(', '),
      });
    }
    if (number.length > 64 || !/[0-9]/.test(cleanNumber(number))) {
      throw new ContactValidationError(`phones.${index}.number`, 'contactRules.notANumber', {
        phone: index + 1,
        number: number.slice(0, 64),
      });
    }
    kept.push({ type: phone.type, number });
  });
  if (kept.length === 0) {
    throw new ContactValidationError('phones', 'contactRules.noPhone');
  }
  if (kept.length > maxPhones) {
    throw new ContactValidationError('phones', 'contactRules.tooManyPhones', { max: maxPhones });
  }
  return kept;
}
