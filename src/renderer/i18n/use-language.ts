import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { resolveLanguage } from './language';
import type { UiLanguage } from './language';

/** The UI language currently shown; components use it to pick descriptor labels. */
export function useLanguage(): UiLanguage {
  const { i18n } = useTranslation();
  return i18n.language === 'de' ? 'de' : 'en';
}

/** Follows the language setting: switches i18next and keeps <html lang> in step for screen readers. */
export function useLanguageSetting(setting: unknown): UiLanguage {
  const { i18n } = useTranslation();
  const language = resolveLanguage(setting, navigator.language);
  useEffect(() => {
    if (i18n.language !== language) void i18n.changeLanguage(language);
    document.documentElement.lang = language;
  }, [i18n, language]);
  return language;
}
