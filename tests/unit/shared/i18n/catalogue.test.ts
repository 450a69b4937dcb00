import { describe, expect, it } from 'vitest';
import { errorCodes } from '../../../../src/shared/contract';
import { textCodes } from '../../../../src/shared/i18n/codes';
import { de } from '../../../../src/shared/i18n/de';
import { en } from '../../../../src/shared/i18n/en';

function flatten(tree: object, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    if (typeof value === 'string') out.set(path, value);
    else for (const [inner, text] of flatten(value as object, path)) out.set(inner, text);
  }
  return out;
}

function placeholders(text: string): string[] {
  // `{{size, number}}` counts as `size`: a formatted placeholder is the same parameter
  return [...text.matchAll(/\{\{(\w+)(?:,[^}]*)?\}\}/g)].map((match) => match[1] ?? '').sort();
}

const english = flatten(en);
const german = flatten(de);

describe('UI strings', () => {
  it('have exactly the same keys in English and German', () => {
    expect([...german.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('give every plural exactly the forms the language’s plural rules (which i18next uses) need', () => {
    const suffix = /_(zero|one|two|few|many|other)$/;
    for (const [language, texts] of [
      ['en', english],
      ['de', german],
    ] as const) {
      const needed = [...new Intl.PluralRules(language).resolvedOptions().pluralCategories].sort();
      const forms = new Map<string, string[]>();
      // A plural counts: a key like csv.fields.phone_other that takes no count is a plain name.
      for (const [key, text] of texts) {
        const match = suffix.exec(key);
        if (match === null || !text.includes('{{count}}')) continue;
        const base = key.slice(0, match.index);
        forms.set(base, [...(forms.get(base) ?? []), match[1] ?? '']);
      }
      expect(forms.size).toBeGreaterThan(5);
      for (const [base, found] of forms) expect(found.sort(), `${language} ${base}`).toEqual(needed);
    }
  });

  it('have a text for every code main may send, in both languages', () => {
    expect(textCodes.length).toBeGreaterThan(5);
    for (const code of textCodes) {
      expect(english.get(`codes.${code}`), code).toBeDefined();
      expect(german.get(`codes.${code}`), code).toBeDefined();
    }
  });

  it('are never empty', () => {
    for (const [key, text] of [...english, ...german]) expect(text.trim(), key).not.toBe('');
  });

  it('use the same placeholders in both languages', () => {
    for (const [key, text] of english)
      expect(placeholders(german.get(key) ?? ''), key).toEqual(placeholders(text));
  });

  it('say what failed and what to do for every contract error code', () => {
    for (const code of errorCodes) {
      expect(english.get(`errors.${code}.what`), code).toBeDefined();
      expect(english.get(`errors.${code}.hint`), code).toBeDefined();
    }
  });

  it('are actually translated, not copied (apart from a few shared words)', () => {
    // Setting texts are held to their own share of translated labels (tests/unit/shared/settings).
    const same = [...english]
      .filter(([key, text]) => german.get(key) === text && !/^(global|account)SettingTexts\./.test(key))
      .map(([key]) => key);
    expect(same.sort()).toEqual(
      [
        'accounts.actionFailed',
        'accounts.stateChanged',
        'app.name',
        'calls.actionFailed',
        'calls.outcomeExplained',
        'calls.sipDetail',
        'calls.stats.codec',
        'calls.stats.jitter',
        'codes.fetchUnit.KB',
        'codes.fetchUnit.MB',
        // only placeholders: the words are in contacts.csv.validRows and its siblings
        'contacts.csv.report',
        'codes.csv.threeProblems',
        'codes.csv.twoProblems',
        'errors.general',
        'errors.withField',
        'settings.fieldError',
        // German uses these words too.
        'settingsLayout.sections.audio',
        'settingsLayout.panels.updates',
        'settingsLayout.panels.integration',
      ].sort(),
    );
  });
});
