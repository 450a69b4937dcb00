import type { CallLinkRefusalCode } from './call-link';
import { decodeOnce, encodeUser } from './escapes';
import { parseTelephoneSubscriber } from './telephone-subscriber';

/** The parts of a sip:/sips: URI (RFC 3261 §19.1.1) a call needs; parameters and headers dropped. */
export interface SipAddress {
  /** Canonically escaped user part, safe for the dial rules (no ';', '?', '@'). */
  user: string;
  /** Lower-case host, with ":port" when the link gave one. */
  host: string;
  /** The user part as a person reads it: decoded, or a user=phone number with its separators. */
  displayUser: string;
  display: string;
  isPhoneNumber: boolean;
}

export type SipAddressResult = { ok: true; value: SipAddress } | { ok: false; code: CallLinkRefusalCode };

// RFC 3261 §25.1: user = 1*( unreserved / escaped / user-unreserved ); ';' and '?' (user-unreserved)
// are refused because the dial string must be one token.
const rawUser = /^(?:[A-Za-z0-9\-_.!~*'()&=+$,/]|%[0-9A-Fa-f]{2})+$/;
// Characters that make a decoded user part ambiguous or misleading in a dialog.
const badDecodedUser = /[\s@:;?<>"\\%[\]{}|^`]/;
const paramName = /^(?:[A-Za-z0-9\-_.!~*'()[\]/:&+$]|%[0-9A-Fa-f]{2})+$/;
const paramValue = /^(?:[A-Za-z0-9\-_.!~*'()[\]/:&+$]|%[0-9A-Fa-f]{2})*$/;
// hname / hvalue (hnv-unreserved adds '?').
const headerToken = /^(?:[A-Za-z0-9\-_.!~*'()[\]/?:+$]|%[0-9A-Fa-f]{2})*$/;
const label = '[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?';
const hostname = new RegExp(`^(?:${label}\\.)*[A-Za-z](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.?$`);
const ipv4 =
  /^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])$/;
const ipv6 = /^\[[0-9A-Fa-f:.]{2,45}\]$/;

function fail(code: CallLinkRefusalCode): SipAddressResult {
  return { ok: false, code };
}

/**
 * Parses what follows "sip:" or "sips:": user@host[:port][;params][?headers]. A password in the
 * userinfo is refused (it must never be dialled or logged). `user=phone` makes the user part a
 * telephone number whose visual separators and tel parameters are removed (RFC 3261 §19.1.6).
 */
export function parseSipAddress(rest: string): SipAddressResult {
  const parts = rest.split('@');
  if (parts.length === 1) return fail('NO_NUMBER');
  // '@' is never unescaped in a user, host, parameter or header (RFC 3261 §25.1): a second one is abuse.
  if (parts.length > 2) return fail('MALFORMED');
  const [userinfo = '', afterAt = ''] = parts;
  if (userinfo === '') return fail('NO_NUMBER');
  if (userinfo.includes(':')) return fail('CREDENTIALS');

  const queryAt = afterAt.indexOf('?');
  const beforeQuery = queryAt === -1 ? afterAt : afterAt.slice(0, queryAt);
  const headers = queryAt === -1 ? undefined : afterAt.slice(queryAt + 1);
  const [hostport = '', ...params] = beforeQuery.split(';');

  const host = parseHostport(hostport);
  if (host === undefined) return fail('BAD_HOST');
  const paramCheck = checkParams(params);
  if (typeof paramCheck === 'string') return fail(paramCheck);
  if (headers !== undefined) {
    const headerCheck = checkHeaders(headers);
    if (headerCheck) return fail(headerCheck);
  }
  return paramCheck.userIsPhone ? phoneUser(userinfo, host) : plainUser(userinfo, host);
}

function phoneUser(userinfo: string, host: string): SipAddressResult {
  // The telephone-subscriber's own ';' parameters (ext, isub, postd, phone-context) live in the user part.
  if (userinfo.includes('?')) return fail('MALFORMED');
  const subscriber = parseTelephoneSubscriber(userinfo);
  if (!subscriber.ok) return subscriber;
  const { number, visual } = subscriber.value;
  return {
    ok: true,
    value: {
      user: encodeUser(number),
      host,
      displayUser: visual,
      display: `${visual}@${host}`,
      isPhoneNumber: true,
    },
  };
}

function plainUser(userinfo: string, host: string): SipAddressResult {
  const decoded = decodeOnce(userinfo);
  if (!decoded.ok) return decoded;
  if (!rawUser.test(userinfo)) return fail('MALFORMED');
  if (decoded.value.includes('%')) return fail('BAD_ENCODING');
  if (badDecodedUser.test(decoded.value)) return fail('MALFORMED');
  return {
    ok: true,
    value: {
      user: encodeUser(decoded.value),
      host,
      displayUser: decoded.value,
      display: `${decoded.value}@${host}`,
      isPhoneNumber: /^\+?[0-9*#]+$/.test(decoded.value),
    },
  };
}

/** host [":" port], lower-cased; undefined when not a hostname, IPv4 or bracketed IPv6 address. */
function parseHostport(hostport: string): string | undefined {
  const match = /^(.*?)(?::([0-9]{1,5}))?$/.exec(hostport);
  const host = match?.[1] ?? '';
  const port = match?.[2];
  if (port !== undefined && (Number(port) < 1 || Number(port) > 65535)) return undefined;
  const valid =
    (host.length <= 253 && (ipv4.test(host) || hostname.test(host))) ||
    (ipv6.test(host) && (host.match(/:/g) ?? []).length >= 2);
  if (!valid) return undefined;
  return port === undefined ? host.toLowerCase() : `${host.toLowerCase()}:${port}`;
}

/**
 * Every URI parameter must be well-formed and appear once (RFC 3261 §19.1.1); all are then dropped
 * (transport, maddr, method, lr, …: a link must not steer where or how the INVITE goes). Only
 * user=phone is read.
 */
function checkParams(params: string[]): { userIsPhone: boolean } | CallLinkRefusalCode {
  const seen = new Set<string>();
  let userIsPhone = false;
  for (const param of params) {
    const [name = '', ...rest] = param.split('=');
    const value = rest.join('=');
    if (!paramName.test(name) || !paramValue.test(value)) return 'MALFORMED';
    const decodedName = decodeOnce(name);
    const decodedValue = decodeOnce(value);
    if (!decodedName.ok) return decodedName.code;
    if (!decodedValue.ok) return decodedValue.code;
    const key = decodedName.value.toLowerCase();
    if (seen.has(key)) return 'MALFORMED';
    seen.add(key);
    if (key === 'user' && decodedValue.value.toLowerCase() === 'phone') userIsPhone = true;
  }
  return { userIsPhone };
}

/** Headers (?Subject=…&Call-Info=…) are never copied into the INVITE, but hostile ones refuse the link. */
function checkHeaders(headers: string): CallLinkRefusalCode | undefined {
  if (headers === '') return undefined;
  for (const header of headers.split('&')) {
    const [name = '', ...rest] = header.split('=');
    if (name === '' || !headerToken.test(name) || !headerToken.test(rest.join('='))) return 'MALFORMED';
    const decoded = decodeOnce(header);
    if (!decoded.ok) return decoded.code;
  }
  return undefined;
}
