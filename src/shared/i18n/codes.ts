import { codesEn } from './en/codes';

type Codes = (typeof codesEn)['codes'];

/** A code main may send for a user-visible text: `<area>.<code>`, e.g. `ldap.timeout`. */
export type TextCode = {
  [Area in keyof Codes]: `${Area & string}.${keyof Codes[Area] & string}`;
}[keyof Codes];

/** Every code the catalogue has a text for (the contract accepts exactly these). */
export const textCodes = Object.entries(codesEn.codes).flatMap(([area, texts]) =>
  Object.keys(texts).map((code) => `${area}.${code}`),
) as [TextCode, ...TextCode[]];
