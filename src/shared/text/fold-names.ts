/**
 * Folds text the way the names index (unicode61 remove_diacritics 2) does: lower case, no
 * diacritics, so "Müller", "MULLER" and "muller" compare equal. Used for the ordered sort keys.
 */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim().replace(/\s+/g, ' ');
}

const germanSpelling: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

/**
 * fold with the German spelling rules first: ä→ae, ö→oe, ü→ue, ß→ss, so "Müller" and "Mueller" fold
 * alike, and so do "Straße" and "Strasse" (#13). Names are indexed in both folds (contacts.name_words),
 * queries in this one: "muller" still finds "Müller" through the plain fold.
 */
export function foldGerman(text: string): string {
  return fold(
    text
      .normalize('NFC')
      .toLowerCase()
      .replace(/[äöüß]/g, (c) => germanSpelling[c] ?? c),
  );
}

/** The German-folded words of names that differ from their plain fold, for the names index. */
export function germanWordsOf(names: readonly string[]): string {
  const words = new Set<string>();
  for (const name of names) {
    if (!/[äöüßÄÖÜẞ]|[\u0308]/u.test(name)) continue;
    for (const word of splitWords(foldGerman(name))) words.add(word);
  }
  return [...words].join(' ');
}

function splitWords(folded: string): string[] {
  return folded.split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');
}
