import i18next from 'i18next';
import type { i18n } from 'i18next';
import { i18nOptions } from '../../shared/i18n/catalogue';
import type { nativeEn } from '../../shared/i18n/en/native';
import type { Language } from './desktop-settings';
import type { PresenceState } from './presence';

/** A plural text is one key for its callers; i18next picks `_one`/`_other` from `count`. */
type WithoutPluralSuffix<K> = K extends `${infer Base}_${'zero' | 'one' | 'two' | 'few' | 'many' | 'other'}`
  ? Base
  : K;
export type TextKey = WithoutPluralSuffix<keyof (typeof nativeEn)['native']>;

// One i18next instance per language, made on first use; the catalogue is bundled, so init is synchronous.
const instances = new Map<Language, i18n>();

function instanceFor(language: Language): i18n {
  let instance = instances.get(language);
  if (instance === undefined) {
    instance = i18next.createInstance();
    void instance.init(i18nOptions(language));
    instances.set(language, instance);
  }
  return instance;
}

/**
 * A text main shows itself (tray, native notifications, dialogs) in the given language, from the shared
 * catalogue's `native` section, with i18next's `{{name}}` placeholders filled in and `count` choosing
 * the plural form.
 */
export function text(language: Language, key: TextKey, values: Record<string, string | number> = {}): string {
  return instanceFor(language).t(`native.${key}`, values);
}

export function presenceLabel(language: Language, state: PresenceState): string {
  return text(language, state);
}
