import type { CallLinkAddress } from '../../shared/links/call-link';
import type { PendingLinkAddress } from '../../shared/links/link-contract';
import type { DiallingAccount } from './dialling-account';

/**
 * A host as compared: lower case, without port and without the trailing dot of a fully qualified name
 * (RFC 1034 §3.1: "example.com." is "example.com"). IPv6 keeps its brackets.
 * "PBX.Example.COM.:5061" → "pbx.example.com"; "[2001:DB8::1]:5060" → "[2001:db8::1]".
 */
export function comparableHost(hostport: string): string {
  const trimmed = hostport.trim().toLowerCase();
  const bracketed = /^(\[[^\]]*\])(?::[0-9]*)?$/.exec(trimmed);
  if (bracketed) return bracketed[1] ?? '';
  const host = trimmed.replace(/:[0-9]*$/, '');
  return host.endsWith('.') ? host.slice(0, -1) : host;
}

/**
 * Whether a link's host is the dialling account's own domain, where its typed numbers and tel: links
 * go too. Case, a trailing dot and the port do not matter (the same machine of the same operator).
 * A subdomain or a parent domain is another host: whoever can name hosts under the company's domain
 * is not necessarily its phone system, and one question is cheaper than a call to the wrong place.
 * Two spellings of one IPv6 address count as different hosts; that only asks once too often.
 */
export function isAccountHost(linkHost: string, accountDomain: string): boolean {
  const account = comparableHost(accountDomain);
  return account !== '' && comparableHost(linkHost) === account;
}

/** How a link's SIP address relates to the account that will dial it (no account: outside). */
export function checkLinkAddress(
  address: CallLinkAddress,
  account: DiallingAccount | undefined,
): PendingLinkAddress {
  if (account === undefined) return { user: address.user, host: address.host, outside: true };
  return {
    user: address.user,
    host: address.host,
    accountDomain: account.domain,
    outside: !isAccountHost(address.host, account.domain),
  };
}
