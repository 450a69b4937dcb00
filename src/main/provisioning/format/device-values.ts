/**
 * Turning one key=value entry into the JS type of the setting it feeds. A value the mapping cannot use
 * is a ProvisioningFormatError with the line and the device key, so the administrator sees which line
 * of the generated file to fix; ranges and formats are left to the settings schema.
 */
import { ProvisioningFormatError } from '../provisioning-document';
import type { KeyValueEntry } from './keyvalue-lines';

/** The entry's value unchanged (the empty string clears a text setting). */
export function text(entry: KeyValueEntry): string {
  return entry.value;
}

const TRUE = new Set(['1', 'true', 'on', 'yes', 'enable', 'enabled']);
const FALSE = new Set(['0', 'false', 'off', 'no', 'disable', 'disabled']);

export function flag(entry: KeyValueEntry): boolean {
  const value = entry.value.trim().toLowerCase();
  if (TRUE.has(value)) return true;
  if (FALSE.has(value)) return false;
  throw invalid(entry, 'must be 0 or 1');
}

export function integer(entry: KeyValueEntry): number {
  const value = entry.value.trim();
  if (!/^\d{1,9}$/.test(value)) throw invalid(entry, 'must be a whole number');
  return Number(value);
}

/** A value from a fixed table (device codes to our option values), matched case-insensitively. */
export function oneOf(table: Readonly<Record<string, string>>, expected: string) {
  return (entry: KeyValueEntry): string => {
    const mapped = table[entry.value.trim().toLowerCase()];
    if (mapped === undefined) throw invalid(entry, `must be ${expected}`);
    return mapped;
  };
}

/** Whether the entry says something: non-text settings given as empty or %NULL% are not provisioned. */
export function given(entry: KeyValueEntry | undefined): entry is KeyValueEntry {
  return entry !== undefined && entry.value.trim() !== '';
}

/** `host` or `host:port`; a bare IPv6 address gets brackets so the port stays readable. */
export function hostPort(host: string, port: string | undefined): string {
  const h = host.trim();
  const bracketed =
    h.includes(':') && !h.startsWith('[') && h.indexOf(':') !== h.lastIndexOf(':') ? `[${h}]` : h;
  const p = port?.trim();
  if (!p || p === '0' || /^\[.*\]:\d+$|^[^:]+:\d+$/.test(bracketed)) return bracketed;
  return `${bracketed}:${p}`;
}

/**
 * A server address apart from its port: `host`, `host:port`, `[v6]`, `[v6]:port` or a bare IPv6
 * address (which gets brackets). The separate port key is used when the address has none; a port of
 * 0 or empty means "none".
 */
export function splitServer(address: string, port: string | undefined): { host: string; port?: string } {
  const a = address.trim();
  const match = /^(\[[^\]]+\]|[^:]+)(?::(\d{1,5}))?$/.exec(a);
  const host = match?.[1] ?? (a.includes(':') && !a.startsWith('[') ? `[${a}]` : a);
  const own = match?.[2];
  const p = own ?? port?.trim();
  return p && p !== '0' ? { host, port: p } : { host };
}

export function invalid(entry: KeyValueEntry, what: string): ProvisioningFormatError {
  return new ProvisioningFormatError(`Line ${entry.line}: ${entry.key} ${what}.`, entry.line, entry.key);
}
