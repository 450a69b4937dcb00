import type { TFunction } from 'i18next';

interface CsvCounts {
  validCount: number;
  invalidCount: number;
  blankCount: number;
}

/** Each count as its own plural phrase ("1 ist fehlerhaft", "2 sind fehlerhaft"), then the sentence. */
function counts(t: TFunction, check: CsvCounts) {
  return {
    valid: t('contacts.csv.validRows', { count: check.validCount }),
    invalid: t('contacts.csv.invalidRows', { count: check.invalidCount }),
    blank: t('contacts.csv.blankRows', { count: check.blankCount }),
  };
}

/** What the check found, announced when it is done. */
export function csvCheckedText(t: TFunction, check: CsvCounts): string {
  const { valid, invalid } = counts(t, check);
  return t('contacts.csv.checked', { valid, invalid });
}

/** The report under the mapping: importable, faulty and empty rows. */
export function csvReportText(t: TFunction, check: CsvCounts): string {
  return t('contacts.csv.report', counts(t, check));
}
