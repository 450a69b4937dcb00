import type { LinkRefused, PendingLink, PendingLinkAddress } from '../../../shared/links/link-contract';
import { linkFailureMessages } from '../../../shared/links/link-contract';
import type { TFunction } from 'i18next';
import type { UiLanguage } from '../../i18n/language';
import { userTextOr } from '../../i18n/user-text';

/** The link the confirmation dialog asks about: the oldest one waiting (main sends them in arrival order). */
export function linkToConfirm(links: readonly PendingLink[]): PendingLink | undefined {
  return links[0];
}

/**
 * What the refusal alert says: our translation of the code; for DIAL_FAILED main's reason is more
 * precise (its code translated, else its English message).
 */
export function linkRefusalText(refused: LinkRefused, language: UiLanguage, t: TFunction): string {
  if (refused.code === 'DIAL_FAILED' && refused.text !== undefined)
    return userTextOr(t, refused.text, refused.message);
  if (refused.code === 'DIAL_FAILED' && refused.message.trim() !== '') return refused.message;
  return linkFailureMessages[refused.code][language];
}

/** Lines the dialog shows about a link: what is dialled, whether SIPS protects it, the extension left out. */
export interface LinkDetails {
  kind: 'number' | 'address';
  shown: string;
  secure: boolean;
  extension: string | undefined;
}

export function linkDetails(link: PendingLink): LinkDetails {
  return {
    kind: link.isPhoneNumber ? 'number' : 'address',
    shown: link.display.trim() !== '' ? link.display : link.target,
    secure: link.secure,
    extension: link.extension !== undefined && link.extension !== '' ? link.extension : undefined,
  };
}

/**
 * What the dialog shows about a SIP address outside the dialling account's domain: user and host apart,
 * and the address exactly as dialled (ASCII: the parser re-escapes the user, and refuses non-ASCII
 * hosts and invisible characters), never the link's own display text.
 */
export interface OutsideAddress {
  user: string;
  host: string;
  /** The dialling account's domain; undefined when no account was registered to compare with. */
  accountDomain: string | undefined;
  uri: string;
}

export function outsideAddress(link: PendingLink): OutsideAddress | undefined {
  const address: PendingLinkAddress | undefined = link.address;
  if (address === undefined || !address.outside) return undefined;
  return {
    user: address.user,
    host: address.host,
    accountDomain: address.accountDomain,
    // A sips: target already carries its prefix (see CallLink.target).
    uri: link.secure ? link.target : `sip:${link.target}`,
  };
}
