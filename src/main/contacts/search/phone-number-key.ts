import { isSupportedCountry, parsePhoneNumberFromString } from 'libphonenumber-js/min';
import { isExtension } from '../../../shared/phone/dial-rules';
import { withoutBracketedTrunkPrefix } from '../../../shared/phone/trunk-prefix';

/**
 * Number keys for caller ID and search. One number has several written forms ("+49 30 1234567",
 * "0301234567", "0049 30 1234567", "sip:0301234567@pbx"); they all share one key:
 * - E.164 ("+49301234567") for national and international numbers, read with the default country;
 * - digits only ("201") for short internal extensions and anything libphonenumber cannot place.
 */

/** Digits, * and # of a number or of a SIP URI's user part; a leading + is kept. */
export function cleanNumber(input: string): string {
  let text = withoutBracketedTrunkPrefix(input.trim());
  const uri = /^sips?:([^@;?]*)/i.exec(text);
  if (uri) text = uri[1] ?? '';
  else if (text.includes('@')) text = text.slice(0, text.indexOf('@'));
  const digits = text.replace(/[^0-9*#]/g, '');
  return text.startsWith('+') && digits !== '' ? `+${digits}` : digits;
}

/** The key one number is stored and looked up under ('' when it has no digits). */
export function normalizeNumber(input: string, defaultCountry: string): string {
  const clean = cleanNumber(input);
  return parse(clean, defaultCountry)?.number ?? clean;
}

/**
 * Keys to try for an incoming or outgoing number, best first: its E.164 key, the digits as sent,
 * and the national form (for numbers stored before the default country was set, or not valid).
 */
export function lookupKeys(input: string, defaultCountry: string): string[] {
  const clean = cleanNumber(input);
  const parsed = parse(clean, defaultCountry);
  const keys = [parsed?.number ?? clean, clean];
  if (parsed && parsed.country === defaultCountry.toUpperCase()) keys.push(digitsOf(parsed.formatNational()));
  return [...new Set(keys.filter((k) => k !== ''))];
}

/**
 * The digit strings contains-search looks in, separated by spaces: as typed, international and
 * national, so "030 123" and "4930123" both find "+49 30 1234567".
 */
export function searchDigitsOf(input: string, defaultCountry: string): string {
  return phoneKeysOf(input, defaultCountry).searchDigits;
}

export interface PhoneKeys {
  /** normalizeNumber's key. */
  normalized: string;
  /** The digits as typed, for ordered prefix search. */
  digits: string;
  /** searchDigitsOf's forms. */
  searchDigits: string;
}

/** Everything the contacts tables keep for one number, with a single parse. */
export function phoneKeysOf(input: string, defaultCountry: string): PhoneKeys {
  const clean = cleanNumber(input);
  const parsed = parse(clean, defaultCountry);
  const forms = [digitsOf(clean)];
  if (parsed) forms.push(digitsOf(parsed.number), digitsOf(parsed.formatNational()));
  return {
    normalized: parsed?.number ?? clean,
    digits: digitsOf(input),
    searchDigits: [...new Set(forms.filter((f) => f !== ''))].join(' '),
  };
}

export function digitsOf(text: string): string {
  return text.replace(/[^0-9*#]/g, '');
}

function parse(clean: string, defaultCountry: string) {
  if (!/^\+?[0-9]+$/.test(clean) || isExtension(clean)) return undefined;
  const country = defaultCountry.toUpperCase();
  const parsed = parsePhoneNumberFromString(clean, isSupportedCountry(country) ? country : undefined);
  return parsed?.isValid() ? parsed : undefined;
}
