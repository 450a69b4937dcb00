import { describe, expect, it } from 'vitest';
import { resolveLanguage } from '../../../../src/renderer/i18n/language';

describe('resolveLanguage', () => {
  it('uses an explicit language setting as is', () => {
    expect(resolveLanguage('de', 'en-US')).toBe('de');
    expect(resolveLanguage('en', 'de-DE')).toBe('en');
  });

  it('follows the system language for "system": German for any de locale, else English', () => {
    expect(resolveLanguage('system', 'de-AT')).toBe('de');
    expect(resolveLanguage('system', 'DE')).toBe('de');
    expect(resolveLanguage('system', 'fr-FR')).toBe('en');
    expect(resolveLanguage('system', undefined)).toBe('en');
  });

  it('treats a missing or unknown setting like "system"', () => {
    expect(resolveLanguage(undefined, 'de-CH')).toBe('de');
    expect(resolveLanguage('fr', 'en-GB')).toBe('en');
    expect(resolveLanguage(42, 'de')).toBe('de');
  });
});
