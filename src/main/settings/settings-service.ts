import { settingLabel } from '../../shared/i18n/setting-texts';
import type { Database } from 'better-sqlite3';
import type { SettingsSnapshot } from '../../shared/contract';
import { ContractError } from '../../shared/contract';
import { worded } from '../i18n/translator';
import type { Logger } from '../log/logger';
import type { ProvisionedChanges, ProvisionedOwner, StoredSecrets } from '../provisioned/provisioned-owner';
import type { SecretStore } from '../secrets/secret-store';
import { secretKeys } from '../secrets/secret-store';
import type { SettingCatalog } from './setting-catalog';

interface SettingRow {
  key: string;
  value: string;
  provisioned: number;
}

/** The global settings a provisioning file sets, known keys only (the ProvisioningService sorts them out). */
export interface ProvisionedSettings {
  values: Record<string, unknown>;
  /** Secret fields by key, to the keychain; '' removes one. */
  secrets: Record<string, string>;
}

/** What a provisioning would do to the global settings, validated (SettingsService.planProvisioned). */
export interface ProvisionedSettingsPlan {
  values: Map<string, unknown>;
  secrets: Record<string, string>;
  /** Keys provisioned before and missing now: unlocked, keeping their last value. */
  unlocked: string[];
  /** Keys whose value or lock changes. */
  changes: number;
}

export interface ProvisionedSecretsResult extends StoredSecrets {
  /** Secrets whose value changed. */
  changes: number;
}

/** Who changed the settings: a provisioning run has the SIP layer follow once, when it is done. */
export type SettingsChangeOrigin = 'user' | 'provisioning';

export interface SettingsServiceDelegate {
  onChange(snapshot: SettingsSnapshot, origin: SettingsChangeOrigin): void;
  /** A secret value the logger must never print. */
  onSecret(value: string): void;
}

/**
 * Global settings: defaults from the catalog, overrides in SQLite, secrets in
 * the keychain. A value that a provisioning server set is locked: the user
 * cannot change it until provisioning stops sending it.
 */
export class SettingsService implements ProvisionedOwner<
  ProvisionedSettings,
  ProvisionedSettingsPlan,
  ProvisionedSecretsResult
