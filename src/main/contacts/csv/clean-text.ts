/**
 * Cleaning of cell text before it becomes a contact field.
 *
 * Control characters (C0 except tab/newline, DEL, C1) and bidirectional overrides are removed: they
 * are invisible, break the list and caller ID display, and bidi overrides can make one name look like
 * another (https://unicode.org/reports/tr36/#Bidirectional_Text_Spoofing).
 *
 * Formula prefixes (= + - @) are left as they are. A contact field is plain text to us: nothing here or
 * in the store evaluates it, so "=Müller" is imported and shown as "=Müller". Changing it would damage
 * real data ("+49 30 …", "-Team Nord-"). The risk ("CSV injection", OWASP) exists only when data is
 * written back to a spreadsheet, so any future CSV export must escape such cells, not this import.
 */

const controlCharacters =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Removes control and bidi-override characters; keeps tab, CR and LF. */
export function stripControlCharacters(value: string): string {
  return value.replace(controlCharacters, '');
}

/** One-line field: control characters removed, line breaks and runs of white space made one space. */
export function cleanField(value: string): string {
  return stripControlCharacters(value).replace(/\s+/g, ' ').trim();
}
