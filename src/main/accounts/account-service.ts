import { settingLabel } from '../../shared/i18n/setting-texts';
import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { AccountView, UserText, VoicemailStatus } from '../../shared/contract';
import { ContractError } from '../../shared/contract';
import { worded } from '../i18n/translator';
import type { Logger } from '../log/logger';
import type { ProvisionedAccount } from './provisioned-account';
import type { ProvisionedChanges, ProvisionedOwner, StoredSecrets } from '../provisioned/provisioned-owner';
import type { SecretStore } from '../secrets/secret-store';
import { secretKeys } from '../secrets/secret-store';
import type { SettingCatalog } from '../settings/setting-catalog';

interface AccountRow {
  id: string;
  settings: string;
  locked: string;
  provision_key: string | null;
}

/** One provisioned account, validated: created (new id) or updated (found by its provision key). */
export interface ProvisionedAccountChange {
  id: string;
  key: string;
  created: boolean;
  /** Every setting, defaults filled in, provisioned values applied. */
  values: Record<string, unknown>;
  /** The provisioned keys, sorted: locked for the user. */
  locked: string[];
  /** Settings or locks differ from what is stored (always true for a new account). */
  settingsChanged: boolean;
  /** undefined: the file sent none, keep what the keychain has; '': remove it. */
  password?: string | undefined;
}

/** What a provisioning would do to the accounts (AccountService.planProvisioned). */
export interface ProvisionedAccountsPlan {
  changes: ProvisionedAccountChange[];
  /** Provisioned before, no longer listed: deleted with their password. */
  removed: { id: string; key: string }[];
}

export interface ProvisionedPasswordsResult extends StoredSecrets {
  /** Ids of accounts whose password changed. */
  changed: Set<string>;
}

export interface AccountServiceDelegate {
  onChange(accounts: AccountView[]): void;
  /**
   * The user created, edited or deleted an account (not a registration change): the SIP layer
   * follows. Not called for a provisioning run, which has the SIP layer follow once when it is done.
   */
  onEdited?(): void;
  onSecret(value: string): void;
}

export type Registration = AccountView['registration'];

/**
 * SIP accounts: per-account settings in SQLite, the password in the keychain.
 * Registration state is owned by the SIP layer and reported here for the views.
 */
export class AccountService implements ProvisionedOwner<
  readonly ProvisionedAccount[],
  ProvisionedAccountsPlan,
  ProvisionedPasswordsResult
