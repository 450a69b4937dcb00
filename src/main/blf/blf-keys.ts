import type { Database } from 'better-sqlite3';
import type { BlfKeyView, UserText } from '../../shared/contract';
import type { ProvisionedBlfKey } from './provisioned-blf-key';
import type { ProvisionedChanges, ProvisionedOwner, StoredSecrets } from '../provisioned/provisioned-owner';
import { noStoredSecrets } from '../provisioned/provisioned-owner';
import { boundedText } from '../../shared/text/bounded';

/** A key's lamp as the lamp source reports it. */
export interface BlfKeyLamp {
  lamp: BlfKeyView['lamp'];
  lampError?: string | undefined;
  lampText?: UserText | undefined;
}

/** Only the contract's fields, and lampError (and its code) only for a failed lamp. */
function lampFields(lamp: BlfKeyLamp): Pick<BlfKeyView, 'lamp' | 'lampError' | 'lampText'> {
  if (lamp.lamp !== 'failed' || lamp.lampError === undefined) return { lamp: lamp.lamp };
  const text = lamp.lampText ? { lampText: lamp.lampText } : {};
  return { lamp: 'failed', lampError: lamp.lampError, ...text };
}

interface Row {
  id: number;
  label: string;
  target: string;
  account_key: string | null;
  provisioned: number;
}

/** The BLF keys a provisioning would set (BlfKeys.planProvisioned). */
export interface BlfKeysPlan {
  keys: readonly ProvisionedBlfKey[];
  /** The provisioned list differs from the stored one: it is replaced and counted. */
  changed: boolean;
}

/**
 * The BLF keys (busy lamps) the provisioning server sets, in order. They are replaced as a whole by
 * every provisioning that changes them; list() adds each key's lamp from the lamp source (BlfLamps,
 * which reads this list).
 */
export class BlfKeys implements ProvisionedOwner<readonly ProvisionedBlfKey[], BlfKeysPlan> {
  constructor(
    private readonly db: Database,
    /** Resolves a provisioned account's key to its id; undefined when there is no such account. */
    private readonly accountIdOf: (accountKey: string | undefined) => string | undefined,
    private readonly onChange: (keys: BlfKeyView[]) => void,
    /** The lamp of a key (BlfLamps.lampOf); without one every lamp is off. */
    private readonly lampOf: (id: number) => BlfKeyLamp = () => ({ lamp: 'off' }),
  ) {}

  list(): BlfKeyView[] {
    const rows = this.db.prepare('SELECT * FROM blf_keys ORDER BY position, id').all() as Row[];
    return rows.map((row) => ({
      id: row.id,
      label: row.label,
      target: row.target,
      accountId: this.accountIdOf(row.account_key ?? undefined) ?? '',
      provisioned: row.provisioned === 1,
      ...lampFields(this.lampOf(row.id)),
    }));
  }

  /** Provisioning, step 1 (provisioned/provisioned-owner.ts): whether the list changes. */
  planProvisioned(keys: readonly ProvisionedBlfKey[]): BlfKeysPlan {
    const stored = (
      this.db
        .prepare('SELECT label, target, account_key FROM blf_keys WHERE provisioned = 1 ORDER BY position')
        .all() as Row[]
    ).map((r) => [r.label, r.target, r.account_key ?? '']);
    const changed =
      JSON.stringify(stored) !== JSON.stringify(keys.map((k) => [k.label, k.target, k.accountKey ?? '']));
    return { keys, changed };
  }

  /** Step 2: BLF keys have no secrets. */
  storeProvisionedSecrets(): Promise<StoredSecrets> {
    return Promise.resolve(noStoredSecrets);
  }

  /** Step 3, inside the provisioning transaction: a changed list replaces the provisioned keys. */
  writeProvisioned({ keys, changed }: BlfKeysPlan): void {
    if (!changed) return;
    this.db.prepare('DELETE FROM blf_keys WHERE provisioned = 1').run();
    const insert = this.db.prepare(
      'INSERT INTO blf_keys (position, label, target, account_key, provisioned) VALUES (?, ?, ?, ?, 1)',
    );
    // bounded as the contract bounds them, so one absurd key from a PBX file can't break blf.list
    keys.forEach((key, position) =>
      insert.run(
        position,
        boundedText(key.label, 1024),
        boundedText(key.target, 2048),
        key.accountKey ?? null,
      ),
    );
  }

  /** Step 4, after the commit: one change event when the list changed. */
  commitProvisioned({ keys, changed }: BlfKeysPlan): ProvisionedChanges {
    if (!changed) return { blfKeys: 0 };
    this.onChange(this.list());
    return { blfKeys: keys.length };
  }
}
