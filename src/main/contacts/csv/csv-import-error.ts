/**
 * Why a whole CSV file cannot be imported (as opposed to one bad row, see CsvRowError). The renderer
 * translates the code (English, German); the message is the English detail for the log and fallback.
 */
export const csvImportErrorCodes = [
  /** Larger than the byte or row limit. */
  'TOO_LARGE',
  /** Not a text file (binary data, a spreadsheet workbook, an image …). */
  'NOT_TEXT',
  /** The bytes are not valid in the encoding the user chose. */
  'INVALID_ENCODING',
  /** No header row, or no data at all. */
  'EMPTY',
] as const;
export type CsvImportErrorCode = (typeof csvImportErrorCodes)[number];

export class CsvImportError extends Error {
  constructor(
    readonly code: CsvImportErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'CsvImportError';
  }
}
