import { describe, expect, it } from 'vitest';
import { allGlobalFields } from '../../../../../src/shared/settings/registry';
import { placeOfGlobalField } from '../../../../../src/renderer/features/settings/settings-layout';
import { createI18n } from '../../../../../src/renderer/i18n/i18n';
import { searchSettings } from '../../../../../src/renderer/features/settings/settings-search';

const keysFor = (query: string, language: 'en' | 'de' = 'en') =>
  searchSettings(allGlobalFields(), query, language).map((entry) => entry.key);

describe('searchSettings', () => {
  it('finds the Global STUN server by typing "STUN server"', () => {
    expect(keysFor('STUN server')).toContain('advanced.stun.server');
  });

  it('ignores case and word order', () => {
    expect(keysFor('server stun')).toEqual(keysFor('STUN SERVER'));
  });

  it('matches the German label when the UI is German', () => {
    expect(keysFor('STUN-Server', 'de')).toContain('advanced.stun.server');
    expect(keysFor('Farbschema', 'de')).toEqual(['gui.appearance.theme']);
  });

  it('also matches the English label when the UI is German', () => {
    expect(keysFor('Theme', 'de')).toContain('gui.appearance.theme');
  });

  it('matches help text and the setting key', () => {
    expect(keysFor('optionally with :port')).toContain('advanced.stun.server');
    expect(keysFor('gui.appearance.language')).toEqual(['gui.appearance.language']);
  });

  it('keeps the manual order across groups and returns nothing for an empty query', () => {
    const all = allGlobalFields().map((entry) => entry.key);
    const found = keysFor('port');
    expect(found.length).toBeGreaterThan(1);
    expect([...found].sort((a, b) => all.indexOf(a) - all.indexOf(b))).toEqual(found);
    expect(keysFor('   ')).toEqual([]);
  });

  it('finds nothing for words no field has', () => {
    expect(keysFor('stun banana')).toEqual([]);
  });
});

describe('where a search result lives', () => {
  it("is named by its section and panel, not by the manual's chapters", () => {
    const en = createI18n('en').t;
    const de = createI18n('de').t;
    expect(placeOfGlobalField(en, 'gui.appearance.theme')).toBe('Appearance › Look');
    expect(placeOfGlobalField(de, 'functions.calls.iceGatheringBudgetMs')).toBe(
      'Erweitert › Medienverbindung',
    );
  });
});
