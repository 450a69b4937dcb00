import { describe, expect, it } from 'vitest';
import type { ContactFields } from '../../../../../src/main/contacts/contact';
import { emptyContactFields } from '../../../../../src/main/contacts/contact';
import {
  ContactValidationError,
  validateContact,
} from '../../../../../src/main/contacts/local/contact-rules';
import { ContactImportError } from '../../../../../src/main/contacts/local/local-contact-store';
import { translate } from '../../../../../src/main/i18n/translator';

function refusal(fields: Partial<ContactFields>): ContactValidationError {
  try {
    validateContact({ ...emptyContactFields(), ...fields });
  } catch (error) {
    if (error instanceof ContactValidationError) return error;
    throw error;
  }
  throw new Error('the contact was accepted');
}

const german = (error: { text: { key: string; params?: Record<string, string | number> } }): string =>
  translate('de', `codes.${error.text.key}`, error.text.params);

describe('a contact the rules refuse travels as a catalogue code', () => {
  it('a text field too long names the field in the UI language', () => {
    const error = refusal({ company: 'x'.repeat(300), phones: [{ type: 'work', number: '1' }] });
    expect(error).toMatchObject({
      field: 'company',
      text: { key: 'contactRules.tooLong', params: { field: 'company', max: 256 } },
    });
    expect(error.message).toBe('Company is too long (at most 256 characters).');
    expect(german(error)).toBe('Firma ist zu lang (höchstens 256 Zeichen).');
  });

  it('a number that is not one keeps the number and its position as parameters', () => {
    const error = refusal({ lastName: 'Meier', phones: [{ type: 'work', number: 'abc' }] });
    expect(error.text).toEqual({ key: 'contactRules.notANumber', params: { phone: 1, number: 'abc' } });
    expect(error.message).toBe('Phone 1: "abc" is not a phone number. Use digits, spaces, + - ( ) / * #.');
    expect(german(error)).toMatch(/^Telefon 1: „abc“ ist keine Telefonnummer/);
  });

  it('a contact without name or number says what is missing, in German too', () => {
    expect(german(refusal({ phones: [{ type: 'work', number: '1' }] }))).toMatch(
      /^Geben Sie einen Nachnamen/,
    );
    expect(german(refusal({ lastName: 'Meier' }))).toBe('Geben Sie mindestens eine Telefonnummer ein.');
  });

  it('an import row refused names the row and nests the reason with its parameters', () => {
    const row = new ContactImportError(
      4,
      refusal({ company: 'x'.repeat(300), phones: [{ type: 'work', number: '1' }] }),
    );
    expect(row.message).toBe('Row 5: Company is too long (at most 256 characters). Nothing was imported.');
    expect(german(row)).toBe(
      'Zeile 5: Firma ist zu lang (höchstens 256 Zeichen). Es wurde nichts importiert.',
    );
  });
});
