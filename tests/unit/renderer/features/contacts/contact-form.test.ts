import { describe, expect, it } from 'vitest';
import {
  errorTarget,
  fieldsOf,
  formValuesOf,
  newPhoneRow,
} from '../../../../../src/renderer/features/contacts/contact-form';
import { contact } from './fixtures';

describe('contact form values', () => {
  it('round-trips a contact’s fields', () => {
    const view = contact({
      phones: [
        { type: 'mobile', number: '0170 1' },
        { type: 'fax', number: '030 9' },
      ],
    });
    const fields = fieldsOf(formValuesOf(view));
    expect(fields).toEqual({
      firstName: 'Anna',
      lastName: 'Müller',
      displayName: 'Anna Müller',
      company: 'Acme',
      department: '',
      email: '',
      phones: [
        { type: 'mobile', number: '0170 1' },
        { type: 'fax', number: '030 9' },
      ],
    });
    expect(Object.keys(fields)).not.toContain('id');
  });

  it('starts a new contact with one empty phone row and drops empty rows when sending', () => {
    const values = formValuesOf(undefined);
    expect(values.phones).toHaveLength(1);
    values.phones.push(newPhoneRow('home', ' 123 '));
    expect(fieldsOf(values).phones).toEqual([{ type: 'home', number: '123' }]);
  });

  it('maps main’s field names to the inputs on screen, counting only the rows that were sent', () => {
    const values = formValuesOf(undefined);
    const empty = values.phones[0]!;
    const filled = newPhoneRow('work', 'abc');
    values.phones.push(filled);
    expect(errorTarget('phones.0.number', values)).toBe(`phone-${filled.key}-number`);
    expect(errorTarget('lastName', values)).toBe('lastName');
    expect(errorTarget('phones', values)).toBe(`phone-${empty.key}-number`);
    expect(errorTarget('id', values)).toBeUndefined();
    expect(errorTarget(undefined, values)).toBeUndefined();
    expect(empty.key).not.toBe(filled.key);
  });
});
