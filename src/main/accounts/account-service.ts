import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { AccountView } from '../../shared/contract';
import { ContractError } from '../../shared/contract';
import type { Logger } from '../log/logger';
import type { SecretStore } from '../secrets/secret-store';
import { secretKeys } from '../secrets/secret-store';
import type { SettingCatalog } from '../settings/setting-catalog';

interface AccountRow {
  id: string;
  settings: string;
  locked: string;
}

export interface AccountServiceDelegate {
  onChange(accounts: AccountView[]): void;
  /** An account was created, edited or deleted (not a registration change): the SIP layer follows. */
  onEdited?(): void;
  onSecret(value: string): void;
}

export type Registration = AccountView['registration'];

/**
 * SIP accounts: per-account settings in SQLite, the password in the keychain.
 * Registration state is owned by the SIP layer and reported here for the views.
 */
export class AccountService {
  private readonly registrations = new Map<string, Registration>();
  private readonly passwordsSet = new Set<string>();

  constructor(
    private readonly db: Database,
    private readonly catalog: SettingCatalog,
    private readonly secrets: SecretStore,
    private readonly logger: Logger,
    private readonly delegate: AccountServiceDelegate,
  ) {}

  /** Learns which accounts have a password, once at start. */
  async loadSecretState(): Promise<void> {
    for (const row of this.rows()) {
      const password = await this.secrets.get(secretKeys.accountPassword(row.id));
      if (password === undefined) continue;
      this.passwordsSet.add(row.id);
      this.delegate.onSecret(password);
    }
  }

  list(): AccountView[] {
    return this.rows().map((row) => this.view(row));
  }

  get(id: string): AccountView {
    return this.view(this.row(id));
  }

  /** Settings of one account for main's own use (the SIP layer), defaults filled in. */
  settingsOf(id: string): Record<string, unknown> {
    return this.parseSettings(this.row(id));
  }

  password(id: string): Promise<string | undefined> {
    this.row(id);
    return this.secrets.get(secretKeys.accountPassword(id));
  }

  async create(settings: Record<string, unknown>, password?: string): Promise<AccountView> {
    const values = this.validateAll({ ...this.catalog.defaults(), ...this.rejectSecrets(settings) });
    const id = randomUUID();
    if (password) await this.storePassword(id, password);
    const position = (
      this.db.prepare('SELECT COALESCE(MAX(position), 0) + 1 AS next FROM accounts').get() as { next: number }
    ).next;
    this.db
      .prepare('INSERT INTO accounts (id, position, settings, locked, created_at) VALUES (?, ?, ?, ?, ?)')
      .run(id, position, JSON.stringify(values), '[]', Date.now());
    this.logger.info(`Account ${id} created`);
    this.delegate.onEdited?.();
    return this.changed(id);
  }

  async update(id: string, settings: Record<string, unknown>, password?: string): Promise<AccountView> {
    const row = this.row(id);
    const locked = new Set(JSON.parse(row.locked) as string[]);
    const changes = this.rejectSecrets(settings);
    for (const key of Object.keys(changes)) {
      if (locked.has(key)) {
        const label = this.catalog.get(key)?.field.label.en ?? key;
        throw new ContractError(
          'LOCKED',
          `${label} is set by your provisioning server and cannot be changed here.`,
          key,
        );
      }
    }
    const values = this.validateAll({ ...this.parseSettings(row), ...changes });
    if (password !== undefined) {
      if (password === '') await this.clearPassword(id);
      else await this.storePassword(id, password);
    }
    this.db.prepare('UPDATE accounts SET settings = ? WHERE id = ?').run(JSON.stringify(values), id);
    this.delegate.onEdited?.();
    return this.changed(id);
  }

  async delete(id: string): Promise<{ id: string }> {
    this.row(id);
    await this.clearPassword(id);
    this.db.prepare('DELETE FROM accounts WHERE id = ?').run(id);
    this.registrations.delete(id);
    this.delegate.onEdited?.();
    this.delegate.onChange(this.list());
    this.logger.info(`Account ${id} deleted`);
    return { id };
  }

  setRegistration(id: string, registration: Registration): void {
    this.registrations.set(id, registration);
    this.delegate.onChange(this.list());
  }

  private async storePassword(id: string, password: string): Promise<void> {
    this.delegate.onSecret(password);
    await this.secrets.set(secretKeys.accountPassword(id), password);
    this.passwordsSet.add(id);
  }

  private async clearPassword(id: string): Promise<void> {
    await this.secrets.delete(secretKeys.accountPassword(id));
    this.passwordsSet.delete(id);
  }

  private rejectSecrets(settings: Record<string, unknown>): Record<string, unknown> {
    for (const key of Object.keys(settings)) {
      if (this.catalog.isSecret(key)) {
        throw new ContractError(
          'INVALID_PARAMS',
          'Send the password in the password field, not as a setting.',
          key,
        );
      }
    }
    return settings;
  }

  private validateAll(values: Record<string, unknown>): Record<string, unknown> {
    const valid: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(values)) valid[key] = this.catalog.validate(key, value);
    return valid;
  }

  private parseSettings(row: AccountRow): Record<string, unknown> {
    const values = this.catalog.defaults();
    let stored: Record<string, unknown> = {};
    try {
      stored = JSON.parse(row.settings) as Record<string, unknown>;
    } catch (error) {
      this.logger.warn(`Account ${row.id} has unreadable settings; showing defaults`, error);
    }
    for (const [key, value] of Object.entries(stored)) {
      try {
        values[key] = this.catalog.validate(key, value);
      } catch {
        this.logger.warn(`Account ${row.id}: ignoring stored ${key}; using the default`);
      }
    }
    return values;
  }

  private view(row: AccountRow): AccountView {
    const registration = this.registrations.get(row.id) ?? { state: 'unregistered' };
    return {
      id: row.id,
      settings: this.parseSettings(row) as AccountView['settings'],
      locked: JSON.parse(row.locked) as string[],
      passwordSet: this.passwordsSet.has(row.id),
      registration,
    };
  }

  private rows(): AccountRow[] {
    return this.db
      .prepare('SELECT id, settings, locked FROM accounts ORDER BY position')
      .all() as AccountRow[];
  }

  private row(id: string): AccountRow {
    const row = this.db.prepare('SELECT id, settings, locked FROM accounts WHERE id = ?').get(id) as
      AccountRow | undefined;
    if (!row) throw new ContractError('NOT_FOUND', `There is no account "${id}".`, 'id');
    return row;
  }

  private changed(id: string): AccountView {
    this.delegate.onChange(this.list());
    return this.get(id);
  }
}
