/**
 * One `account.N.*` block of a key=value device configuration → a ProvisionedAccount. The table below
 * is the mapping documented in docs/provisioning.md; keep the two in step.
 */
import type { ProvisioningNotice, ProvisioningNoticeCode } from '../../../shared/contract';
import type { ProvisionedAccount } from '../../accounts/provisioned-account';
import type { CodecEntry } from './device-codecs';
import { addCodecEntry, codecList } from './device-codecs';
import { flag, given, hostPort, integer, oneOf, splitServer, text } from './device-values';
import type { KeyValueEntry } from './keyvalue-lines';
import type { UnknownKeyList } from './unknown-keys';

export interface SimpleMapping {
  /** Our setting's full key. */
  setting: string;
  convert: (entry: KeyValueEntry) => unknown;
  /** Text settings take an empty value (it clears them); others treat it as "not provisioned". */
  emptyClears?: boolean;
}

// DNS-NAPTR means "the phone picks the transport", and the one this phone has is WSS. udp/tcp/tls
// cannot be used yet by this WebRTC phone: the account keeps WSS and the result says so (a notice).
const transport = oneOf(
  { '0': 'udp', '1': 'tcp', '2': 'tls', '3': 'wss', udp: 'udp', tcp: 'tcp', tls: 'tls', wss: 'wss' },
  '0 (UDP), 1 (TCP), 2 (TLS) or 3 (DNS-NAPTR)',
);

/** `account.N.<rest>` → setting, for the keys that map one to one. */
export const SIMPLE_ACCOUNT_KEYS: Readonly<Record<string, SimpleMapping>> = {
  label: { setting: 'account.name', convert: text, emptyClears: true },
  display_name: { setting: 'functions.displayName', convert: text, emptyClears: true },
  user_name: { setting: 'credentials.userName', convert: text, emptyClears: true },
  auth_name: { setting: 'optionalCredentials.authorizationUserName', convert: text, emptyClears: true },
  'sip_server.1.expires': { setting: 'network.registrationExpirySeconds', convert: integer },
  'nat.rport': { setting: 'network.rport', convert: flag },
  'nat.udp_update_time': { setting: 'network.keepAliveSeconds', convert: integer },
  'dtmf.type': {
    setting: 'compatibility.dtmfMode',
    // A WebRTC phone sends key presses as RFC 4733 events (the successor of RFC 2833) or SIP INFO; in-band
    // tones are not offered, so 0 and 3 (RFC 2833 + INFO) become RFC 4733.
    convert: oneOf(
      { '0': 'rfc4733', '1': 'rfc4733', '2': 'sipInfo', '3': 'rfc4733' },
      '0 (in-band), 1 (RFC 2833), 2 (SIP INFO) or 3 (RFC 2833 + SIP INFO)',
    ),
  },
  subscribe_mwi: {
    setting: 'functions.mwi',
    convert: oneOf({ '0': 'unsolicited', '1': 'subscribe' }, '0 or 1'),
  },
};

/** srtp_encryption 0 (off), 1 (optional) and 2 (compulsory SDES): none of them is what this phone does. */
const srtpNotice = oneOf(
  { '0': 'srtpOff', '1': 'srtpOptional', '2': 'srtpSdes' } satisfies Record<string, ProvisioningNoticeCode>,
  '0 (off), 1 (optional) or 2 (compulsory)',
) as (entry: KeyValueEntry) => ProvisioningNoticeCode;

/** Keys read together with others below (not via the table). */
const COMPOSITE_KEYS = new Set([
  'enable',
  'transport',
  'sip_server.1.transport_type',
  'srtp_encryption',
  'password',
  'sip_server.1.address',
  'sip_server.1.port',
  'outbound_proxy_enable',
  'outbound_proxy.1.address',
  'outbound_proxy.1.port',
  'nat.udp_update_enable',
]);

/**
 * The SIP server: its host is the domain (the address of record's part after @, which carries no
 * port); its port says where a WebSocket server listens only when the transport is WSS, else it is
 * the port of a transport this phone cannot use yet, which the result reports.
 */
