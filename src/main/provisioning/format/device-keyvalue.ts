/**
 * The key=value device configuration many PBXs generate for desk phones (Yealink's .cfg style), read
 * into a ProvisioningDocument. Lines: keyvalue-lines.ts; one account: device-account.ts; the full
 * mapping table is in docs/provisioning.md.
 *
 * Contacts (`remote_phonebook.*`, `ldap.*`) and BLF line keys: device-contacts.ts. The re-provisioning
 * interval (`auto_provision.repeat.*`) is read here, into functions.provisioning.intervalMinutes.
 */
import type { ProvisioningNotice } from '../../../shared/contract';
import type { ProvisionedAccount } from '../../accounts/provisioned-account';
import type { ProvisioningDocument } from '../provisioning-document';
import type { SimpleMapping } from './device-account';
import { isAccountEnabled, readDeviceAccount } from './device-account';
import { DeviceContactKeys } from './device-contacts';
import { flag, given, integer, text } from './device-values';
import type { KeyValueEntry } from './keyvalue-lines';
import { readKeyValueFile } from './keyvalue-lines';
import { UnknownKeyList } from './unknown-keys';

/** Global keys → our global settings. Yealink writes them with or without the `static.` prefix. */
const GLOBAL_KEYS: Readonly<Record<string, SimpleMapping>> = {
  'sip.nat_stun.enable': { setting: 'advanced.stun.enabled', convert: flag },
  'sip.nat_stun.server': { setting: 'advanced.stun.server', convert: text, emptyClears: true },
  'sip.nat_stun.port': { setting: 'advanced.stun.port', convert: integer },
};

/**
 * The PBX grants InterCom (auto-answered) calls: the manual's "On transfer request" choice InterCom;
 * without the permission the default, "Always accept". Nothing in the phone acts on that setting yet,
 * so the result says it is stored but not used (issue #13: no pretending).
 */
const INTERCOM_ALLOW = 'features.intercom.allow';
const TRANSFER_REQUEST_MODE = 'functions.automation.callEvents.transferRequestMode';

/** Read together below: how often the phone fetches its configuration again. */
const REPEAT_ENABLE = 'auto_provision.repeat.enable';
const REPEAT_MINUTES = 'auto_provision.repeat.minutes';
/** Yealink's interval when `repeat.enable = 1` comes without minutes. */
const DEFAULT_REPEAT_MINUTES = 1440;

const ACCOUNT_RE = /^account\.([1-9]\d{0,2})\.(.+)$/;
const VOICEMAIL_RE = /^voice_mail\.number\.([1-9]\d{0,2})$/;

export function parseDeviceKeyValue(content: string): ProvisioningDocument {
  const unknownKeys = new UnknownKeyList();
  const settings: Record<string, unknown> = {};
  const accountKeys = new Map<string, Map<string, KeyValueEntry>>();
  const voicemail = new Map<string, KeyValueEntry>();
  const contactKeys = new DeviceContactKeys();
  const repeat = new Map<string, KeyValueEntry>();
  let intercom: KeyValueEntry | undefined;

  for (const [name, entry] of readKeyValueFile(content)) {
    const account = ACCOUNT_RE.exec(name);
    if (account?.[1] && account[2]) {
      let keys = accountKeys.get(account[1]);
      if (!keys) {
        keys = new Map();
        accountKeys.set(account[1], keys);
      }
      keys.set(account[2], entry);
      continue;
    }
    const mailbox = VOICEMAIL_RE.exec(name)?.[1];
    if (mailbox) {
      voicemail.set(mailbox, entry);
      continue;
    }
    const bare = name.replace(/^static\./, '');
    if (bare === REPEAT_ENABLE || bare === REPEAT_MINUTES) {
      repeat.set(bare, entry);
      continue;
    }
    if (bare === INTERCOM_ALLOW) {
      if (given(entry)) intercom = entry;
      continue;
    }
    if (contactKeys.take(bare, entry)) continue;
    const global = GLOBAL_KEYS[bare];
    if (global) {
      if (global.emptyClears || given(entry)) settings[global.setting] = global.convert(entry);
      continue;
    }
    unknownKeys.add(entry.key);
  }

  const interval = repeatMinutes(repeat);
  if (interval !== undefined) settings['functions.provisioning.intervalMinutes'] = interval;

  const accounts: ProvisionedAccount[] = [];
  const notices: ProvisioningNotice[] = [];
  if (intercom) {
    settings[TRANSFER_REQUEST_MODE] = flag(intercom) ? 'intercom' : 'accept';
    notices.push({ code: 'storedNotUsed', params: { key: intercom.key, setting: TRANSFER_REQUEST_MODE } });
  }
  for (const number of [...accountKeys.keys()].sort((a, b) => Number(a) - Number(b))) {
    const keys = accountKeys.get(number) ?? new Map<string, KeyValueEntry>();
    // A disabled account's keys are neither applied nor reported: the server just does not want it.
    if (!isAccountEnabled(keys)) continue;
    const account = readDeviceAccount(number, keys, unknownKeys, notices);
    const mailbox = voicemail.get(number);
    if (mailbox) account.settings['extensions.voicemailNumber'] = mailbox.value;
    accounts.push(account);
  }
  return {
    format: 'device-keyvalue',
    settings,
    secrets: {},
    accounts,
    contactSources: contactKeys.contactSources(),
    blfKeys: contactKeys.blfKeys(unknownKeys),
    unknownKeys: unknownKeys.toArray(),
    notices,
  };
}

/**
 * `auto_provision.repeat.enable` / `.minutes` → functions.provisioning.intervalMinutes (0: no repeat).
 * Minutes without an enable key are taken as meant: the server states an interval.
 */
function repeatMinutes(repeat: ReadonlyMap<string, KeyValueEntry>): number | undefined {
  const enable = repeat.get(REPEAT_ENABLE);
  const minutes = repeat.get(REPEAT_MINUTES);
  const value = given(minutes) ? integer(minutes) : undefined;
  if (given(enable)) return flag(enable) ? (value ?? DEFAULT_REPEAT_MINUTES) : 0;
  return value;
}
