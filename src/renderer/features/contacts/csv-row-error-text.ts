import type { TFunction } from 'i18next';
import type { CsvImportResultView } from '../../../shared/contract';
import { userTextOr } from '../../i18n/user-text';

/** One refused row of a CSV check: main's code in the UI language, else its English message with the row. */
export function rowErrorText(t: TFunction, rowError: CsvImportResultView['errors'][number]): string {
  if (rowError.text !== undefined) return userTextOr(t, rowError.text, rowError.message);
  // Main's messages usually name the row already.
  return rowError.message.startsWith(`Row ${rowError.row}`)
    ? rowError.message
    : t('contacts.csv.rowError', { row: rowError.row, message: rowError.message });
}
