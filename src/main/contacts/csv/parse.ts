/**
 * CSV text to a table of strings with papaparse: quoted fields, doubled quotes and newlines inside
 * quotes. The first record is the header row. Rows are records, not lines, so "row 7" is what a
 * spreadsheet shows as row 7 (the header is row 1) even when a field spans several lines.
 */
import Papa from 'papaparse';
import { CsvImportError } from './csv-import-error';
import { stripControlCharacters } from './clean-text';

/** The separators the user can choose from; the manual's usual one (;) wins a tie. */
export const csvSeparators = [';', ',', '\t', '|'] as const;
export type CsvSeparator = (typeof csvSeparators)[number];

export interface CsvParseOptions {
  /** Data rows (header excluded) above which the file is refused. Default 200 000. */
  maxRows?: number;
  /** Characters above which the text is refused (the byte limit, for text that skipped decodeCsv). */
  maxChars?: number;
}

export const defaultMaxRows = 200_000;
const defaultMaxChars = 20 * 1024 * 1024;

/** A quoting problem papaparse found, for the row it concerns (1-based, header = 1). */
export interface CsvParseIssue {
  row: number;
  message: string;
  /** papaparse's own words (English), for the translated row error. */
  detail: string;
}

export interface CsvTable {
  separator: CsvSeparator;
  /** Trimmed header names; an empty one becomes "Column N". */
  headers: string[];
  /** Data rows as found: a row may have fewer or more fields than the header (see import-rows). */
  rows: string[][];
  issues: CsvParseIssue[];
}

export interface CsvPreview {
  separator: CsvSeparator;
  headers: string[];
  rows: string[][];
}

/**
 * The separator that splits the first rows into the most fields consistently: each candidate is
 * scored by how many of the first 20 records have as many fields as the header (at least two).
 */
export function detectSeparator(text: string): CsvSeparator {
  const sample = text.slice(0, 64 * 1024);
  let best: CsvSeparator = ';';
  let bestScore = -1;
  for (const separator of csvSeparators) {
    const { data } = Papa.parse<string[]>(sample, {
      delimiter: separator,
      preview: 20,
      skipEmptyLines: true,
    });
    const width = data[0]?.length ?? 0;
    if (width < 2) continue;
    const matching = data.filter((row) => row.length === width).length;
    const score = matching * 1000 + width;
    if (score > bestScore) {
      best = separator;
      bestScore = score;
    }
  }
  return best;
}

/** The whole file as a table. Throws CsvImportError when it is empty or over the limits. */
export function parseCsv(text: string, separator?: CsvSeparator, options: CsvParseOptions = {}): CsvTable {
  const maxRows = options.maxRows ?? defaultMaxRows;
  const maxChars = options.maxChars ?? defaultMaxChars;
  if (text.length > maxChars) {
    throw new CsvImportError('TOO_LARGE', 'csv.tooManyCharacters', { max: maxChars });
  }
  text = normalizeLineBreaks(text);
  const chosen = separator ?? detectSeparator(text);
  // One record more than allowed (header + maxRows + 1) is enough to know the file is too long.
  const result = Papa.parse<string[]>(text, { delimiter: chosen, newline: '\n', preview: maxRows + 2 });
  const records = dropTrailingBlankRecords(result.data);
  if (records.length > maxRows + 1) {
    throw new CsvImportError('TOO_LARGE', 'csv.tooManyRows', { max: maxRows });
  }
  return {
    separator: chosen,
    headers: headersOf(records[0]),
    rows: records.slice(1),
    issues: result.errors.map((error) => {
      const row = (error.row ?? 0) + 1;
      return {
        row,
        message: `Row ${row}: ${error.message} — check the quotes (") in this row.`,
        detail: error.message,
      };
    }),
  };
}

/** The header and the first rows, for the mapping dialog; reads only as far as it shows. */
export function preview(text: string, separator?: CsvSeparator, rows = 10): CsvPreview {
  text = normalizeLineBreaks(text.slice(0, 1024 * 1024));
  const chosen = separator ?? detectSeparator(text);
  const { data } = Papa.parse<string[]>(text, { delimiter: chosen, newline: '\n', preview: rows + 1 });
  const records = dropTrailingBlankRecords(data);
  return { separator: chosen, headers: headersOf(records[0]), rows: records.slice(1) };
}

function headersOf(header: string[] | undefined): string[] {
  if (!header || header.every((name) => name.trim() === '')) {
    throw new CsvImportError('EMPTY', 'csv.empty');
  }
  return header.map((name, i) => stripControlCharacters(name).trim() || `Column ${i + 1}`);
}

/**
 * Excel writes CRLF between rows but a bare LF inside a quoted cell; papaparse guesses one line break
 * for the whole file from the first it sees, so a cell with a line break early on would leave a CR at
 * the end of every row. One kind of line break everywhere avoids that (line breaks inside a cell
 * become spaces on import anyway).
 */
function normalizeLineBreaks(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/** A final newline yields one empty record; several blank lines at the end, several. */
function dropTrailingBlankRecords(records: string[][]): string[][] {
  let end = records.length;
  while (end > 0 && records[end - 1]!.every((field) => field.trim() === '')) end--;
  return records.slice(0, end);
}
