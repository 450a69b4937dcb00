/**
 * The line syntax of the key=value device configuration PBXs generate for desk phones (Yealink's .cfg
 * style): `key = value`, `#` or `;` comments, blank lines and `[section]` headers (ignored).
 *
 * Values may be quoted ("…" or '…', no escapes); an unquoted value ends at a `#` or `;` that follows
 * whitespace (a trailing comment), so `*#86` stays a value and a password containing " #" must be
 * quoted. `%NULL%` means the empty value. A key given twice keeps its last value, as desk phones do.
 * Keys are matched case-insensitively.
 *
 * Messages never repeat a value: the file carries passwords.
 */
import { ProvisioningFormatError } from '../provisioning-document';

export interface KeyValueEntry {
  /** The key as written. */
  key: string;
  value: string;
  /** 1-based line of the (last) occurrence. */
  line: number;
}

export type KeyValueLine =
  { kind: 'skip' } | { kind: 'entry'; key: string; value: string } | { kind: 'malformed'; reason: string };

const KEY_RE = /^[A-Za-z0-9_][A-Za-z0-9_.%-]*$/;
const MAX_KEY_LENGTH = 256;
const NULL_VALUE = '%NULL%';

export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/** One line: a comment, blank or section header (skip), an entry, or why it is neither. */
export function readKeyValueLine(raw: string): KeyValueLine {
  const line = raw.trim();
  if (line === '' || line.startsWith('#') || line.startsWith(';')) return { kind: 'skip' };
  if (line.startsWith('[') && line.endsWith(']')) return { kind: 'skip' };
  const eq = line.indexOf('=');
  if (eq === -1) {
    return {
      kind: 'malformed',
      reason: 'has no "=": every line must be key = value, a # or ; comment, or a [section] header',
    };
  }
  const key = line.slice(0, eq).trim();
  if (key.length > MAX_KEY_LENGTH || !KEY_RE.test(key)) {
    return {
      kind: 'malformed',
      reason: 'has no valid key before "=" (letters, digits, ".", "_", "-" and "%" only)',
    };
  }
  const value = readValue(line.slice(eq + 1).trim());
  if (value === undefined) return { kind: 'malformed', reason: `(${key}) has an unterminated quoted value` };
  return { kind: 'entry', key, value: value === NULL_VALUE ? '' : value };
}

function readValue(text: string): string | undefined {
  const quote = text[0];
  if (quote === '"' || quote === "'") {
    const close = text.indexOf(quote, 1);
    if (close === -1) return undefined;
    const rest = text.slice(close + 1).trim();
    if (rest !== '' && !rest.startsWith('#') && !rest.startsWith(';')) return undefined;
    return text.slice(1, close);
  }
  const comment = /\s[#;]/.exec(text);
  return (comment ? text.slice(0, comment.index) : text).trim();
}

/**
 * Every entry of the file by lower-case key; a repeated key keeps its last value and line.
 * Throws ProvisioningFormatError with the line number of the first malformed line.
 */
export function readKeyValueFile(text: string): Map<string, KeyValueEntry> {
  const entries = new Map<string, KeyValueEntry>();
  const lines = splitLines(text);
  for (let i = 0; i < lines.length; i++) {
    const read = readKeyValueLine(lines[i] ?? '');
    if (read.kind === 'skip') continue;
    if (read.kind === 'malformed') throw new ProvisioningFormatError(`Line ${i + 1} ${read.reason}.`, i + 1);
    const name = read.key.toLowerCase();
    entries.delete(name); // keep file order of the last occurrence
    entries.set(name, { key: read.key, value: read.value, line: i + 1 });
  }
  return entries;
}
