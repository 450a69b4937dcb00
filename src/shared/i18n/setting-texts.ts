import type { EnumOption, SettingField, SettingGroup } from '../settings/field';
import { catalogues } from './catalogue';
import type { Language } from './catalogue';

/** What the catalogue holds for one setting (see en/global-settings.ts and en/account-settings.ts). */
export interface FieldTexts {
  label: string;
  help?: string;
  unsupported?: string;
  options?: Record<string, string>;
  unsupportedOptions?: Record<string, string>;
}

/*
 * Setting texts are found by a plain lookup, not through i18next's key paths: their keys are data
 * (dotted full keys, option values such as "TLSv1.2") and they have no placeholders or plurals. Global and
 * account keys never collide (a unit test checks it), so one lookup serves both tables.
 */
export function fieldTexts(language: Language, field: SettingField): FieldTexts | undefined {
  const catalogue = catalogues[language];
  const global = catalogue.globalSettingTexts.fields as Record<string, FieldTexts>;
  const account = catalogue.accountSettingTexts.fields as Record<string, FieldTexts>;
  return global[field.textKey] ?? account[field.textKey];
}

/** The field's label in the language (the English one if that language lacks it, the key as a last resort). */
export function settingLabel(language: Language, field: SettingField): string {
  return fieldTexts(language, field)?.label ?? fieldTexts('en', field)?.label ?? field.key;
}

export function settingHelp(language: Language, field: SettingField): string | undefined {
  return fieldTexts(language, field)?.help;
}

/** Why a WebRTC phone cannot honour the field, when it cannot. */
export function settingUnsupportedReason(language: Language, field: SettingField): string | undefined {
  return field.unsupported === true ? fieldTexts(language, field)?.unsupported : undefined;
}

export function optionLabel(language: Language, field: SettingField, option: EnumOption): string {
  return fieldTexts(language, field)?.options?.[option.value] ?? option.value;
}

export function optionUnsupportedReason(
  language: Language,
  field: SettingField,
  option: EnumOption,
): string | undefined {
  return option.unsupported === true
    ? fieldTexts(language, field)?.unsupportedOptions?.[option.value]
    : undefined;
}

/** The group's title as the manual writes it, e.g. "GUI > Appearance". */
export function groupTitle(language: Language, group: SettingGroup): string {
  const catalogue = catalogues[language];
  const titles = {
    ...(catalogue.globalSettingTexts.groups as Record<string, string>),
    ...(catalogue.accountSettingTexts.groups as Record<string, string>),
  };
  return titles[group.id] ?? group.id;
}
