import type { i18n } from 'i18next';
import { catalogues, languages } from './catalogue';
import type { Language } from './catalogue';
import type { FieldTexts } from './setting-texts';

/** A setting's label by its full key in the language (English if it lacks one, the key as a last resort). */
export function settingLabelOfKey(language: Language, key: string): string {
  const label = (lang: Language): string | undefined => {
    const { globalSettingTexts, accountSettingTexts } = catalogues[lang];
    const global = globalSettingTexts.fields as Record<string, FieldTexts>;
    const account = accountSettingTexts.fields as Record<string, FieldTexts>;
    return (global[key] ?? account[key])?.label;
  };
  return label(language) ?? label('en') ?? key;
}

function asLanguage(lng: string | undefined): Language {
  return languages.find((language) => language === lng) ?? 'en';
}

/**
 * Lets catalogue texts name a setting by its key, `{{setting, settingLabel}}`, so main sends the key and
 * each side shows the label in its language. Setting labels are looked up as data, not as i18next key
 * paths (their keys are dotted; see setting-texts.ts).
 */
export function addSettingLabelFormat(instance: i18n): void {
  instance.services.formatter?.add('settingLabel', (value: unknown, lng: string | undefined) =>
    settingLabelOfKey(asLanguage(lng), String(value)),
  );
}
