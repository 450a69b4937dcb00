import { describe, expect, it } from 'vitest';
import { csvCheckedText, csvReportText } from '../../../../../src/renderer/features/contacts/csv-report-text';
import { createI18n } from '../../../../../src/renderer/i18n/i18n';
import { sourceLabel } from '../../../../../src/renderer/i18n/source-label';

const de = createI18n('de').t;
const en = createI18n('en').t;

describe('CSV check report', () => {
  it('uses the singular for one row, in German and English', () => {
    const one = { validCount: 1, invalidCount: 1, blankCount: 1 };
    expect(csvReportText(de, one)).toBe('1 Zeile kann importiert werden, 1 ist fehlerhaft, 1 ist leer.');
    expect(csvReportText(en, one)).toBe('1 row can be imported, 1 has errors, 1 is empty.');
  });

  it('uses the plural otherwise', () => {
    const many = { validCount: 3, invalidCount: 0, blankCount: 2 };
    expect(csvCheckedText(de, many)).toBe(
      'Prüfung abgeschlossen: 3 Zeilen können importiert werden, 0 sind fehlerhaft.',
    );
    expect(csvReportText(en, many)).toBe('3 rows can be imported, 0 have errors, 2 are empty.');
  });
});

describe('sourceLabel', () => {
  it('names the built-in address book in the user’s language, and keeps other names', () => {
    expect(sourceLabel(de, { sourceId: 'local', sourceName: 'Local' })).toBe('Lokal');
    expect(sourceLabel(en, { sourceId: 'local', sourceName: 'Local' })).toBe('Local');
    expect(sourceLabel(de, { sourceId: 'local', sourceName: 'Büro' })).toBe('Büro');
    expect(sourceLabel(de, { sourceId: 'ldap-1', sourceName: 'Local' })).toBe('Local');
  });
});
