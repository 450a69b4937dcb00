import type { CallLinkRefusalCode } from './call-link';

/**
 * Characters a confirmation dialog cannot show truthfully: C0/C1 controls and DEL (Cc), format
 * characters (Cf: bidirectional marks, overrides and isolates, which can make "+1 900" look like
 * "009 1+", the Arabic letter mark, zero-width characters, the soft hyphen, tag characters), line and
 * paragraph separators, and every other default-ignorable code point (variation selectors, Hangul
 * fillers, the combining grapheme joiner), which renders as nothing (Unicode §5.21, UAX #44).
 */
export const invisibleCharacters = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}]/u;

const escape = /%[0-9A-Fa-f]{2}/g;
const brokenEscape = /%(?![0-9A-Fa-f]{2})/;

export type Decoded = { ok: true; value: string } | { ok: false; code: CallLinkRefusalCode };

/**
 * Percent-decodes one URI component exactly once (RFC 3986 §2.1), as UTF-8.
 * Refused: a '%' not followed by two hex digits, invalid UTF-8, control characters that were hidden
 * behind an escape (%00, %0D%0A) and ones hidden behind two escapes (%250A decodes to "%0A").
 */
export function decodeOnce(raw: string): Decoded {
  if (brokenEscape.test(raw)) return { ok: false, code: 'BAD_ENCODING' };
  let value: string;
  try {
    value = raw.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => decodeURIComponent(run));
  } catch {
    return { ok: false, code: 'BAD_ENCODING' };
  }
  if (invisibleCharacters.test(value)) return { ok: false, code: 'CONTROL_CHARACTERS' };
  const again = decodeQuietly(value);
  if (again !== undefined && invisibleCharacters.test(again))
    return { ok: false, code: 'CONTROL_CHARACTERS' };
  return { ok: true, value };
}

/** A second decoding, only to look for hidden control characters; undefined if not decodable. */
function decodeQuietly(value: string): string | undefined {
  if (!value.includes('%')) return undefined;
  try {
    return value.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => decodeURIComponent(run));
  } catch {
    // "%C0" alone is not UTF-8, but its bytes may still be a control character.
    return value.replace(escape, (one) => String.fromCharCode(parseInt(one.slice(1), 16)));
  }
}

/** Characters a SIP user part may carry unescaped in the target we hand to the dial rules. */
const plainUserCharacter = /[A-Za-z0-9\-_.!~*'()&=+$,/]/;

/** Re-escapes a decoded SIP user part so it is one canonical, parameter-free token. */
export function encodeUser(value: string): string {
  // Iterating by code point, so encodeURIComponent never meets a lone surrogate (decodeOnce yields none).
  return [...value].map((char) => (plainUserCharacter.test(char) ? char : encodeURIComponent(char))).join('');
}
