import { describe, expect, it } from 'vitest';
import { CsvImportError } from '../../../../../src/main/contacts/csv/csv-import-error';
import type { CsvSeparator } from '../../../../../src/main/contacts/csv/parse';
import { detectSeparator, parseCsv, preview } from '../../../../../src/main/contacts/csv/parse';

function caught(fn: () => unknown): CsvImportError {
  try {
    fn();
  } catch (error) {
    if (error instanceof CsvImportError) return error;
    throw error;
  }
  throw new Error('expected a CsvImportError');
}

const cases: [string, CsvSeparator][] = [
  ['comma', ','],
  ['semicolon', ';'],
  ['tab', '\t'],
  ['pipe', '|'],
];

describe('detectSeparator and parseCsv', () => {
  it.each(cases)('detects and splits on a %s', (_name, separator) => {
    const text =
      ['Last Name', 'Company', 'Business Phone'].join(separator) +
      '\n' +
      ['Müller', 'ACME', '+49 30 1234'].join(separator) +
      '\n' +
      ['Schmidt', 'Beta', '201'].join(separator) +
      '\n';
    expect(detectSeparator(text)).toBe(separator);
    const table = parseCsv(text);
    expect(table.separator).toBe(separator);
    expect(table.headers).toEqual(['Last Name', 'Company', 'Business Phone']);
    expect(table.rows).toEqual([
      ['Müller', 'ACME', '+49 30 1234'],
      ['Schmidt', 'Beta', '201'],
    ]);
  });

  it('does not mistake commas inside values for the separator', () => {
    const text = 'Name;Telefon\nMüller, Hans;0301234\nSchmidt, Eva;0301235\n';
    expect(detectSeparator(text)).toBe(';');
  });

  it("prefers the semicolon (the manual's usual one) for a one-column file", () => {
    expect(detectSeparator('Name\nMüller\n')).toBe(';');
  });

  it('lets the user override the separator', () => {
    const table = parseCsv('a,b;c\n1,2;3\n', ',');
    expect(table.headers).toEqual(['a', 'b;c']);
  });

  it('handles quotes, doubled quotes, separators and newlines inside quotes', () => {
    const text =
      'Display Name;Company;Phone\n"Müller; Hans";"ACME ""Best"" Ltd";"030\n1234"\r\nEva;Beta;201\r\n';
    const table = parseCsv(text, ';');
    expect(table.rows).toEqual([
      ['Müller; Hans', 'ACME "Best" Ltd', '030\n1234'],
      ['Eva', 'Beta', '201'],
    ]);
    expect(table.issues).toEqual([]);
  });

  it('names empty headers by their position and trims the others', () => {
    const table = parseCsv(' Last Name ;;Phone\nA;x;1\n', ';');
    expect(table.headers).toEqual(['Last Name', 'Column 2', 'Phone']);
  });

  it('reports an unterminated quote for its row', () => {
    const table = parseCsv('Name;Phone\nA;1\n"B;2\nC;3\n', ';');
    expect(table.issues.length).toBeGreaterThan(0);
    expect(table.issues[0]!.row).toBe(3);
    expect(table.issues[0]!.message).toMatch(/^Row 3: .*quotes/);
  });

  it('refuses an empty file', () => {
    expect(caught(() => parseCsv('')).code).toBe('EMPTY');
    expect(caught(() => parseCsv('\n\n;;\n')).code).toBe('EMPTY');
  });

  it('refuses more rows than the limit, quickly', () => {
    const text = 'Name;Phone\n' + 'Müller;0301234\n'.repeat(250_000);
    const started = performance.now();
    const error = caught(() => parseCsv(text));
    expect(error.code).toBe('TOO_LARGE');
    expect(error.message).toMatch(/more than 200000 rows/);
    expect(error.text).toEqual({ key: 'csv.tooManyRows', params: { max: 200000 } });
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('accepts exactly the row limit, ignoring a final newline', () => {
    const table = parseCsv('Name;Phone\n' + 'A;1\n'.repeat(5), ';', { maxRows: 5 });
    expect(table.rows).toHaveLength(5);
    expect(caught(() => parseCsv('Name;Phone\n' + 'A;1\n'.repeat(6), ';', { maxRows: 5 })).code).toBe(
      'TOO_LARGE',
    );
  });

  it('refuses text over the character limit', () => {
    const error = caught(() => parseCsv('x'.repeat(101), ';', { maxChars: 100 }));
    expect(error.code).toBe('TOO_LARGE');
    expect(error.text).toEqual({ key: 'csv.tooManyCharacters', params: { max: 100 } });
    expect(error.message).toBe('The file is too large; split it into files of at most 100 characters.');
  });
});

describe('preview', () => {
  it('returns the headers and the first rows with the detected separator', () => {
    const text =
      'Vorname,Nachname,Telefon\n' + Array.from({ length: 30 }, (_, i) => `A${i},B${i},${i}`).join('\n');
    const result = preview(text);
    expect(result.separator).toBe(',');
    expect(result.headers).toEqual(['Vorname', 'Nachname', 'Telefon']);
    expect(result.rows).toHaveLength(10);
    expect(result.rows[0]).toEqual(['A0', 'B0', '0']);
    expect(preview(text, ',', 3).rows).toHaveLength(3);
  });
});
