/** The whole path as the import dialog drives it: bytes → text → table → mapping → contacts. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeCsv } from '../../../../../src/main/contacts/csv/decode';
import { importRows } from '../../../../../src/main/contacts/csv/import-rows';
import { suggestMapping } from '../../../../../src/main/contacts/csv/mapping';
import { parseCsv, preview } from '../../../../../src/main/contacts/csv/parse';

const fixtures = join(__dirname, '../../../../fixtures/contacts/csv');

function importBytes(bytes: Uint8Array) {
  const table = parseCsv(decodeCsv(bytes));
  return importRows(table, suggestMapping(table.headers));
}

describe('CSV import end to end', () => {
  it('imports a German Outlook export in Windows-1252 with semicolons', () => {
    const csv = [
      '"Vorname";"Nachname";"Firma";"Abteilung";"Telefon geschäftlich";"Mobiltelefon";"E-Mail-Adresse"',
      '"Jürgen";"Müller";"Bäckerei € GmbH";"Vertrieb";"+49 30 1234-567";"";"jm@example.de"',
      '"";"";"Zentrale";"";"";"";""',
    ].join('\r\n');
    const result = importBytes(iconv.encode(csv, 'windows1252'));
    expect(result.contacts).toEqual([
      {
        firstName: 'Jürgen',
        lastName: 'Müller',
        displayName: '',
        company: 'Bäckerei € GmbH',
        department: 'Vertrieb',
        email: 'jm@example.de',
        phones: [{ type: 'work', number: '+49 30 1234-567' }],
      },
    ]);
    expect(result.errors.map((error) => error.message)).toEqual([
      'Row 3: no phone number (columns "Telefon geschäftlich", "Mobiltelefon" are empty) — at least one number is needed.',
    ]);
  });

  it('imports a Google export in UTF-8 with commas, quotes and a multi-line note', () => {
    const csv =
      'First Name,Last Name,Organization Name,Notes,E-mail 1 - Value,Phone 1 - Label,Phone 1 - Value\n' +
      'Eva,Schmidt,"Beta, Inc.","line one\nline two",eva@beta.example,Mobile,+49 171 5550100\n';
    const result = importBytes(Buffer.from(csv, 'utf8'));
    expect(result.errors).toEqual([]);
    expect(result.contacts[0]).toMatchObject({
      lastName: 'Schmidt',
      company: 'Beta, Inc.',
      phones: [{ type: 'mobile', number: '+49 171 5550100' }],
    });
  });

  it('imports a Google Contacts export with each number typed by its label column (#13)', () => {
    const result = importBytes(readFileSync(join(fixtures, 'google-contacts.csv')));
    expect(result.errors).toEqual([]);
    expect(result.contacts.map((contact) => contact.phones)).toEqual([
      [
        { type: 'mobile', number: '+49 171 5550100' },
        { type: 'work', number: '+49 (0)30 1234-5678' },
        { type: 'home', number: '030 9876543' },
      ],
      [
        { type: 'mobile', number: '+44 7700 900123' },
        { type: 'work', number: '+44 20 7946 0958' },
        { type: 'fax', number: '+44 20 7946 0959' },
      ],
      // A custom label ("Lieferdienst") keeps the column's type.
      [
        { type: 'other', number: '+39 06 6982 1234' },
        { type: 'other', number: '+39 06 6982 1235' },
      ],
    ]);
    expect(result.contacts[0]).toMatchObject({ firstName: 'Anna', lastName: 'Schulz', company: 'Beta GmbH' });
  });

  it('imports an Excel "Unicode text" file (UTF-16 LE, BOM, tabs)', () => {
    const csv = 'Display Name\tMobile Phone\r\nŁukasz Żółć\t0171 1\r\n';
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(csv, 'utf16le')]);
    const result = importBytes(bytes);
    expect(result.contacts[0]).toMatchObject({
      displayName: 'Łukasz Żółć',
      phones: [{ type: 'mobile', number: '0171 1' }],
    });
  });

  it('previews a pipe-separated UTF-16 BE file', () => {
    const bytes = iconv.encode('Company|Phone\nACME|201\n', 'utf16be', { addBOM: true });
    expect(preview(decodeCsv(bytes))).toEqual({
      separator: '|',
      headers: ['Company', 'Phone'],
      rows: [['ACME', '201']],
    });
  });
});
