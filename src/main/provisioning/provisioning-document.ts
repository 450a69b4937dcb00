/**
 * What a provisioning file says, whatever its format (our JSON format or a PBX's key=value device
 * configuration). Parsers produce it; the ProvisioningService validates and applies it all or nothing.
 * Values are raw here: validation against the settings schema happens before anything is applied.
 * The records it carries belong to the capabilities that apply them (accounts/, contacts/sources/,
 * blf/).
 */
import type { ProvisioningNotice } from '../../shared/contract';
import type { ProvisionedAccount } from '../accounts/provisioned-account';
import type { ProvisionedBlfKey } from '../blf/provisioned-blf-key';
import type { ProvisionedContactSource } from '../contacts/sources/provisioned-contact-source';

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
  /** Values applied differently from what the file asked (a transport this phone cannot use, …). */
  notices?: ProvisioningNotice[];
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
