import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import type { ContactFields } from '../../../../../src/main/contacts/contact';
import { csvImportOf, csvPreviewOf } from '../../../../../src/main/contacts/csv/csv-import-flow';
import type { ContractError } from '../../../../../src/shared/contract';

const csv = 'Vorname;Nachname;Telefon geschäftlich\nJürgen;Müller;+49 30 1234\n;;\nOhne;Nummer;\n';
const base64 = (text: string, encoding = 'utf8') => iconv.encode(text, encoding).toString('base64');

describe('CSV import flow', () => {
  it('previews with the detected encoding, separator and a suggested mapping', () => {
    const preview = csvPreviewOf(base64(csv, 'windows1252'));
    expect(preview).toMatchObject({
      encoding: 'windows1252',
      separator: ';',
      headers: ['Vorname', 'Nachname', 'Telefon geschäftlich'],
      mapping: ['firstName', 'lastName', 'phone:work'],
    });
    expect(preview.rows[0]).toEqual(['Jürgen', 'Müller', '+49 30 1234']);
  });

  it('checks without storing, then stores only the valid rows', () => {
    const stored: ContactFields[][] = [];
    const store = (rows: ContactFields[]) => (stored.push(rows), rows.length);
    const request = {
      data: base64(csv),
      encoding: 'utf8' as const,
      separator: ';' as const,
      mapping: ['firstName' as const, 'lastName' as const, 'phone:work' as const],
      dryRun: true,
    };
    const check = csvImportOf(request, store);
    expect(check).toMatchObject({ imported: 0, validCount: 1, invalidCount: 1, blankCount: 1 });
    expect(check.errors[0]?.message).toMatch(/Row 4/);
    expect(stored).toEqual([]);
    expect(csvImportOf({ ...request, dryRun: false }, store).imported).toBe(1);
    expect(stored[0]?.[0]?.lastName).toBe('Müller');
  });

  it('refuses a mapping without a number column, data that is not base64, and a binary file, with messages', () => {
    const store = () => 0;
    const request = { data: base64(csv), encoding: 'utf8' as const, separator: ';' as const, dryRun: true };
    expect(() => csvImportOf({ ...request, mapping: ['firstName', 'lastName', null] }, store)).toThrow(
      /phone number/,
    );
    expect(() => csvPreviewOf('not base64!')).toThrow(/base64/);
    const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]).toString('base64');
    expect(() => csvPreviewOf(zip)).toThrow();
  });

  it('sends each refusal as a catalogue code with its parameters, the English sentences as message', () => {
    const refusal = (work: () => unknown) => {
      try {
        work();
      } catch (error) {
        return (error as ContractError).toData();
      }
      return expect.fail('not refused');
    };
    const store = () => 0;
    const request = { data: base64(csv), encoding: 'utf8' as const, separator: ';' as const, dryRun: true };
    expect(
      refusal(() => csvImportOf({ ...request, mapping: ['firstName', 'lastName', null] }, store)),
    ).toEqual({
      code: 'VALIDATION',
      message: 'Assign at least one column to a phone number.',
      field: 'mapping',
      text: { key: 'csv.noPhoneColumn', params: {} },
    });
    expect(
      refusal(() => csvImportOf({ ...request, mapping: ['firstName', null, null] }, store)),
    ).toMatchObject({
      message:
        'Assign at least one column to a phone number. Assign at least one column to the last name, the display name or the company.',
      text: { key: 'csv.twoProblems', params: { first: 'noPhoneColumn', second: 'noNameColumn' } },
    });
    const three = refusal(() => csvImportOf({ ...request, mapping: ['firstName'] }, store));
    expect(three).toMatchObject({
      message: `The mapping has 1 entries for 3 columns. ${'Assign at least one column to a phone number.'} Assign at least one column to the last name, the display name or the company.`,
      text: {
        key: 'csv.threeProblems',
        params: { first: 'mappingLength', second: 'noPhoneColumn', third: 'noNameColumn' },
      },
    });
    expect(refusal(() => csvPreviewOf('not base64!'))).toEqual({
      code: 'INVALID_PARAMS',
      message: 'The file data is not base64.',
      field: 'data',
      text: { key: 'csv.notBase64', params: {} },
    });
    const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]).toString('base64');
    expect(refusal(() => csvPreviewOf(zip))).toMatchObject({
      code: 'VALIDATION',
      field: 'data',
      message:
        'This is a spreadsheet workbook (e.g. .xlsx/.xls), not a CSV file. Save it as CSV and import that.',
      text: { key: 'csv.workbook' },
    });
    expect(refusal(() => csvPreviewOf(base64('\n\n')))).toMatchObject({ text: { key: 'csv.empty' } });
    expect(
      refusal(() => csvPreviewOf(Buffer.from([0x41, 0xff, 0xfe, 0x0a]).toString('base64'), 'utf8')),
    ).toMatchObject({
      text: { key: 'csv.notUtf8' },
    });
  });
});
