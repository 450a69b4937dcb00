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

export interface ProvisioningDocument {
  format: 'softphone-json' | 'device-keyvalue';
  /** Global settings by full key (`advanced.stun.server`, …), secrets excluded. */
  settings: Record<string, unknown>;
  /** Secret global settings by full key (e.g. an LDAP bind password): to the keychain. */
  secrets: Record<string, string>;
  /** Every account the server wants; accounts it provisioned before and no longer lists are removed. */
  accounts: ProvisionedAccount[];
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
