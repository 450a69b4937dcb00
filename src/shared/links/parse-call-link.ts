import { applyDialRules } from '../phone/dial-rules';
import type { CallLink, CallLinkRefusalCode, CallLinkResult, CallLinkScheme } from './call-link';
import { callLinkSchemes, maxLinkLength, maxTargetLength, refuse } from './call-link';
import { decodeOnce, invisibleCharacters } from './escapes';
import { parseSipAddress } from './sip-address';
import { parseTelephoneSubscriber } from './telephone-subscriber';

const schemePrefix = /^([A-Za-z][A-Za-z0-9+.-]{0,31}):/;
const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
/** Rules that change nothing: only to prove `calls.dial` will accept the target. */
const neutralRules = { removeDialChars: '', useCountryCode: false, defaultCountry: 'DE', prefix: '' };

type Body = Omit<CallLink, 'ok' | 'scheme'> | { ok: false; code: CallLinkRefusalCode };

export function isCallLinkScheme(value: string): value is CallLinkScheme {
  return (callLinkSchemes as readonly string[]).includes(value);
}

/**
 * Turns a callto:, sip:, sips: or tel: link from the operating system, a web page or the command line
 * into something `calls.dial` accepts, or a refusal. Pure and total: never throws, whatever the input.
 * Rules and examples: docs/links.md.
 */
export function parseCallLink(input: string): CallLinkResult {
  if (typeof input !== 'string') return refuse('EMPTY');
  if (input.length > maxLinkLength) return refuse('TOO_LONG');
  if (invisibleCharacters.test(input)) return refuse('CONTROL_CHARACTERS');
  if (loneSurrogate.test(input)) return refuse('MALFORMED');
  const text = input.trim();
  if (text === '') return refuse('EMPTY');
  const match = schemePrefix.exec(text);
  if (!match) return refuse('UNKNOWN_SCHEME');
  const scheme = (match[1] ?? '').toLowerCase();
  if (!isCallLinkScheme(scheme)) return refuse('UNKNOWN_SCHEME', scheme);

  const body = parseBody(scheme, text.slice(match[0].length), true);
  if ('code' in body) return refuse(body.code, scheme);
  if (body.target.length > maxTargetLength) return refuse('TOO_LONG', scheme);
  // A safety net: whatever we hand over must pass the same checks `calls.dial` applies.
  if (!applyDialRules(body.target, neutralRules).ok) return refuse('MALFORMED', scheme);
  return { ok: true, scheme, ...body };
}

function parseBody(scheme: CallLinkScheme, rest: string, outermost: boolean): Body {
  const body = withoutAuthoritySlashes(rest);
  if (body === '') return { ok: false, code: 'NO_NUMBER' };
  switch (scheme) {
    case 'tel':
      return phoneBody(body);
    case 'sip':
    case 'sips':
      return sipBody(body, scheme === 'sips');
    case 'callto':
      return outermost ? calltoBody(body) : { ok: false, code: 'MALFORMED' };
  }
}

/**
 * "callto://+49…" (Skype) and "tel://…" are not RFC syntax but common: the "//" and a trailing "/"
 * (which browsers add to such links) are dropped.
 */
function withoutAuthoritySlashes(rest: string): string {
  if (!rest.startsWith('//')) return rest;
  const body = rest.slice(2);
  return body.endsWith('/') ? body.slice(0, -1) : body;
}

/**
 * callto: as Skype, Outlook and Lync write it: a number ("callto:+49 30 123"), a SIP address
 * ("callto:alice@example.com"), or another link ("callto:sip:…", "callto:tel:…"), nested once only.
 * A Skype name ("callto:echo123") is not a number and is refused.
 */
function calltoBody(body: string): Body {
  const nested = schemePrefix.exec(body);
  if (nested) {
    const inner = (nested[1] ?? '').toLowerCase();
    if (inner === 'callto') return { ok: false, code: 'MALFORMED' };
    if (!isCallLinkScheme(inner)) return { ok: false, code: 'UNKNOWN_SCHEME' };
    return parseBody(inner, body.slice(nested[0].length), false);
  }
  const [address = ''] = body.split(/[;?]/, 1);
  return address.includes('@') ? sipBody(body, false) : phoneBody(body);
}

/** A number link. Query strings ("?call", which Skype adds) are checked and dropped. */
function phoneBody(body: string): Body {
  // A number never contains '@': "tel:+1800@evil.example" must not become a SIP call elsewhere.
  if (body.includes('@')) return { ok: false, code: 'MALFORMED' };
  const queryAt = body.indexOf('?');
  if (queryAt !== -1) {
    const query = decodeOnce(body.slice(queryAt + 1));
    if (!query.ok) return query;
  }
  const subscriber = parseTelephoneSubscriber(queryAt === -1 ? body : body.slice(0, queryAt));
  if (!subscriber.ok) return subscriber;
  const { number, visual, extension } = subscriber.value;
  const result: Body = { target: number, secure: false, display: visual, isPhoneNumber: true };
  if (extension !== undefined) result.extension = extension;
  return result;
}

function sipBody(body: string, secure: boolean): Body {
  const address = parseSipAddress(body);
  if (!address.ok) return address;
  const { user, host, displayUser, display, isPhoneNumber } = address.value;
  // calls.dial keeps the sips: prefix and builds a sips: Request-URI from it (TLS end to end).
  const target = `${secure ? 'sips:' : ''}${user}@${host}`;
  return { target, secure, display, isPhoneNumber, address: { user: displayUser, host } };
}
