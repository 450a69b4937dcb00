import type { CountryCode } from 'libphonenumber-js/min';
import { parsePhoneNumberFromString } from 'libphonenumber-js/min';
import { codesEn } from '../i18n/en/codes';
import { withoutBracketedTrunkPrefix } from './trunk-prefix';

/** The manual's "Phone number modification" settings of one account. */
export interface DialRules {
  /** Characters removed before dialling, e.g. " -()/." */
  removeDialChars: string;
  /** Turn national numbers into international ones with the default country's code. */
  useCountryCode: boolean;
  defaultCountry: string;
  /** Digits put before external numbers, e.g. "0" for an outside line. Never before short extensions. */
  prefix: string;
}

export type DialTarget =
  { kind: 'number'; number: string } | { kind: 'uri'; user: string; host: string; secure: boolean };

export type DialProblem = 'empty' | 'controlCharacters' | 'letters' | 'badUri' | 'tooLong';

export type DialResult =
  | { ok: true; target: DialTarget }
  | { ok: false; problem: DialProblem; message: string; text: { key: `dial.${DialProblem}` } };

/** Extensions up to this many digits are internal and never get the prefix. */
export const maxExtensionDigits = 6;

function fail(problem: DialProblem): DialResult {
  return { ok: false, problem, message: codesEn.codes.dial[problem], text: { key: `dial.${problem}` } };
}

// eslint-disable-next-line no-control-regex
const controlCharacters = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
const uriUser = /^[A-Za-z0-9\-_.!~*'()&=+$,;?/%]+$/;
const uriHost = /^(?:\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.-]+)(?::\d{1,5})?$/;

/**
 * Turns what the user typed (search field, keypad, a contact's number) into
 * something to dial, applying the account's number modification rules.
 * SIP addresses (name@domain, sip:…, sips:…) pass through untouched.
 */
export function applyDialRules(input: string, rules: DialRules): DialResult {
  if (controlCharacters.test(input)) return fail('controlCharacters');
  const text = withoutBracketedTrunkPrefix(input.trim());
  if (text === '') return fail('empty');
  if (text.length > 256) return fail('tooLong');
  if (/^sips?:/i.test(text) || text.includes('@')) return parseUri(text);

  let digits = [...text].filter((c) => !rules.removeDialChars.includes(c)).join('');
  if (digits === '') return fail('empty');
  if (!/^\+?[0-9*#]+$/.test(digits)) return fail('letters');
  if (digits.length > 32) return fail('tooLong');

  if (rules.useCountryCode && !digits.startsWith('+') && isDialableNumber(digits)) {
    const parsed = parsePhoneNumberFromString(digits, rules.defaultCountry as CountryCode);
    if (parsed?.isValid()) digits = parsed.number;
  }
  if (rules.prefix && !isExtension(digits)) digits = `${rules.prefix}${digits}`;
  return { ok: true, target: { kind: 'number', number: digits } };
}

function isDialableNumber(digits: string): boolean {
  return /^[0-9]+$/.test(digits) && !isExtension(digits);
}

/** Short numbers without a leading 0 or + are internal extensions. */
export function isExtension(number: string): boolean {
  return /^[1-9*#][0-9*#]*$/.test(number) && number.replace(/[*#]/g, '').length <= maxExtensionDigits;
}

function parseUri(text: string): DialResult {
  const secure = /^sips:/i.test(text);
  const rest = text.replace(/^sips?:/i, '');
  // URI parameters and headers are never copied into the INVITE.
  const [address = ''] = rest.split(/[;?]/, 1);
  const at = address.lastIndexOf('@');
  if (at <= 0 || at === address.length - 1) return fail('badUri');
  const user = address.slice(0, at);
  const host = address.slice(at + 1);
  if (!uriUser.test(user) || !uriHost.test(host)) return fail('badUri');
  return { ok: true, target: { kind: 'uri', user, host, secure } };
}
