import i18next from 'i18next';
import type { i18n } from 'i18next';
import { i18nOptions } from '../../shared/i18n/catalogue';
import { addSettingLabelFormat } from '../../shared/i18n/setting-label-format';
import type { Language } from '../../shared/i18n/catalogue';
import type { UserText } from '../../shared/contract/user-text';

// One i18next instance per language, made on first use; the catalogue is bundled, so init is synchronous.
const instances = new Map<Language, i18n>();

function instanceFor(language: Language): i18n {
  let instance = instances.get(language);
  if (instance === undefined) {
    instance = i18next.createInstance();
    void instance.init(i18nOptions(language));
    addSettingLabelFormat(instance);
    instances.set(language, instance);
  }
  return instance;
}

/**
 * A catalogue text in the given language, as main needs it for what it shows itself (tray, native
 * notifications, dialogs) and for English log lines: `{{name}}` placeholders filled in, `count` choosing
 * the plural form by i18next's rules.
 */
export function translate(
  language: Language,
  key: string,
  values: Record<string, string | number> = {},
): string {
  return instanceFor(language).t(key, values);
}

/** The English sentence for a code main sends, for the log and the contract's fallback `message`. */
export function englishText(text: UserText): string {
  return translate('en', `codes.${text.key}`, text.params);
}

/** A text main sends as a code, with its English sentence for the log and the contract's fallback. */
export function worded(
  key: UserText['key'],
  params: Record<string, string | number> = {},
): { text: UserText; english: string } {
  const text = { key, params };
  return { text, english: englishText(text) };
}
