import type { Database } from 'better-sqlite3';
import type { BlfKeyView } from '../../shared/contract';
import type { ProvisionedBlfKey } from './provisioned-blf-key';
import { boundedText } from '../../shared/text/bounded';

/** A key's lamp as the lamp source reports it. */
export interface BlfKeyLamp {
  lamp: BlfKeyView['lamp'];
  lampError?: string | undefined;
}

/** Only the contract's fields, and lampError only for a failed lamp. */
function lampFields(lamp: BlfKeyLamp): Pick<BlfKeyView, 'lamp' | 'lampError'> {
  return lamp.lamp === 'failed' && lamp.lampError !== undefined
    ? { lamp: 'failed', lampError: lamp.lampError }
    : { lamp: lamp.lamp };
}

interface Row {
  id: number;
  label: string;
  target: string;
  account_key: string | null;
  provisioned: number;
}

/**
 * The BLF keys (busy lamps) the provisioning server sets, in order. They are replaced as a whole by
 * every provisioning; list() adds each key's lamp from the lamp source (BlfLamps, which reads this list).
 */
export class BlfKeys {
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

  /** Whether the provisioned list differs from the stored one (for the change count). */
  differs(keys: readonly ProvisionedBlfKey[]): boolean {
    const stored = (
      this.db
        .prepare('SELECT label, target, account_key FROM blf_keys WHERE provisioned = 1 ORDER BY position')
        .all() as Row[]
    ).map((r) => [r.label, r.target, r.account_key ?? '']);
    return (
      JSON.stringify(stored) !== JSON.stringify(keys.map((k) => [k.label, k.target, k.accountKey ?? '']))
    );
  }

  /** Inside the provisioning transaction. */
  replaceProvisioned(keys: readonly ProvisionedBlfKey[]): void {
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

  /** After the commit. */
  committed(): void {
    this.onChange(this.list());
  }
}
