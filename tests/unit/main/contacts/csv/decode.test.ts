import iconv from 'iconv-lite';
import { translate } from '../../../../../src/main/i18n/translator';
import { describe, expect, it } from 'vitest';
import { CsvImportError } from '../../../../../src/main/contacts/csv/csv-import-error';
import { decodeCsv, detectEncoding } from '../../../../../src/main/contacts/csv/decode';

const text = 'Vorname;Nachname;Telefon\nJürgen;Müller;+49 30 1234\n';

function caught(fn: () => unknown): CsvImportError {
  try {
    fn();
  } catch (error) {
    if (error instanceof CsvImportError) return error;
    throw error;
  }
  throw new Error('expected a CsvImportError');
}

describe('detectEncoding and decodeCsv', () => {
  it('reads UTF-8 without a BOM', () => {
    const bytes = Buffer.from(text, 'utf8');
    expect(detectEncoding(bytes)).toBe('utf8');
    expect(decodeCsv(bytes)).toBe(text);
  });

  it('reads UTF-8 with a BOM and drops the BOM', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    expect(detectEncoding(bytes)).toBe('utf8');
    expect(decodeCsv(bytes)).toBe(text);
  });

  it('reads UTF-16 LE with a BOM', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    expect(detectEncoding(bytes)).toBe('utf16le');
    expect(decodeCsv(bytes)).toBe(text);
  });

  it('reads UTF-16 BE with a BOM', () => {
    const bytes = iconv.encode(text, 'utf16be', { addBOM: true });
    expect([...bytes.subarray(0, 2)]).toEqual([0xfe, 0xff]);
    expect(detectEncoding(bytes)).toBe('utf16be');
    expect(decodeCsv(bytes)).toBe(text);
  });

  it('guesses UTF-16 LE without a BOM from its NUL pattern', () => {
    const bytes = Buffer.from(text, 'utf16le');
    expect(detectEncoding(bytes)).toBe('utf16le');
    expect(decodeCsv(bytes)).toBe(text);
  });

  it('falls back to Windows-1252 for bytes that are not UTF-8 (Müller, €)', () => {
    const source = 'Nachname;Firma;Telefon\nMüller;Kosten € GmbH;0301234\n';
    const bytes = iconv.encode(source, 'windows1252');
    expect(bytes.includes(0x80)).toBe(true); // € is 0x80 in Windows-1252
    expect(detectEncoding(bytes)).toBe('windows1252');
    expect(decodeCsv(bytes)).toBe(source);
  });

  it('reads ISO-8859-1 when the user chooses it', () => {
    const source = 'Nachname;Firma;Telefon\nMüller;Groß & Söhne ©;0301234\n';
    const bytes = iconv.encode(source, 'iso88591');
    expect(decodeCsv(bytes, 'iso88591')).toBe(source);
    // The default for such a file is Windows-1252, which agrees on every letter used here.
    expect(decodeCsv(bytes)).toBe(source);
  });

  it('lets the user override the detected encoding', () => {
    const bytes = Buffer.from('Name;Telefon\nMüller;1\n', 'utf8');
    expect(decodeCsv(bytes, 'windows1252')).toContain('MÃ¼ller');
  });

  it('refuses invalid UTF-8 when the user chose UTF-8, naming another encoding', () => {
    const bytes = iconv.encode('Name;Telefon\nMüller;1\n', 'windows1252');
    const error = caught(() => decodeCsv(bytes, 'utf8'));
    expect(error.code).toBe('INVALID_ENCODING');
    expect(error.message).toMatch(/Windows-1252/);
  });

  it('refuses a file over the byte limit before decoding', () => {
    const bytes = Buffer.alloc(21 * 1024 * 1024, 0x41);
    const started = performance.now();
    const error = caught(() => decodeCsv(bytes));
    expect(error.code).toBe('TOO_LARGE');
    expect(error.message).toMatch(/21\.0 MB.*20\.0 MB/);
    expect(error.text).toEqual({
      key: 'csv.fileTooLarge',
      params: { size: 21, max: 20 },
    });
    expect(translate('de', `codes.${error.text.key}`, error.text.params)).toMatch(
      /^Die Datei ist 21,0 MB groß; importiert werden können höchstens 20,0 MB\./,
    );
    expect(performance.now() - started).toBeLessThan(100);
  });

  it('refuses binary garbage with a clear error', () => {
    let seed = 42;
    const bytes = Buffer.alloc(4096);
    for (let i = 0; i < bytes.length; i++) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      bytes[i] = seed >> 16;
    }
    const error = caught(() => decodeCsv(bytes));
    expect(error.code).toBe('NOT_TEXT');
  });

  it('refuses binary data without NULs (mostly control characters)', () => {
    const bytes = Buffer.from(Array.from({ length: 1000 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41)));
    expect(caught(() => decodeCsv(bytes)).code).toBe('NOT_TEXT');
  });

  it('tells the user that an Excel workbook must be saved as CSV', () => {
    const xlsx = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]);
    const error = caught(() => decodeCsv(xlsx));
    expect(error.code).toBe('NOT_TEXT');
    expect(error.message).toMatch(/Save it as CSV/);
  });

  it('refuses UTF-16 decoded as UTF-8 as "not text" rather than importing NULs', () => {
    const bytes = Buffer.from('Name;Phone\nMiller;201\n', 'utf16le');
    expect(caught(() => decodeCsv(bytes, 'utf8')).code).toBe('NOT_TEXT');
  });
});
