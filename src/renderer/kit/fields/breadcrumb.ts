import { groupTitle } from '../../../shared/i18n/setting-texts';
import type { SettingGroup } from '../../../shared/settings/field';
import type { UiLanguage } from '../../i18n/language';

/** A group's title as breadcrumb parts: the descriptors write "GUI > Appearance". */
export function breadcrumbParts(group: SettingGroup, language: UiLanguage): string[] {
  return groupTitle(language, group)
    .split('>')
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}

export function breadcrumbText(group: SettingGroup, language: UiLanguage): string {
  return breadcrumbParts(group, language).join(' › ');
}
