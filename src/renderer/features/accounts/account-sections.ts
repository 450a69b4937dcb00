import { accountSettingGroups } from '../../../shared/settings/account-settings';
import { fullKey } from '../../../shared/settings/field';
import type { SettingGroup } from '../../../shared/settings/field';
import type { FieldEntry } from '../../../shared/settings/registry';
import { findAccountField } from '../../../shared/settings/registry';
import { accountKeys } from '../../kit/setting-keys';

/**
 * Fields shown in the always-open first section though their group folds away: the name callers see
 * belongs to setting up an account (issue #13), not to the "Functions" details.
 */
const promotedKeys: readonly string[] = [accountKeys.displayName];

/** The fields a section shows: its own, less the promoted ones, which the first section gathers. */
export function sectionEntries(group: SettingGroup, index: number): FieldEntry[] {
  const own = group.fields
    .map((field) => ({ key: fullKey(group, field), group, field }))
    .filter((entry) => !promotedKeys.includes(entry.key));
  if (index !== 0) return own;
  return [...own, ...promotedKeys.flatMap((key) => findAccountField(key) ?? [])];
}

/** The id of the section that shows a field (the first one for a promoted field). */
export function sectionOf(key: string): string | undefined {
  if (promotedKeys.includes(key)) return accountSettingGroups[0]?.id;
  return findAccountField(key)?.group.id;
}
