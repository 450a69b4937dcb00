import { describe, expect, it } from 'vitest';
import { rowErrorText } from '../../../../../src/renderer/features/contacts/csv-row-error-text';
import { createI18n } from '../../../../../src/renderer/i18n/i18n';

describe('rowErrorText', () => {
  it('shows main’s row error in the UI language, and in English as main wrote it', () => {
    // as main's importRows sends it (tests/unit/main/contacts/csv/import-rows.test.ts)
    const error = {
      row: 2,
      code: 'NOT_A_NUMBER',
      column: 'Business Phone',
      message: 'Row 2: "n/a" in column "Business Phone" is not a phone number.',
      text: {
        key: 'csvRow.notANumber' as const,
        params: { row: 2, number: 'n/a', column: 'Business Phone' },
      },
    };
    expect(rowErrorText(createI18n('en').t, error)).toBe(error.message);
    expect(rowErrorText(createI18n('de').t, error)).toBe(
      'Zeile 2: „n/a“ in der Spalte „Business Phone“ ist keine Telefonnummer.',
    );
  });

  it('keeps an uncoded message, naming the row when main did not', () => {
    const { t } = createI18n('en');
    expect(rowErrorText(t, { row: 3, code: 'X', message: 'Row 3: odd' })).toBe('Row 3: odd');
    expect(rowErrorText(t, { row: 3, code: 'X', message: 'odd' })).toContain('odd');
  });
});
