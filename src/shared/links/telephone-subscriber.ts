import type { CallLinkRefusalCode } from './call-link';
import { maxNumberDigits } from './call-link';
import { withoutBracketedTrunkPrefix } from '../phone/trunk-prefix';
import { decodeOnce } from './escapes';

/**
 * The number of a tel: URI (RFC 3966 §3 telephone-subscriber), also used for callto: numbers and
 * the user part of sip:…;user=phone (RFC 3261 §19.1.6).
 */
export interface TelephoneSubscriber {
  /** Digits, '*' and '#', with a leading '+' for global numbers; separators removed. */
  number: string;
  /** The number as written, decoded, spaces collapsed: for the confirmation dialog. */
  visual: string;
  /** `;ext=` digits (not dialled). */
  extension?: string;
}

export type SubscriberResult =
  { ok: true; value: TelephoneSubscriber } | { ok: false; code: CallLinkRefusalCode };

/**
 * Visual separators (RFC 3966 §5.1.1: - . ( )), plus what people paste from address books: spaces
 * (also no-break and other Unicode spaces) and '/' ("030 / 123456").
 */
const separators = /[\s\-.()/]/g;
const globalNumber = /^\+[0-9]+$/;
// RFC 3966 also allows the hex digits A-F in local numbers; no PBX dials them, so they are refused.
const localNumber = /^[0-9*#]+$/;
const paramName = /^[A-Za-z0-9-]+$/;
// RFC 3966 paramchar: unreserved / pct-encoded / "[" "]" "/" ":" "&" "+" "$".
const paramValue = /^(?:[A-Za-z0-9\-_.!~*'()[\]/:&+$]|%[0-9A-Fa-f]{2})*$/;
const domainName =
  /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)*[A-Za-z](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.?$/;

function fail(code: CallLinkRefusalCode): SubscriberResult {
  return { ok: false, code };
}

/**
 * Parses "number;param=value;…". Parameters are validated and then dropped: `ext` is reported (we
 * dial the main number), `phone-context` must be well-formed but is not prepended (RFC 3966 §5.1.5:
 * it names the number's context, it is not a prefix), `isub`, `postd` and unknown ones are ignored.
 */
export function parseTelephoneSubscriber(raw: string): SubscriberResult {
  const [numberPart = '', ...params] = raw.split(';');
  const decoded = decodeOnce(numberPart);
  if (!decoded.ok) return decoded;
  const visual = decoded.value.replace(/\s+/g, ' ').trim();
  const number = withoutBracketedTrunkPrefix(visual).replace(separators, '');
  if (number === '' || number === '+') return fail(/[0-9]/.test(visual) ? 'NOT_A_NUMBER' : 'NO_NUMBER');
  if (!globalNumber.test(number) && !localNumber.test(number)) {
    return fail(number.includes('%') ? 'BAD_ENCODING' : 'NOT_A_NUMBER');
  }
  if (number.replace('+', '').length > maxNumberDigits) return fail('TOO_LONG');

  const seen = new Set<string>();
  let extension: string | undefined;
  for (const param of params) {
    const [name = '', ...rest] = param.split('=');
    const value = rest.join('=');
    const key = name.toLowerCase();
    // RFC 3966 §3: a parameter name appears at most once.
    if (!paramName.test(name) || seen.has(key) || !paramValue.test(value)) return fail('MALFORMED');
    seen.add(key);
    const decodedValue = decodeOnce(value);
    if (!decodedValue.ok) return decodedValue;
    if (key === 'ext') {
      extension = decodedValue.value.replace(separators, '');
      if (!/^[0-9]{1,16}$/.test(extension)) return fail('MALFORMED');
    } else if (key === 'phone-context') {
      if (!isPhoneContext(decodedValue.value)) return fail('MALFORMED');
    }
  }
  const value: TelephoneSubscriber = { number, visual };
  if (extension !== undefined) value.extension = extension;
  return { ok: true, value };
}

function isPhoneContext(value: string): boolean {
  if (value.startsWith('+')) return /^\+[0-9]+$/.test(value.replace(separators, ''));
  return value.length <= 253 && domainName.test(value);
}