> {
  private readonly registrations = new Map<string, Registration>();
  private readonly voicemail = new Map<string, VoicemailStatus>();
  /** Why an account's own ringtone does not ring (the call manager tells), until it rings or is changed. */
  private readonly ringtoneProblems = new Map<string, UserText>();
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

  /**
   * The account's SIP instance id (RFC 5627 +sip.instance): made once, the first time it is asked
   * for, and kept with the account, so the registrar's GRUU stays ours across restarts (§4.1).
   */
  instanceIdOf(id: string): string {
    this.row(id);
    this.db
      .prepare('UPDATE accounts SET sip_instance_id = ? WHERE id = ? AND sip_instance_id IS NULL')
      .run(randomUUID(), id);
    const row = this.db.prepare('SELECT sip_instance_id FROM accounts WHERE id = ?').get(id) as {
      sip_instance_id: string;
    };
    return row.sip_instance_id;
  }

  password(id: string): Promise<string | undefined> {
    this.row(id);
    return this.secrets.get(secretKeys.accountPassword(id));
  }

  async create(settings: Record<string, unknown>, password?: string): Promise<AccountView> {
    const defaults = this.catalog.defaults();
    const values = this.validateAll({ ...defaults, ...this.rejectSecrets(settings) });
    this.assertChangeable(values, defaults);
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
    const stored = this.parseSettings(row);
    const values = this.validateAll({ ...stored, ...changes });
    this.assertChangeable(values, stored);
    // a problem with the old file says nothing about the new one; the next ring checks that
    if (changes['functions.customRingtone'] !== undefined) this.ringtoneProblems.delete(id);
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
    this.voicemail.delete(id);
    this.ringtoneProblems.delete(id);
    this.delegate.onEdited?.();
    this.delegate.onChange(this.list());
    this.logger.info(`Account ${id} deleted`);
    return { id };
  }

  /**
   * Provisioning, step 1 (provisioned/provisioned-owner.ts): validates every provisioned account (a VALIDATION error names the account and
   * the setting) and works out what changes. Accounts are matched by provision key; accounts the user
   * created (no provision key) are never part of the plan. Touches nothing.
   */
  planProvisioned(accounts: readonly ProvisionedAccount[]): ProvisionedAccountsPlan {
    const existing = new Map<string, AccountRow>();
    for (const row of this.rows()) if (row.provision_key !== null) existing.set(row.provision_key, row);
    const seen = new Set<string>();
    const changes: ProvisionedAccountChange[] = [];
    for (const account of accounts) {
      if (seen.has(account.key)) {
        const { text, english } = worded('accounts.listedTwice', { account: account.key });
        throw new ContractError('VALIDATION', english, 'accounts', text);
      }
      seen.add(account.key);
      const provisioned = this.validateProvisioned(account);
      const locked = Object.keys(provisioned).sort();
      const row = existing.get(account.key);
      if (!row) {
        changes.push({
          id: randomUUID(),
          key: account.key,
          created: true,
          values: { ...this.catalog.defaults(), ...provisioned },
          locked,
          settingsChanged: true,
          password: account.password,
        });
        continue;
      }
      const current = this.parseSettings(row);
      const values = { ...current, ...provisioned };
      const settingsChanged =
        JSON.stringify(values) !== JSON.stringify(current) ||
        JSON.stringify(locked) !== JSON.stringify([...(JSON.parse(row.locked) as string[])].sort());
      changes.push({
        id: row.id,
        key: account.key,
        created: false,
        values,
        locked,
        settingsChanged,
        password: account.password,
      });
    }
    const removed = [...existing]
      .filter(([key]) => !seen.has(key))
      .map(([key, row]) => ({ id: row.id, key }));
    return { changes, removed };
  }

  /**
   * Step 2: provisioned passwords to the keychain, before the SQL transaction; the result can undo
   * them if the transaction fails. Unchanged passwords are not rewritten.
   */
  async storeProvisionedSecrets(plan: ProvisionedAccountsPlan): Promise<ProvisionedPasswordsResult> {
    const previous = new Map<string, string | undefined>();
    // best effort per account: one that cannot be restored does not keep the others from it
    const undo = async (): Promise<void> => {
      for (const [id, value] of [...previous].reverse()) {
        try {
          if (value === undefined) await this.clearPassword(id);
          else await this.storePassword(id, value);
        } catch (error) {
          this.logger.error(`Could not restore the password of account ${id}`, error);
        }
      }
    };
    try {
      for (const change of plan.changes) {
        if (change.password === undefined) continue;
        const old = await this.secrets.get(secretKeys.accountPassword(change.id));
        if ((old ?? '') === change.password) continue;
        previous.set(change.id, old);
        if (change.password === '') await this.clearPassword(change.id);
        else await this.storePassword(change.id, change.password);
      }
    } catch (error) {
      await undo();
      throw error;
    }
    return { changed: new Set(previous.keys()), undo };
  }

  /** Step 3: the SQL writes only. Run it inside the caller's transaction. */
  writeProvisioned(plan: ProvisionedAccountsPlan): void {
    const insert = this.db.prepare(
      'INSERT INTO accounts (id, position, settings, locked, created_at, provision_key) VALUES (?, ?, ?, ?, ?, ?)',
    );
    const update = this.db.prepare('UPDATE accounts SET settings = ?, locked = ? WHERE id = ?');
    const remove = this.db.prepare('DELETE FROM accounts WHERE id = ? AND provision_key IS NOT NULL');
    let position = (
      this.db.prepare('SELECT COALESCE(MAX(position), 0) AS last FROM accounts').get() as { last: number }
    ).last;
    for (const { id } of plan.removed) remove.run(id);
    for (const change of plan.changes) {
      const settings = JSON.stringify(change.values);
      const locked = JSON.stringify(change.locked);
      if (change.created) insert.run(change.id, ++position, settings, locked, Date.now(), change.key);
      else if (change.settingsChanged) update.run(settings, locked, change.id);
    }
  }

  /**
   * Step 4, after the transaction committed: removed accounts lose their keychain password (a failure
   * there is logged, the account is gone either way), then one change event. The SIP layer follows
   * when the provisioning run reconciles, once, after every owner committed.
   */
  async commitProvisioned(
    plan: ProvisionedAccountsPlan,
    passwords: ProvisionedPasswordsResult,
  ): Promise<ProvisionedChanges> {
    for (const { id, key } of plan.removed) {
      this.registrations.delete(id);
      this.voicemail.delete(id);
      this.ringtoneProblems.delete(id);
      try {
        await this.clearPassword(id);
      } catch (error) {
        this.logger.warn(`Could not remove the password of deleted account ${id}`, error);
      }
      this.logger.info(`Provisioned account ${id} (${key}) removed: the server no longer lists it`);
    }
    for (const change of plan.changes) {
      if (change.created) this.logger.info(`Provisioned account ${change.id} (${change.key}) created`);
    }
    this.delegate.onChange(this.list());
    const { changes, removed } = plan;
    return {
      accountsAdded: changes.filter((c) => c.created).length,
      accountsUpdated: changes.filter((c) => !c.created && (c.settingsChanged || passwords.changed.has(c.id)))
        .length,
      accountsRemoved: removed.length,
    };
  }

  setRegistration(id: string, registration: Registration): void {
    this.registrations.set(id, registration);
    this.delegate.onChange(this.list());
  }

  /** What the PBX last reported about the account's mailbox (MWI); undefined clears it. */
  setVoicemail(id: string, status: VoicemailStatus | undefined): void {
    if (status === undefined) this.voicemail.delete(id);
    else this.voicemail.set(id, { ...status });
    this.delegate.onChange(this.list());
  }

  /** Why the account's own ringtone did not ring (the built-in one did); undefined clears it. */
  setRingtoneProblem(id: string, problem: UserText | undefined): void {
    if (problem === undefined) {
      if (!this.ringtoneProblems.delete(id)) return;
    } else this.ringtoneProblems.set(id, problem);
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
          { key: 'accounts.passwordAsSetting' },
        );
      }
    }
    return settings;
  }

  /** The provisioned settings, validated; errors name the account and the setting. */
  private validateProvisioned(account: ProvisionedAccount): Record<string, unknown> {
    const valid: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(account.settings)) {
      try {
        if (this.catalog.isSecret(key))
          throw new ContractError(
            'VALIDATION',
            'The password is not a setting; send it as the password.',
            key,
            { key: 'accounts.passwordNotSetting' },
          );
        valid[key] = this.catalog.validate(key, value);
      } catch (error) {
        if (!(error instanceof ContractError)) throw error;
        // the detail in the UI language when it is a code (its own parameters travel along), else English
        const { text, english } = error.text
          ? worded('accounts.provisionedSettingCoded', {
              ...error.text.params,
              inAccount: account.key,
              inSetting: key,
              detailKey: error.text.key,
            })
          : worded('accounts.provisionedSetting', {
              account: account.key,
              setting: key,
              detail: error.message,
            });
        throw new ContractError('VALIDATION', english, `accounts.${account.key}.${key}`, text);
      }
    }
    return valid;
  }

  /** Fields that have no effect yet keep the value they had (see SettingCatalog.assertChangeable). */
  private assertChangeable(values: Record<string, unknown>, before: Record<string, unknown>): void {
    for (const [key, value] of Object.entries(values)) this.catalog.assertChangeable(key, value, before[key]);
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
    const voicemail = this.voicemail.get(row.id);
    const ringtoneProblem = this.ringtoneProblems.get(row.id);
    return {
      id: row.id,
      settings: this.parseSettings(row) as AccountView['settings'],
      locked: JSON.parse(row.locked) as string[],
      passwordSet: this.passwordsSet.has(row.id),
      registration,
      ...(voicemail ? { voicemail: { ...voicemail } } : {}),
      ...(ringtoneProblem ? { ringtoneProblem } : {}),
    };
  }

  /** The account the provisioning server calls `key`, if it exists. */
  idOfProvisionKey(key: string): string | undefined {
    return this.rows().find((row) => row.provision_key === key)?.id;
  }

  private rows(): AccountRow[] {
    return this.db
      .prepare('SELECT id, settings, locked, provision_key FROM accounts ORDER BY position')
      .all() as AccountRow[];
  }

  private row(id: string): AccountRow {
    const row = this.db
      .prepare('SELECT id, settings, locked, provision_key FROM accounts WHERE id = ?')
      .get(id) as AccountRow | undefined;
    if (!row) {
      const { text, english } = worded('accounts.notFound', { id });
      throw new ContractError('NOT_FOUND', english, 'id', text);
    }
    return row;
  }

  private changed(id: string): AccountView {
    this.delegate.onChange(this.list());
    return this.get(id);
  }
}
