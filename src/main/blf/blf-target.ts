/**
 * Where a BLF key's lamp subscribes: the key's target as a SIP URI. An extension or number is a user
 * at the account's domain ("1002" → sip:1002@pbx.example.com); a sip:/sips: URI is kept; "user@host"
 * gets the sip: scheme. Anything else is not watchable and the lamp says so.
 */
import { UserAgent } from 'sip.js';
import type { URI } from 'sip.js';

/** What extensions and numbers are made of (feature codes use * and #). */
const USER = /^[A-Za-z0-9*#+._~-]+$/;

export type BlfTarget = { uri: URI; text: string } | { problem: string };

export function blfTarget(target: string, domain: string): BlfTarget {
  const trimmed = target.trim();
  let text: string;
  if (/^sips?:/i.test(trimmed)) text = trimmed;
  else if (trimmed.includes('@')) text = `sip:${trimmed}`;
  else {
    const user = trimmed.replace(/[\s()-]/g, '');
    if (!USER.test(user)) return { problem: `"${target}" is not an extension or SIP address` };
    if (domain.trim() === '') return { problem: 'The account has no domain to watch extensions at' };
    text = `sip:${user.replace(/#/g, '%23')}@${domain.trim()}`;
  }
  const uri = text.length <= 512 ? UserAgent.makeURI(text) : undefined;
  return uri ? { uri, text } : { problem: `"${target}" is not an extension or SIP address` };
}
