import type { nativeEn } from '../../shared/i18n/en/native';
import type { Language } from './desktop-settings';
import { translate } from '../i18n/translator';
import type { PresenceState } from './presence';

/** A plural text is one key for its callers; i18next picks `_one`/`_other` from `count`. */
type WithoutPluralSuffix<K> = K extends `${infer Base}_${'zero' | 'one' | 'two' | 'few' | 'many' | 'other'}`
  ? Base
  : K;
export type TextKey = WithoutPluralSuffix<keyof (typeof nativeEn)['native']>;

/**
 * A text main shows itself (tray, native notifications, dialogs) in the given language, from the shared
 * catalogue's `native` section, with i18next's `{{name}}` placeholders filled in and `count` choosing
 * the plural form.
 */
export function text(language: Language, key: TextKey, values: Record<string, string | number> = {}): string {
  return translate(language, `native.${key}`, values);
}

export function presenceLabel(language: Language, state: PresenceState): string {
  return text(language, state);
}
