/**
 * The contact and key parts of a key=value device configuration (Yealink's names, which many PBXs
 * generate): remote XML phonebooks, the LDAP directory and BLF line keys.
 *
 *   remote_phonebook.data.N.url / .name           → an XML phonebook source (key "remote_phonebook.N")
 *   ldap.enable, ldap.host, ldap.port, ldap.base, ldap.user, ldap.password, ldap.max_hits,
 *   ldap.tls_mode (0 plain, 1 StartTLS, 2 LDAPS; left out: LDAPS on port 636, StartTLS with a user
 *   or password, else plain), ldap.name, ldap.name_filter and ldap.number_filter (the attributes
 *   searched by name and by number, ldap-filter-template.ts) → the LDAP source (key "ldap")
 *   linekey.N.type = 16 (BLF), .value, .label, .line → a BLF key (other key types are not ours)
 *
 * Values are checked here only as far as the mapping needs; the contact source schema validates them
 * before anything is applied.
 */
import type { ProvisionedBlfKey } from '../../blf/provisioned-blf-key';
import type { ProvisionedContactSource } from '../../contacts/sources/provisioned-contact-source';
import { flag, given, integer, invalid, oneOf } from './device-values';
import type { KeyValueEntry } from './keyvalue-lines';
import type { LdapFilterTemplate } from './ldap-filter-template';
import { LdapFilterTemplateError, readLdapFilterTemplate } from './ldap-filter-template';
import type { UnknownKeyList } from './unknown-keys';

const PHONEBOOK_RE = /^remote_phonebook\.data\.([1-9]\d{0,2})\.(url|name)$/;
const LDAP_RE =
  /^ldap\.(enable|host|port|base|user|password|max_hits|tls_mode|name|name_filter|number_filter)$/;
const LINEKEY_RE = /^(?:linekey|memorykey)\.([1-9]\d{0,2})\.(type|value|label|line)$/;
const BLF_TYPE = '16';

const tlsModes = { '0': 'none', '1': 'starttls', '2': 'ldaps' };

/** The phone type of a number attribute a number filter names (the presets' types); others are "other". */
const PHONE_TYPES: Readonly<Record<string, 'work' | 'mobile' | 'home' | 'fax'>> = {
  telephonenumber: 'work',
  ipphone: 'work',
  othertelephone: 'work',
  mobile: 'mobile',
  othermobile: 'mobile',
  homephone: 'home',
  otherhomephone: 'home',
  facsimiletelephonenumber: 'fax',
};

export class DeviceContactKeys {
  private readonly phonebooks = new Map<string, Map<string, KeyValueEntry>>();
  private readonly ldap = new Map<string, KeyValueEntry>();
  private readonly lineKeys = new Map<string, Map<string, KeyValueEntry>>();

  /** Takes the entry when it is one of ours. */
  take(name: string, entry: KeyValueEntry): boolean {
    const phonebook = PHONEBOOK_RE.exec(name);
    if (phonebook?.[1] && phonebook[2]) return this.group(this.phonebooks, phonebook[1], phonebook[2], entry);
    const ldap = LDAP_RE.exec(name);
    if (ldap?.[1]) {
      this.ldap.set(ldap[1], entry);
      return true;
    }
    const lineKey = LINEKEY_RE.exec(name);
    if (lineKey?.[1] && lineKey[2]) return this.group(this.lineKeys, lineKey[1], lineKey[2], entry);
    return false;
  }

  contactSources(): ProvisionedContactSource[] {
    const sources: ProvisionedContactSource[] = [];
    for (const [number, keys] of sorted(this.phonebooks)) {
      const url = keys.get('url');
      if (!given(url)) continue;
      sources.push({ key: `remote_phonebook.${number}`, ...phonebookOf(url, keys.get('name'), number) });
    }
    const enable = this.ldap.get('enable');
    const host = this.ldap.get('host');
    if (given(host) && (!given(enable) || flag(enable))) sources.push(this.ldapSource(host));
    return sources;
  }

