/**
 * Where a BLF key's lamp subscribes: the key's target as a SIP URI. An extension or number is a user
 * at the account's domain ("1002" → sip:1002@pbx.example.com); a sip:/sips: URI is kept; "user@host"
 * gets the sip: scheme. Anything else is not watchable and the lamp says so.
 */
import { UserAgent } from 'sip.js';
import type { URI } from 'sip.js';
import type { UserText } from '../../shared/contract/user-text';
import { worded } from '../i18n/translator';

/** What extensions and numbers are made of (feature codes use * and #). */
const USER = /^[A-Za-z0-9*#+._~-]+$/;

/** A URI to watch, or why there is none (in English, and as a code for the UI). */
export type BlfTarget = { uri: URI; text: string } | { problem: string; problemText: UserText };

function unwatchable(key: UserText['key'], params: Record<string, string> = {}): BlfTarget {
  const { text, english } = worded(key, params);
  return { problem: english, problemText: text };
}

export function blfTarget(target: string, domain: string): BlfTarget {
  const trimmed = target.trim();
  let text: string;
  if (/^sips?:/i.test(trimmed)) text = trimmed;
  else if (trimmed.includes('@')) text = `sip:${trimmed}`;
  else {
    const user = trimmed.replace(/[\s()-]/g, '');
    if (!USER.test(user)) return unwatchable('blf.notTarget', { target });
    if (domain.trim() === '') return unwatchable('blf.noDomain');
    text = `sip:${user.replace(/#/g, '%23')}@${domain.trim()}`;
  }
  const uri = text.length <= 512 ? UserAgent.makeURI(text) : undefined;
  return uri ? { uri, text } : unwatchable('blf.notTarget', { target });
}
