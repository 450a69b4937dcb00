import i18next from 'i18next';
import type { i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { UiLanguage } from './language';
import { de } from './locales/de';
import { en } from './locales/en';

/** Initialises the one i18next instance the UI uses; resources are bundled, so this is synchronous. */
export function createI18n(language: UiLanguage): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'en',
    supportedLngs: ['en', 'de'],
    resources: { en: { translation: en }, de: { translation: de } },
    initAsync: false,
    // React escapes what it renders; escaping here would show &amp; etc. in labels.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}
