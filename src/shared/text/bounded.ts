/**
 * Text from the network (SIP headers, reason phrases, directory answers) made safe to keep and show:
 * at most `maxLength` UTF-16 code units, no control characters, no bidirectional overrides.
 *
 * Bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) let a caller name reorder
 * what follows it on screen ("Trojan Source", CVE-2021-42574); line and paragraph breaks would split
 * one history row or notification line into several. Tab and line breaks become a space so words stay
 * apart; every other control character is removed.
 */

const LINE_BREAKS_RE = /[\t\n\v\f\r\u0085\u2028\u2029]/g;
// C0, DEL and C1 controls, bidi embeddings/overrides/isolates.
// eslint-disable-next-line no-control-regex
const INVISIBLE_RE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const LONE_SURROGATE_RE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * `value` cut to at most `maxLength` code units (never between the two halves of a surrogate pair),
 * lone surrogates replaced by U+FFFD, line breaks turned into spaces and other control and bidi
 * control characters removed. Cut first, so a megabyte of input costs no more than `maxLength`.
 */
export function boundedText(value: string, maxLength: number): string {
  let text = value.length > maxLength ? value.slice(0, maxLength) : value;
  if (text.length === maxLength && isHighSurrogate(text.charCodeAt(text.length - 1))) {
    text = text.slice(0, -1);
  }
  return text.replace(LONE_SURROGATE_RE, '\ufffd').replace(LINE_BREAKS_RE, ' ').replace(INVISIBLE_RE, '');
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
