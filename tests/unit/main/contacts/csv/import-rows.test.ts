import { describe, expect, it } from 'vitest';
import { importRows } from '../../../../../src/main/contacts/csv/import-rows';
import type { CsvMapping } from '../../../../../src/main/contacts/csv/mapping';
import { parseCsv } from '../../../../../src/main/contacts/csv/parse';

const headers = 'First Name;Last Name;Company;Business Phone;Mobile Phone;E-mail Address';
const mapping: CsvMapping = ['firstName', 'lastName', 'company', 'phone:work', 'phone:mobile', 'email'];

function run(body: string, map: CsvMapping = mapping) {
  return importRows(parseCsv(`${headers}\n${body}`, ';'), map);
}

describe('importRows', () => {
  it('turns valid rows into contacts, trimmed, with every mapped number', () => {
    const result = run(' Hans ; Müller ;ACME; +49 30 1234 ;0171 555;hans@acme.example\n');
    expect(result.errors).toEqual([]);
    expect(result.contacts).toEqual([
      {
        firstName: 'Hans',
        lastName: 'Müller',
        displayName: '',
        company: 'ACME',
        department: '',
        email: 'hans@acme.example',
        phones: [
          { type: 'work', number: '+49 30 1234' },
          { type: 'mobile', number: '0171 555' },
        ],
      },
    ]);
    expect(result.validCount).toBe(1);
    expect(result.invalidCount).toBe(0);
  });

  it('reports a row without a number, counting the header as row 1', () => {
    const result = run(
      [
        'A;Eins;;201;;',
        'B;Zwei;;202;;',
        'C;Drei;;203;;',
        'D;Vier;;204;;',
        'E;Fünf;;205;;',
        'F;Sechs;X;;;f@x',
      ].join('\n'),
    );
    expect(result.validCount).toBe(5);
    expect(result.invalidCount).toBe(1);
    expect(result.errors).toEqual([
      {
        row: 7,
        code: 'NO_PHONE',
        message:
          'Row 7: no phone number (columns "Business Phone", "Mobile Phone" are empty) — at least one number is needed.',
        text: {
          key: 'csvRow.noPhone',
          params: { row: 7, columns: '"Business Phone", "Mobile Phone"' },
        },
      },
    ]);
  });

  it('needs a last name, display name or company; a first name alone is not enough', () => {
    const result = run('Hans;;;201;;\n;;ACME;202;;\n');
    expect(result.contacts.map((contact) => contact.company)).toEqual(['ACME']);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]!.code).toBe('NO_NAME');
    expect(result.errors[0]!.message).toMatch(
      /^Row 2: no last name, display name or company \(columns "Last Name", "Company" are empty\)/,
    );
  });

  it('reports both rules when both are broken', () => {
    expect(run('Hans;;;;;\n').errors.map((error) => error.code)).toEqual(['NO_PHONE', 'NO_NAME']);
  });

  it('says when no column is assigned at all', () => {
    const result = run('Hans;Müller;;201;;\n', ['firstName', null, null, null, null, null]);
    expect(result.errors.map((error) => error.message)).toEqual([
      'Row 2: no phone number (no column is assigned) — at least one number is needed.',
      'Row 2: no last name, display name or company (no column is assigned) — at least one is needed.',
    ]);
  });

  it('refuses ragged rows: too few columns, and too many non-empty ones', () => {
    const result = run(['A;Eins;;201', 'B;Zwei;;202;;;extra', 'C;Drei;;203;;;', 'D;Vier;;204;;'].join('\n'));
    expect(result.errors.map((error) => [error.row, error.code])).toEqual([
      [2, 'TOO_FEW_COLUMNS'],
      [3, 'TOO_MANY_COLUMNS'],
    ]);
    expect(result.errors[0]!.message).toBe(
      'Row 2: 4 columns, but the header has 6 — check the separator and quotes in this row.',
    );
    // A trailing separator (empty extra field) is harmless.
    expect(result.contacts.map((contact) => contact.lastName)).toEqual(['Drei', 'Vier']);
  });

  it('skips blank rows without calling them errors, keeping row numbers', () => {
    const result = run('A;Eins;;201;;\n\n;;;;;\nB;;;;;\n');
    expect(result.blankCount).toBe(2);
    expect(result.errors.map((error) => error.row)).toEqual([5, 5]);
  });

  it('keeps quoted separators and makes embedded line breaks spaces', () => {
    const result = run('"Hans";"Müller;\nSchmidt";"ACME ""Nord""";"030\n1234";;\n');
    expect(result.errors).toEqual([]);
    expect(result.contacts[0]).toMatchObject({
      lastName: 'Müller; Schmidt',
      company: 'ACME "Nord"',
      phones: [{ type: 'work', number: '030 1234' }],
    });
  });

  it('reports the rows an unterminated quote broke', () => {
    const result = run('A;Eins;;201;;\n"B;Zwei;;202;;\n');
    expect(result.validCount).toBe(1);
    expect(result.errors[0]).toMatchObject({ row: 3, code: 'QUOTES' });
  });

  it('strips control characters and bidi overrides', () => {
    const result = run('Ha\u0000ns;M\u0007ü\u202Eller;AC\u0085ME;20\u001b1;;\n');
    expect(result.contacts[0]).toMatchObject({
      firstName: 'Hans',
      lastName: 'Müller',
      company: 'ACME',
      phones: [{ type: 'work', number: '201' }],
    });
  });

  it('keeps formula prefixes in names as plain text, never evaluated', () => {
    const result = run('=1+2;@SUM(A1);-Team-;+49 30 1;;\n');
    expect(result.contacts[0]).toMatchObject({ firstName: '=1+2', lastName: '@SUM(A1)', company: '-Team-' });
    expect(result.contacts[0]!.phones).toEqual([{ type: 'work', number: '+49 30 1' }]);
  });

  it('unwraps spreadsheet text tricks in numbers and splits Google multi-values', () => {
    const result = run(`A;B;;="0301234";'+49171 ::: 0172 9;\n`);
    expect(result.contacts[0]!.phones).toEqual([
      { type: 'work', number: '0301234' },
      { type: 'mobile', number: '+49171' },
      { type: 'mobile', number: '0172 9' },
    ]);
  });

  it('refuses a number without digits, naming the column', () => {
    const result = run('A;B;;n/a;0171;\n');
    expect(result.errors).toEqual([
      {
        row: 2,
        code: 'NOT_A_NUMBER',
        column: 'Business Phone',
        message: 'Row 2: "n/a" in column "Business Phone" is not a phone number.',
        text: {
          key: 'csvRow.notANumber',
          params: { row: 2, number: 'n/a', column: 'Business Phone' },
        },
      },
    ]);
  });

  it('accepts a SIP address as a number', () => {
    expect(run('A;B;;alice@pbx.example;;\n').contacts[0]!.phones).toEqual([
      { type: 'work', number: 'alice@pbx.example' },
    ]);
  });

  it('refuses overlong fields', () => {
    const result = importRows(parseCsv(`${headers}\nA;${'x'.repeat(501)};;201;;\n`, ';'), mapping);
    expect(result.errors[0]).toMatchObject({ row: 2, code: 'TOO_LONG', column: 'Last Name' });
  });

  it('uses the first non-empty of several columns mapped to one field', () => {
    const table = parseCsv('Last Name;E-mail Address;E-mail 2 Address;Phone\nA;;b@x;1\nC;c@x;d@x;2\n', ';');
    const result = importRows(table, ['lastName', 'email', 'email', 'phone:other']);
    expect(result.contacts.map((contact) => contact.email)).toEqual(['b@x', 'c@x']);
  });
});