function readServer(
  number: string,
  server: KeyValueEntry,
  keys: ReadonlyMap<string, KeyValueEntry>,
  settings: Record<string, unknown>,
  notices: ProvisioningNotice[],
): void {
  const portEntry = keys.get('sip_server.1.port');
  const { host, port } = splitServer(server.value, portEntry?.value);
  settings['credentials.domain'] = host;
  if (port === undefined) return;
  if (settings['network.transport'] === 'wss' && !notices.some(isTransportOf(number))) {
    settings['optionalCredentials.wsUrl'] = `wss://${host}:${port}/ws`;
    return;
  }
  const key = /:\d+$/.test(server.value.trim()) || !portEntry ? server.key : portEntry.key;
  notices.push({ code: 'sipPortNotUsed', params: { account: number, key, port, domain: host } });
}

const isTransportOf = (account: string) => (notice: ProvisioningNotice) =>
  notice.code === 'transportNotUsable' && notice.params['account'] === account;

/** Whether the server wants this account: `enable = 1`, or no enable key but a user name. */
export function isAccountEnabled(keys: ReadonlyMap<string, KeyValueEntry>): boolean {
  const enable = keys.get('enable');
  if (given(enable)) return flag(enable);
  return given(keys.get('user_name'));
}

/**
 * The account numbered `number`, from its keys (lower-case, without the `account.N.` prefix).
 * Keys the mapping does not know go to unknownKeys under their full name.
 */
export function readDeviceAccount(
  number: string,
  keys: ReadonlyMap<string, KeyValueEntry>,
  unknownKeys: UnknownKeyList,
  notices: ProvisioningNotice[] = [],
): ProvisionedAccount {
  const settings: Record<string, unknown> = {};
  const codecs = new Map<string, CodecEntry>();
  for (const [rest, entry] of keys) {
    const simple = SIMPLE_ACCOUNT_KEYS[rest];
    if (simple) {
      if (simple.emptyClears || given(entry)) settings[simple.setting] = simple.convert(entry);
    } else if (!COMPOSITE_KEYS.has(rest) && !addCodecEntry(codecs, rest, entry)) {
      unknownKeys.add(entry.key);
    }
  }
  // sip_server.1.transport_type is the newer spelling; when both are given it wins.
  const transportType = [keys.get('sip_server.1.transport_type'), keys.get('transport')].find(given);
  if (transportType) {
    const wanted = transport(transportType);
    if (wanted !== 'wss') {
      notices.push({
        code: 'transportNotUsable',
        params: { account: number, key: transportType.key, transport: wanted.toUpperCase() },
      });
    }
    settings['network.transport'] = 'wss';
  }

  const srtp = keys.get('srtp_encryption');
  if (given(srtp)) {
    notices.push({ code: srtpNotice(srtp), params: { account: number, key: srtp.key } });
    // a WebRTC phone always encrypts its media with DTLS-SRTP (RFC 8827)
    settings['encryption.srtpKeyNegotiation'] = 'dtls';
  }

  const server = keys.get('sip_server.1.address');
  if (server) readServer(number, server, keys, settings, notices);

  const proxyEnable = keys.get('outbound_proxy_enable');
  const proxy = keys.get('outbound_proxy.1.address');
  if (given(proxyEnable) && !flag(proxyEnable)) settings['optionalCredentials.outboundProxy'] = '';
  else if (proxy) {
    settings['optionalCredentials.outboundProxy'] = hostPort(
      proxy.value,
      keys.get('outbound_proxy.1.port')?.value,
    );
  }

  const keepAliveEnable = keys.get('nat.udp_update_enable');
  if (given(keepAliveEnable) && !flag(keepAliveEnable)) settings['network.keepAliveSeconds'] = 0;

  const codecOrder = codecList(codecs);
  if (codecOrder) settings['codecs.codecs'] = codecOrder;

  const password = keys.get('password');
  return { key: number, settings, ...(password ? { password: password.value } : {}) };
}
