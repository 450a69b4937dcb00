import { describe, expect, it } from 'vitest';
import { searchSummary } from '../../../../../src/renderer/features/contacts/search-summary';
import { createI18n } from '../../../../../src/renderer/i18n/i18n';

describe('searchSummary', () => {
  it('announces the count, and for a list cut at a result limit that the search should be refined', () => {
    const en = createI18n('en').t;
    const de = createI18n('de').t;
    expect(searchSummary(en, 3, false)).toBe('3 contacts found');
    expect(searchSummary(en, 50, true)).toBe('50 contacts found. More results: refine the search');
    expect(searchSummary(de, 1, false)).toBe('1 Kontakt gefunden');
    expect(searchSummary(de, 50, true)).toBe('50 Kontakte gefunden. Weitere Treffer: Suche verfeinern');
  });
});
