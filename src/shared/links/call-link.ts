/**
 * What a callto:, sip:, sips: or tel: link means to the softphone: one dial string for `calls.dial`,
 * or a refusal with a code the UI translates. Produced by parseCallLink; see docs/links.md.
 */

/** The link schemes the softphone registers with the operating system. */
export const callLinkSchemes = ['callto', 'sip', 'sips', 'tel'] as const;
export type CallLinkScheme = (typeof callLinkSchemes)[number];

export interface CallLink {
  ok: true;
  /** The link's own scheme (a `callto:sip:…` link stays `callto`). */
  scheme: CallLinkScheme;
  /**
   * What to hand to `calls.dial`: a number without visual separators ("+4930123456", "201", "*21#"),
   * "user@host" for a SIP address, or "sips:user@host" when the link asked for a secure call (the
   * call manager turns the prefix into a sips: Request-URI). Never carries URI parameters or headers.
   */
  target: string;
  /** The link was sips: (or callto:sips:): the call must use a sips: Request-URI. */
  secure: boolean;
  /** A human form for a confirmation dialog, e.g. "+49 30 123456" or "alice@example.com". */
  display: string;
  /** The target is a telephone number (tel:, callto: numbers, sip: with user=phone or only digits). */
  isPhoneNumber: boolean;
  /** A tel: `;ext=` that is not dialled (the main number is); shown so the user can key it in. */
  extension?: string;
  /**
   * The SIP address a sip:/sips: link (or a callto: with one) names, for the host check before dialling;
   * absent for numbers, which go to the dialling account's own domain.
   */
  address?: CallLinkAddress;
}

export interface CallLinkAddress {
  /** The user part as a person reads it (escapes decoded, "müller"; a user=phone number as written). */
  user: string;
  /** The host as dialled: lower case, ":port" kept, a trailing dot kept. */
  host: string;
}

export const callLinkRefusalCodes = [
  'EMPTY',
  'TOO_LONG',
  'CONTROL_CHARACTERS',
  'UNKNOWN_SCHEME',
  'BAD_ENCODING',
  'MALFORMED',
  'NO_NUMBER',
  'NOT_A_NUMBER',
  'CREDENTIALS',
  'BAD_HOST',
] as const;
export type CallLinkRefusalCode = (typeof callLinkRefusalCodes)[number];

export interface CallLinkRefusal {
  ok: false;
  code: CallLinkRefusalCode;
  /** English; the UI shows callLinkRefusalMessages[code] in the user's language. */
  message: string;
  /** The link's scheme, lower case, when it had a syntactically valid one (safe to log). */
  scheme?: string;
}

export type CallLinkResult = CallLink | CallLinkRefusal;

/** User-facing texts: fixed strings that never repeat the link (it may be hostile). */
export const callLinkRefusalMessages: Record<CallLinkRefusalCode, { en: string; de: string }> = {
  EMPTY: {
    en: 'The link is empty. Nothing was dialled.',
    de: 'Der Link ist leer. Es wurde nichts gewählt.',
  },
  TOO_LONG: {
    en: 'The link is too long to be a phone number or SIP address. Nothing was dialled.',
    de: 'Der Link ist zu lang für eine Rufnummer oder SIP-Adresse. Es wurde nichts gewählt.',
  },
  CONTROL_CHARACTERS: {
    en: 'The link contains invisible control characters and was refused. Dial the number by hand.',
    de: 'Der Link enthält unsichtbare Steuerzeichen und wurde abgelehnt. Wählen Sie die Nummer von Hand.',
  },
  UNKNOWN_SCHEME: {
    en: 'Only callto:, sip:, sips: and tel: links can be dialled.',
    de: 'Nur callto:-, sip:-, sips:- und tel:-Links können gewählt werden.',
  },
  BAD_ENCODING: {
    en: 'The link is not encoded correctly (a broken or doubled %-escape) and was refused.',
    de: 'Der Link ist fehlerhaft kodiert (ein kaputtes oder doppeltes %-Zeichen) und wurde abgelehnt.',
  },
  MALFORMED: {
    en: 'The link is not a valid phone or SIP link. Nothing was dialled.',
    de: 'Der Link ist kein gültiger Telefon- oder SIP-Link. Es wurde nichts gewählt.',
  },
  NO_NUMBER: {
    en: 'The link names no number or person to call. Nothing was dialled.',
    de: 'Der Link nennt keine Nummer und keinen Teilnehmer. Es wurde nichts gewählt.',
  },
  NOT_A_NUMBER: {
    en: 'The link does not contain a phone number. Only numbers and SIP addresses (name@domain) can be dialled.',
    de: 'Der Link enthält keine Rufnummer. Nur Rufnummern und SIP-Adressen (name@domain) können gewählt werden.',
  },
  CREDENTIALS: {
    en: 'The link contains a password and was refused. Never put passwords into links.',
    de: 'Der Link enthält ein Passwort und wurde abgelehnt. Passwörter gehören nie in Links.',
  },
  BAD_HOST: {
    en: 'The SIP address in the link has an invalid domain. Use the form sip:name@domain.',
    de: 'Die SIP-Adresse im Link hat eine ungültige Domain. Verwenden Sie die Form sip:name@domain.',
  },
};

export function refuse(code: CallLinkRefusalCode, scheme?: string): CallLinkRefusal {
  const refusal: CallLinkRefusal = { ok: false, code, message: callLinkRefusalMessages[code].en };
  if (scheme !== undefined) refusal.scheme = scheme;
  return refusal;
}

/** Longest raw link looked at; anything longer is refused before parsing. */
export const maxLinkLength = 2048;
/** `calls.dial` accepts targets up to this length. */
export const maxTargetLength = 256;
/** Digits in one number, as the dial rules allow. */
export const maxNumberDigits = 32;
