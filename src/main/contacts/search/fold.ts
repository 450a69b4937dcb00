import { foldGerman } from '../../../shared/text/fold-names';

export { fold, foldGerman, germanWordsOf } from '../../../shared/text/fold-names';

/**
 * Words of a query: runs of letters and digits; everything else (FTS5 syntax included) separates.
 * German-folded, so they match either fold of a name in the index.
 */
export function wordsOf(text: string): string[] {
  return foldGerman(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
}

/**
 * An FTS5 MATCH expression: every word as a quoted prefix ("mul"*), all required. Words hold only
 * letters and digits, so quotes, *, NEAR(, -, : and column filters in the query can never become
 * FTS5 syntax. Returns undefined when the query has no words.
 */
export function ftsPrefixQuery(text: string, maxWords = 8): string | undefined {
  const words = wordsOf(text).slice(0, maxWords);
  return words.length === 0 ? undefined : words.map((w) => `"${w}"*`).join(' ');
}

/** An FTS5 trigram phrase for contains search; only digits, * and # get here. */
export function ftsContainsQuery(digits: string): string {
  return `"${digits.replace(/"/g, '')}"`;
}

/** The smallest string greater than every string that starts with `prefix` (for range scans). */
export function prefixUpperBound(prefix: string): string {
  return `${prefix}\u{10FFFF}`;
}
