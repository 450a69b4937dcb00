/**
 * The protocol every owner of provisioned state follows (global settings, accounts, contact sources,
 * BLF keys), so that the ProvisioningService can apply a file to all of them all or nothing, in a
 * loop. It lives outside provisioning/ on purpose: the owners implement it without depending on the
 * provisioning service, and provisioning/ depends on them only through it.
 *
 * One run, for every owner in turn at each step:
 * 1. planProvisioned: validate the owner's part of the file and work out what changes; touches
 *    nothing. An invalid value throws a ContractError naming the field; nothing has been written yet.
 * 2. storeProvisionedSecrets: the plan's secrets to the keychain, before the transaction; what was
 *    there before can be restored with undo() when a later step (or a later owner) fails.
 * 3. writeProvisioned: the SQL writes only, inside the one provisioning transaction.
 * 4. commitProvisioned: after the commit, the in-memory state follows and the owner emits its one
 *    change event; it returns what changed, for the provisioning status. It does not ask the SIP
 *    layer to follow: the provisioning run reconciles once when every owner has committed.
 */
import type { ProvisioningAttempt } from '../../shared/contract';

/** An owner's share of ProvisioningAttempt.changes; the fields it does not own stay 0. */
export type ProvisionedChanges = Partial<ProvisioningAttempt['changes']>;

/** What storeProvisionedSecrets wrote; owners add what their commit needs to count. */
export interface StoredSecrets {
  /** Restores the previous keychain values, best effort per secret. */
  undo(): Promise<void>;
}

/** Nothing was written to the keychain (an owner without secrets). */
export const noStoredSecrets: StoredSecrets = { undo: () => Promise.resolve() };

export interface ProvisionedOwner<Input, Plan, Stored extends StoredSecrets = StoredSecrets> {
  planProvisioned(input: Input): Plan;
  storeProvisionedSecrets(plan: Plan): Promise<Stored>;
  writeProvisioned(plan: Plan): void;
  commitProvisioned(plan: Plan, stored: Stored): ProvisionedChanges | Promise<ProvisionedChanges>;
}
