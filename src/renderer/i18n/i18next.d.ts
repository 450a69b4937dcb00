import 'i18next';
import type { Messages } from '../../shared/i18n/catalogue';

/**
 * The keys t() accepts. Setting texts are left out: they are looked up by full setting key
 * (shared/i18n/setting-texts.ts), and typing them as i18next keys makes t()'s types too deep to check.
 */
type TranslationKeys = Omit<Messages, 'globalSettingTexts' | 'accountSettingTexts'>;

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: TranslationKeys };
  }
}
