import type { UserText } from '../../../shared/contract/user-text';
import { worded } from '../../i18n/translator';

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
  /** The same as a catalogue code, for the UI language. */
  readonly text: UserText;

  constructor(
    readonly code: CsvImportErrorCode,
    key: UserText['key'],
    params: Record<string, string | number> = {},
  ) {
    const { text, english } = worded(key, params);
    super(english);
    this.name = 'CsvImportError';
    this.text = text;
  }
}