> {
  private values: Record<string, unknown>;
  private readonly locked = new Set<string>();
  private readonly secretsSet = new Set<string>();

  constructor(
    private readonly db: Database,
    private readonly catalog: SettingCatalog,
    private readonly secrets: SecretStore,
    private readonly logger: Logger,
    private readonly delegate: SettingsServiceDelegate,
  ) {
    this.values = catalog.defaults();
    this.load();
  }

  /** Reads which secrets exist; done once at start so snapshots stay synchronous. */
  async loadSecretState(): Promise<void> {
    for (const entry of this.catalog.all()) {
      if (entry.field.kind !== 'secret') continue;
      const value = await this.secrets.get(secretKeys.setting(entry.key));
      if (value === undefined) continue;
      this.secretsSet.add(entry.key);
      this.delegate.onSecret(value);
    }
  }

  snapshot(): SettingsSnapshot {
    return {
      values: structuredClone(this.values) as SettingsSnapshot['values'],
      locked: [...this.locked].sort(),
      secretsSet: [...this.secretsSet].sort(),
    };
  }

  get<T = unknown>(key: string): T {
    if (!(key in this.values)) throw new Error(`Unknown setting ${key}`);
    return this.values[key] as T;
  }

  set(key: string, value: unknown): SettingsSnapshot {
    this.assertUserEditable(key);
    const valid = this.catalog.validate(key, value);
    this.catalog.assertChangeable(key, valid, this.values[key]);
    this.db
      .prepare(
        'INSERT INTO settings (key, value, provisioned) VALUES (?, ?, 0) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
      )
      .run(key, JSON.stringify(valid));
    this.values[key] = valid;
    return this.changed();
  }

  reset(key: string): SettingsSnapshot {
    this.assertUserEditable(key);
    const entry = this.catalog.get(key);
    if (!entry || entry.field.kind === 'secret') {
      const { text, english } = worded('settings.noSuchSetting', { key });
      throw new ContractError('NOT_FOUND', english, key, text);
    }
    this.db.prepare('DELETE FROM settings WHERE key = ?').run(key);
    this.values[key] = structuredClone(entry.field.default);
    return this.changed();
  }

  async setSecret(key: string, value: string): Promise<SettingsSnapshot> {
    this.assertSecretField(key);
    this.assertUserEditable(key);
    if (value === '') return this.clearSecret(key);
    this.delegate.onSecret(value);
    await this.secrets.set(secretKeys.setting(key), value);
    this.secretsSet.add(key);
    return this.changed();
  }

  async clearSecret(key: string): Promise<SettingsSnapshot> {
    this.assertSecretField(key);
    this.assertUserEditable(key);
    await this.secrets.delete(secretKeys.setting(key));
    this.secretsSet.delete(key);
    return this.changed();
  }

  /**
   * Provisioning, step 1 (provisioned/provisioned-owner.ts): validates every value (a VALIDATION or
   * NOT_FOUND error names the key) and works out what changes. Keys provisioned before but missing
   * now are unlocked and keep their last value. Touches nothing.
   */
  planProvisioned({ values, secrets }: ProvisionedSettings): ProvisionedSettingsPlan {
    const valid = new Map<string, unknown>();
    for (const [key, value] of Object.entries(values)) {
      if (this.catalog.isSecret(key)) {
        const { text, english } = worded('settings.secretAsValue', { key });
        throw new ContractError('VALIDATION', english, key, text);
      }
      valid.set(key, this.catalog.validate(key, value));
    }
    const unlocked = [...this.locked].filter((key) => !valid.has(key)).sort();
    let changes = unlocked.length;
    for (const [key, value] of valid) {
      if (!this.locked.has(key) || JSON.stringify(this.values[key]) !== JSON.stringify(value)) changes++;
    }
    return { values: valid, secrets, unlocked, changes };
  }

  /** Step 3: the SQL writes only. Run it inside the caller's transaction. */
  writeProvisioned(plan: ProvisionedSettingsPlan): void {
    const upsert = this.db.prepare(
      'INSERT INTO settings (key, value, provisioned) VALUES (?, ?, 1) ON CONFLICT(key) DO UPDATE SET value = excluded.value, provisioned = 1',
    );
    const unlock = this.db.prepare('UPDATE settings SET provisioned = 0 WHERE key = ?');
    for (const [key, value] of plan.values) upsert.run(key, JSON.stringify(value));
    for (const key of plan.unlocked) unlock.run(key);
  }

  /** Step 4, after the transaction committed: the in-memory values and locks follow, one change event. */
  commitProvisioned(plan: ProvisionedSettingsPlan, stored: ProvisionedSecretsResult): ProvisionedChanges {
    for (const [key, value] of plan.values) this.values[key] = value;
    this.locked.clear();
    for (const key of plan.values.keys()) this.locked.add(key);
    this.changed('provisioning');
    return { settings: plan.changes + stored.changes };
  }

  /**
   * Step 2: provisioned secret fields to the keychain (an empty value removes one). All keys are
   * checked before anything is written; the result says how many changed and can undo the writes
   * when the rest of the provisioning fails. The change event comes with commitProvisioned().
   */
  async storeProvisionedSecrets(plan: ProvisionedSettingsPlan): Promise<ProvisionedSecretsResult> {
    const values = plan.secrets;
    for (const key of Object.keys(values)) this.assertSecretField(key);
    const previous = new Map<string, string | undefined>();
    // best effort per key: one that cannot be restored does not keep the others from it
    const undo = async (): Promise<void> => {
      for (const [key, value] of [...previous].reverse()) {
        try {
          await this.writeSecret(key, value);
        } catch (error) {
          this.logger.error(`Could not restore the provisioned secret ${key}`, error);
        }
      }
    };
    try {
      for (const [key, value] of Object.entries(values)) {
        const old = await this.secrets.get(secretKeys.setting(key));
        if ((old ?? '') === value) continue;
        previous.set(key, old);
        await this.writeSecret(key, value === '' ? undefined : value);
      }
    } catch (error) {
      await undo();
      throw error;
    }
    return { changes: previous.size, undo };
  }

  /** Only main reads secrets, e.g. to log in to a provisioning or LDAP server. */
  getSecret(key: string): Promise<string | undefined> {
    this.assertSecretField(key);
    return this.secrets.get(secretKeys.setting(key));
  }

  private async writeSecret(key: string, value: string | undefined): Promise<void> {
    if (value === undefined) {
      await this.secrets.delete(secretKeys.setting(key));
      this.secretsSet.delete(key);
      return;
    }
    this.delegate.onSecret(value);
    await this.secrets.set(secretKeys.setting(key), value);
    this.secretsSet.add(key);
  }

  private load(): void {
    const rows = this.db.prepare('SELECT key, value, provisioned FROM settings').all() as SettingRow[];
    for (const row of rows) {
      try {
        this.values[row.key] = this.catalog.validate(row.key, JSON.parse(row.value));
        if (row.provisioned === 1) this.locked.add(row.key);
      } catch (error) {
        // A value written by another version or damaged on disk: keep the default, keep the row for inspection.
        this.logger.warn(`Ignoring stored setting ${row.key}; using the default`, error);
      }
    }
  }

  private assertUserEditable(key: string): void {
    if (this.locked.has(key)) {
      const entry = this.catalog.get(key);
      const label = entry === undefined ? key : settingLabel('en', entry.field);
      throw new ContractError(
        'LOCKED',
        `${label} is set by your provisioning server and cannot be changed here.`,
        key,
        { key: 'settings.locked', params: { setting: key } },
      );
    }
  }

  private assertSecretField(key: string): void {
    if (!this.catalog.isSecret(key)) {
      const { text, english } = worded('settings.noSuchSecret', { key });
      throw new ContractError('NOT_FOUND', english, key, text);
    }
  }

  private changed(origin: SettingsChangeOrigin = 'user'): SettingsSnapshot {
    const snapshot = this.snapshot();
    this.delegate.onChange(snapshot, origin);
    return snapshot;
  }
}
