import type { TFunction } from 'i18next';

/**
 * What a screen reader hears once a search has answered: the count, and when the list was cut at a
 * result limit (a directory's or the search's), that there is more and the search should be narrowed.
 */
export function searchSummary(t: TFunction, count: number, truncated: boolean): string {
  const found = t('contacts.resultCount', { count });
  return truncated ? `${found}. ${t('contacts.moreResults')}` : found;
}
