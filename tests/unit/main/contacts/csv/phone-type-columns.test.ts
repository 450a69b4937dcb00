import { describe, expect, it } from 'vitest';
import { importRows } from '../../../../../src/main/contacts/csv/import-rows';
import type { CsvMapping } from '../../../../../src/main/contacts/csv/mapping';
import { parseCsv } from '../../../../../src/main/contacts/csv/parse';
import {
  labelFor,
  phoneTypeColumns,
  phoneTypeOfLabel,
} from '../../../../../src/main/contacts/csv/phone-type-columns';

describe('phoneTypeOfLabel', () => {
  it("reads Google's labels, the primary mark and German labels", () => {
    expect(phoneTypeOfLabel('Mobile')).toBe('mobile');
    expect(phoneTypeOfLabel('* Mobile')).toBe('mobile');
    expect(phoneTypeOfLabel('Work')).toBe('work');
    expect(phoneTypeOfLabel('home')).toBe('home');
    expect(phoneTypeOfLabel('Work Fax')).toBe('fax');
    expect(phoneTypeOfLabel('Main')).toBe('other');
    expect(phoneTypeOfLabel('Mobil')).toBe('mobile');
    expect(phoneTypeOfLabel('Geschäftlich')).toBe('work');
    expect(phoneTypeOfLabel('Privat')).toBe('home');
    expect(phoneTypeOfLabel('Fax privat')).toBe('fax');
    expect(phoneTypeOfLabel('Lieferdienst')).toBeUndefined();
    expect(phoneTypeOfLabel('')).toBeUndefined();
  });

  it('gives each number of a " ::: " cell its own label, or the only one', () => {
    expect(labelFor('Mobile ::: Work', 1)).toBe('Work');
    expect(labelFor('Mobile', 1)).toBe('Mobile');
    expect(labelFor('Mobile ::: Work', 2)).toBe('');
  });
});

describe('phoneTypeColumns', () => {
  it('pairs "Phone N - Type" with "Phone N - Value", whatever the order', () => {
    const headers = ['Name', 'Phone 2 - Value', 'Phone 1 - Type', 'Phone 1 - Value', 'Phone 2 - Type'];
    const mapping: CsvMapping = ['displayName', 'phone:other', 'phoneType', 'phone:other', 'phoneType'];
    expect(phoneTypeColumns(headers, mapping)).toEqual(
      new Map([
        [3, 2],
        [1, 4],
      ]),
    );
  });

  it('pairs a type column with the phone column beside it when the headers do not match', () => {
    expect(phoneTypeColumns(['Name', 'Art', 'Nummer'], ['displayName', 'phoneType', 'phone:work'])).toEqual(
      new Map([[2, 1]]),
    );
    expect(phoneTypeColumns(['Name', 'Nummer', 'Art'], ['displayName', 'phone:work', 'phoneType'])).toEqual(
      new Map([[1, 2]]),
    );
  });
});

describe('importRows with a phone type column', () => {
  it('types each number by its label, and falls back to the column type for an unknown or empty label', () => {
    const csv = [
      'Name,Phone 1 - Type,Phone 1 - Value,Phone 2 - Type,Phone 2 - Value',
      'Eva,* Mobile,0171 1,Work,030 2',
      'Max,Mobile ::: Home,0171 3 ::: 030 4,,0301 5',
      'Ida,Lieferdienst,0171 6,,',
    ].join('\n');
    const mapping: CsvMapping = ['displayName', 'phoneType', 'phone:other', 'phoneType', 'phone:work'];
    const result = importRows(parseCsv(csv, ','), mapping);
    expect(result.errors).toEqual([]);
    expect(result.contacts.map((contact) => contact.phones)).toEqual([
      [
        { type: 'mobile', number: '0171 1' },
        { type: 'work', number: '030 2' },
      ],
      [
        { type: 'mobile', number: '0171 3' },
        { type: 'home', number: '030 4' },
        { type: 'work', number: '0301 5' },
      ],
      [{ type: 'other', number: '0171 6' }],
    ]);
  });
});
