/**
 * What a provisioning file says, whatever its format (our JSON format or a PBX's key=value device
 * configuration). Parsers produce it; the ProvisioningService validates and applies it all or nothing.
 * Values are raw here: validation against the settings schema happens before anything is applied.
 */
export interface ProvisionedAccount {
  /**
   * The server's stable name for this account (e.g. "1" for `account.1.*`, or the "id" in our JSON
   * format): an account provisioned again with the same key is updated, not duplicated.
   */
  key: string;
  /** Per-account settings by full key (`credentials.domain`, `codecs.codecs`, …), secrets excluded. */
  settings: Record<string, unknown>;
  /** The SIP password, when the file carries one: it goes to the keychain, never to SQLite or logs. */
  password?: string;
}

/** A contact source (LDAP directory, XML phonebook, …) the server sets up and locks. */
export interface ProvisionedContactSource {
  /** The server's stable name for it; provisioned again with the same key it is updated. */
  key: string;
  name: string;
  /** The kind's settings (contactSourceConfigSchema), validated before anything is applied. */
  config: unknown;
  enabled?: boolean;
  /** LDAP bind or phonebook password: to the keychain. */
  secret?: string;
}

/** A busy-lamp (BLF) key: whose line to watch and call. */
export interface ProvisionedBlfKey {
  label: string;
  /** Extension or SIP URI to watch and dial. */
  target: string;
  /** Which provisioned account it belongs to (its key); empty: the first account. */
  accountKey?: string;
}

export interface ProvisioningDocument {
  format: 'softphone-json' | 'device-keyvalue';
  /** Global settings by full key (`advanced.stun.server`, …), secrets excluded. */
  settings: Record<string, unknown>;
  /** Secret global settings by full key (e.g. an LDAP bind password): to the keychain. */
  secrets: Record<string, string>;
  /** Every account the server wants; accounts it provisioned before and no longer lists are removed. */
  accounts: ProvisionedAccount[];
  /** Every contact source the server wants; ones it provisioned before and no longer lists are removed. */
  contactSources: ProvisionedContactSource[];
  /** The BLF keys, in order; they replace the ones provisioned before. */
  blfKeys: ProvisionedBlfKey[];
  /** Keys the parser did not understand: reported in the result, never fatal. */
  unknownKeys: string[];
}

/** A file that cannot be used, with where the problem is (line or field) for the user's message. */
export class ProvisioningFormatError extends Error {
  constructor(
    message: string,
    readonly line?: number,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'ProvisioningFormatError';
  }
}
