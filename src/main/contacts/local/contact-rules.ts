import type { ContactFields, ContactPhone } from '../contact';
import { displayNameOf, phoneTypes } from '../contact';
import { cleanNumber } from '../search/phone-number-key';

/** Which field a refusal is about: a ContactFields key, or `phones.<index>.number|type`. */
export type ContactField = keyof ContactFields | `phones.${number}.${'number' | 'type'}`;

/** A contact the manual's rules refuse; `message` names the field and says what to do. */
export class ContactValidationError extends Error {
  constructor(
    readonly field: ContactField,
    message: string,
  ) {
    super(message);
    this.name = 'ContactValidationError';
  }
}

const maxTextLength = 256;
const maxPhones = 50;
const textFields = ['firstName', 'lastName', 'displayName', 'company', 'department', 'email'] as const;
const labels: Record<(typeof textFields)[number], string> = {
  firstName: 'First name',
  lastName: 'Last name',
  displayName: 'Display name',
  company: 'Company',
  department: 'Department',
  email: 'E-mail',
};

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
      throw new ContactValidationError(
        key,
        `${labels[key]} is too long (at most ${maxTextLength} characters).`,
      );
    }
    clean[key] = value;
  }
  if (!clean.lastName && !clean.displayName && !clean.company) {
    throw new ContactValidationError(
      'lastName',
      'Enter a last name, a display name or a company: a contact needs at least one of them.',
    );
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
      throw new ContactValidationError(
        `phones.${index}.type`,
        `Phone ${index + 1}: choose a type (${phoneTypes.join(', ')}).`,
      );
    }
    if (number.length > 64 || !/[0-9]/.test(cleanNumber(number))) {
      throw new ContactValidationError(
        `phones.${index}.number`,
        `Phone ${index + 1}: "${number.slice(0, 64)}" is not a phone number. Use digits, spaces, + - ( ) / * #.`,
      );
    }
    kept.push({ type: phone.type, number });
  });
  if (kept.length === 0) {
    throw new ContactValidationError('phones', 'Enter at least one phone number.');
  }
  if (kept.length > maxPhones) {
    throw new ContactValidationError('phones', `A contact can have at most ${maxPhones} phone numbers.`);
  }
  return kept;
}
