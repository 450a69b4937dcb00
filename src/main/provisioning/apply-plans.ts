/**
 * Applies the owners' plans of one provisioning run all or nothing (the protocol is in
 * provisioned/provisioned-owner.ts): every owner's secrets to the keychain first (all undone if one
 * fails), then ONE SQLite transaction for every owner's rows, then every owner commits its
 * in-memory state. A failure before the commit leaves the last good configuration as it was.
 */
import type { Database } from 'better-sqlite3';
import type { ProvisioningAttempt } from '../../shared/contract';
import type { Logger } from '../log/logger';
import type { ProvisionedChanges, ProvisionedOwner, StoredSecrets } from '../provisioned/provisioned-owner';

export type ProvisioningChanges = ProvisioningAttempt['changes'];

export const noChanges: ProvisioningChanges = {
  settings: 0,
  accountsAdded: 0,
  accountsUpdated: 0,
  accountsRemoved: 0,
  contactSources: 0,
  blfKeys: 0,
};

/** One owner's plan bound to its owner: the remaining steps, without the owner's types. */
export interface OwnerPlan {
  storeSecrets(): Promise<StoredSecrets>;
  write(): void;
  commit(): Promise<ProvisionedChanges>;
}

/** Step 1 for one owner: its plan (throws what planProvisioned throws, having touched nothing). */
export function planFor<Input, Plan, Stored extends StoredSecrets>(
  owner: ProvisionedOwner<Input, Plan, Stored>,
  input: Input,
): OwnerPlan {
  const plan = owner.planProvisioned(input);
  let stored: Stored | undefined;
  return {
    storeSecrets: async () => (stored = await owner.storeProvisionedSecrets(plan)),
    write: () => owner.writeProvisioned(plan),
    commit: async () => {
      if (!stored) throw new Error('commitProvisioned before storeProvisionedSecrets');
      return owner.commitProvisioned(plan, stored);
    },
  };
}

/**
 * Steps 2–4 for every owner, in order; the changes of all owners added up. `committed` runs once
 * the transaction has committed, after the owners' commits, even when one of them failed: the
 * follow-up of the whole run (the SIP layer's reconcile), which the owners' commits never trigger.
 */
export async function applyPlans(
  db: Database,
  plans: readonly OwnerPlan[],
  logger: Logger,
  committed: () => Promise<void>,
): Promise<ProvisioningChanges> {
  const stored: StoredSecrets[] = [];
  const undoAll = async () => {
    for (const secrets of stored.reverse()) {
      try {
        await secrets.undo();
      } catch (error) {
        logger.error('Could not restore the keychain after a failed provisioning', error);
      }
    }
  };
  try {
    for (const plan of plans) stored.push(await plan.storeSecrets());
  } catch (error) {
    await undoAll();
    throw error;
  }
  try {
    db.transaction(() => {
      for (const plan of plans) plan.write();
    })();
  } catch (error) {
    await undoAll();
    throw error;
  }
  const changes = { ...noChanges };
  try {
    for (const plan of plans) {
      const owned = await plan.commit();
      for (const key of Object.keys(owned) as (keyof ProvisioningChanges)[]) changes[key] += owned[key] ?? 0;
    }
  } finally {
    await committed();
  }
  return changes;
}
