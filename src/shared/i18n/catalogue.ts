import type { InitOptions } from 'i18next';
import { de } from './de';
import { en } from './en';

export type { Messages } from './en';

export const languages = ['en', 'de'] as const;
export type Language = (typeof languages)[number];

/** Both catalogues, as i18next resources of its default namespace. */
export const catalogues = { en, de } as const;

/**
 * The i18next options every instance uses (the renderer's and main's), so both translate the same
 * catalogue with the same fallback and plural rules. Resources are bundled, so init is synchronous.
 */
export function i18nOptions(language: Language): InitOptions {
  return {
    lng: language,
    fallbackLng: 'en',
    supportedLngs: [...languages],
    resources: { en: { translation: en }, de: { translation: de } },
    initAsync: false,
    // Nothing we translate is HTML: React escapes what it renders and native notifications are plain
    // text, so escaping here would show &amp; etc.
    interpolation: { escapeValue: false },
    returnNull: false,
  };
}