  blfKeys(unknownKeys: UnknownKeyList): ProvisionedBlfKey[] {
    const keys: ProvisionedBlfKey[] = [];
    for (const [, entries] of sorted(this.lineKeys)) {
      const type = entries.get('type');
      const value = entries.get('value');
      if (!type || type.value.trim() !== BLF_TYPE) {
        // A speed dial, voicemail or line key: the softphone has no programmable keys of that kind.
        if (type && type.value.trim() !== '0')
          for (const entry of entries.values()) unknownKeys.add(entry.key);
        continue;
      }
      if (!given(value)) continue;
      const line = entries.get('line');
      keys.push({
        label: entries.get('label')?.value.trim() || value.value.trim(),
        target: value.value.trim(),
        ...(given(line) && line.value.trim() !== '0' ? { accountKey: String(integer(line)) } : {}),
      });
    }
    return keys;
  }

  private ldapSource(host: KeyValueEntry): ProvisionedContactSource {
    const get = (key: string) => this.ldap.get(key);
    const port = get('port');
    const tls = get('tls_mode');
    const limit = get('max_hits');
    const user = get('user');
    const password = get('password');
    return {
      key: 'ldap',
      name: get('name')?.value.trim() || host.value.trim(),
      config: {
        kind: 'ldap',
        host: host.value.trim(),
        ...(given(port) ? { port: integer(port) } : {}),
        // without ldap.tls_mode the contact sources pick the secure default (provisioned-sources.ts)
        ...(given(tls) ? { security: oneOf(tlsModes, '0 (LDAP), 1 (StartTLS) or 2 (LDAPS)')(tls) } : {}),
        ignoreCertificate: false,
        bindDn: user?.value.trim() ?? '',
        baseDn: get('base')?.value.trim() ?? '',
        resultLimit: given(limit) ? integer(limit) : 50,
        attributePreset: 'inetOrgPerson',
        ...this.ldapFilterAttributes(),
      },
      ...(given(password) ? { secret: password.value } : {}),
    };
  }

  /** ldap.name_filter / ldap.number_filter → the attributes the search matches (ldap-filter-template.ts). */
  private ldapFilterAttributes(): { attributes?: Record<string, unknown> } {
    const nameFilter = this.ldap.get('name_filter');
    const numberFilter = this.ldap.get('number_filter');
    const byName = given(nameFilter) ? template(nameFilter) : undefined;
    const byNumber = given(numberFilter) ? template(numberFilter) : undefined;
    if (!byName && !byNumber) return {};
    const objectClasses = [
      ...new Set([...(byName?.objectClasses ?? []), ...(byNumber?.objectClasses ?? [])]),
    ];
    return {
      attributes: {
        ...(byName ? { search: byName.attributes } : {}),
        ...(byNumber
          ? {
              phones: byNumber.attributes.map((attribute) => ({
                attribute,
                type: PHONE_TYPES[attribute.toLowerCase()] ?? 'other',
              })),
            }
          : {}),
        ...(objectClasses.length > 0 ? { objectClasses } : {}),
      },
    };
  }

  private group(
    groups: Map<string, Map<string, KeyValueEntry>>,
    number: string,
    key: string,
    entry: KeyValueEntry,
  ): true {
    let keys = groups.get(number);
    if (!keys) {
      keys = new Map();
      groups.set(number, keys);
    }
    keys.set(key, entry);
    return true;
  }
}

function template(entry: KeyValueEntry): LdapFilterTemplate {
  try {
    return readLdapFilterTemplate(entry.value);
  } catch (error) {
    if (error instanceof LdapFilterTemplateError) throw invalid(entry, error.message);
    throw error;
  }
}

function sorted<T>(groups: Map<string, T>): [string, T][] {
  return [...groups.entries()].sort(([a], [b]) => Number(a) - Number(b));
}

/** Credentials in the URL (https://user:pass@host/…) become the source's user name and password. */
function phonebookOf(
  url: KeyValueEntry,
  name: KeyValueEntry | undefined,
  number: string,
): Omit<ProvisionedContactSource, 'key'> {
  let parsed: URL;
  try {
    parsed = new URL(url.value.trim());
  } catch {
    throw invalid(url, 'must be a web address');
  }
  const userName = decodeURIComponent(parsed.username);
  const password = decodeURIComponent(parsed.password);
  parsed.username = '';
  parsed.password = '';
  return {
    name: name?.value.trim() || `Phonebook ${number}`,
    config: {
      kind: 'xml',
      location: parsed.toString(),
      auth: userName ? 'basic' : 'none',
      userName,
      refreshMinutes: 60,
    },
    ...(password ? { secret: password } : {}),
  };
}
