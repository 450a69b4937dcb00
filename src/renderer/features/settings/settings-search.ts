import { settingHelp, settingLabel } from '../../../shared/i18n/setting-texts';
import type { FieldEntry } from '../../../shared/settings/registry';
import type { UiLanguage } from '../../i18n/language';

function normalise(text: string): string {
  return text.toLocaleLowerCase().normalize('NFKC');
}

/** Everything a field can be found by: its label and help in the UI language and in English, and its key. */
function searchableText(entry: FieldEntry, language: UiLanguage): string {
  const { field, key } = entry;
  const parts = [settingLabel(language, field), settingLabel('en', field), key];
  for (const help of [settingHelp(language, field), settingHelp('en', field)])
    if (help !== undefined) parts.push(help);
  return normalise(parts.join('\n'));
}

/**
 * The fields matching a settings search, in table order (which is the manual's order). Every word of the
 * query must occur somewhere in the field's searchable text, so "stun server" finds "STUN server" and
 * "server stun" alike. An empty query matches nothing: the screen then shows the selected group instead.
 */
export function searchSettings(
  entries: readonly FieldEntry[],
  query: string,
  language: UiLanguage,
): FieldEntry[] {
  const words = normalise(query)
    .split(/\s+/)
    .filter((word) => word.length > 0);
  if (words.length === 0) return [];
  return entries.filter((entry) => {
    const text = searchableText(entry, language);
    return words.every((word) => text.includes(word));
  });
}
