import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { ContactSourceConfig } from '../../../shared/contract';
import { contactSourceConfigSchema } from '../../../shared/contract';
import type { Logger } from '../../log/logger';

export type RemoteSourceKind = Exclude<ContactSourceConfig['kind'], 'local'>;
export type RemoteSourceConfig = Exclude<ContactSourceConfig, { kind: 'local' }>;

/** One configured contact source as stored (migration 0060); its id is also its contacts' sourceId. */
export interface SourceRecord {
  id: string;
  kind: RemoteSourceKind;
  name: string;
  enabled: boolean;
  hideWithoutName: boolean;
  hideWithoutPhone: boolean;
  useAccountId: string;
  config: RemoteSourceConfig;
  syncState: string | undefined;
  lastSuccessAt: number | undefined;
  provisionKey: string | undefined;
}

interface Row {
  id: string;
  kind: RemoteSourceKind;
  name: string;
  enabled: number;
  hide_without_name: number;
  hide_without_phone: number;
  use_account_id: string;
  config: string;
  sync_state: string | null;
  last_success_at: number | null;
  provision_key: string | null;
}

export function newSourceId(kind: RemoteSourceKind): string {
  return `${kind}:${randomUUID().slice(0, 8)}`;
}

/** A source as first added: enabled, no filters, the default account, nothing read yet. */
export function newSourceRecord(
  name: string,
  config: RemoteSourceConfig,
  provisionKey?: string,
): SourceRecord {
  return {
    id: newSourceId(config.kind),
    kind: config.kind,
    name: name.trim(),
    enabled: true,
    hideWithoutName: false,
    hideWithoutPhone: false,
    useAccountId: '',
    config,
    syncState: undefined,
    lastSuccessAt: undefined,
    provisionKey,
  };
}

/** The contact_sources table. */
export class SourceRecords {
  constructor(
    private readonly db: Database,
    private readonly logger: Logger,
  ) {}

  /** Every stored source in the user's order; a row whose config no longer parses is skipped and logged. */
  list(): SourceRecord[] {
    const rows = this.db.prepare('SELECT * FROM contact_sources ORDER BY position, id').all() as Row[];
    return rows.flatMap((row) => {
      const record = this.toRecord(row);
      return record ? [record] : [];
    });
  }

  get(id: string): SourceRecord | undefined {
    const row = this.db.prepare('SELECT * FROM contact_sources WHERE id = ?').get(id) as Row | undefined;
    return row ? this.toRecord(row) : undefined;
  }

  byProvisionKey(key: string): SourceRecord | undefined {
    const row = this.db.prepare('SELECT * FROM contact_sources WHERE provision_key = ?').get(key) as
      Row | undefined;
    return row ? this.toRecord(row) : undefined;
  }

  insert(record: SourceRecord): void {
    const position =
      (this.db
        .prepare('SELECT coalesce(max(position), 0) + 1 FROM contact_sources')
        .pluck()
        .get() as number) ?? 1;
    this.db
      .prepare(
        `INSERT INTO contact_sources (id, kind, name, enabled, hide_without_name, hide_without_phone,
           use_account_id, config, sync_state, last_success_at, provision_key, position)
         VALUES (@id, @kind, @name, @enabled, @hideWithoutName, @hideWithoutPhone, @useAccountId, @config,
           @syncState, @lastSuccessAt, @provisionKey, @position)`,
      )
      .run({ ...this.toParams(record), position });
  }

  update(record: SourceRecord): void {
    this.db
      .prepare(
        `UPDATE contact_sources SET name = @name, enabled = @enabled, hide_without_name = @hideWithoutName,
           hide_without_phone = @hideWithoutPhone, use_account_id = @useAccountId, config = @config,
           sync_state = @syncState, last_success_at = @lastSuccessAt, provision_key = @provisionKey
         WHERE id = @id`,
      )
      .run(this.toParams(record));
  }

  delete(id: string): boolean {
    return this.db.prepare('DELETE FROM contact_sources WHERE id = ?').run(id).changes > 0;
  }

  private toParams(record: SourceRecord) {
    return {
      id: record.id,
      kind: record.kind,
      name: record.name,
      enabled: record.enabled ? 1 : 0,
      hideWithoutName: record.hideWithoutName ? 1 : 0,
      hideWithoutPhone: record.hideWithoutPhone ? 1 : 0,
      useAccountId: record.useAccountId,
      config: JSON.stringify(record.config),
      syncState: record.syncState ?? null,
      lastSuccessAt: record.lastSuccessAt ?? null,
      provisionKey: record.provisionKey ?? null,
    };
  }

  private toRecord(row: Row): SourceRecord | undefined {
    let config: ContactSourceConfig;
    try {
      config = contactSourceConfigSchema.parse(JSON.parse(row.config));
    } catch (error) {
      this.logger.warn(`Contact source ${row.id}: stored settings are unreadable, source skipped`, error);
      return undefined;
    }
    if (config.kind === 'local' || config.kind !== row.kind) return undefined;
    return {
      id: row.id,
      kind: row.kind,
      name: row.name,
      enabled: row.enabled === 1,
      hideWithoutName: row.hide_without_name === 1,
      hideWithoutPhone: row.hide_without_phone === 1,
      useAccountId: row.use_account_id,
      config,
      syncState: row.sync_state ?? undefined,
      lastSuccessAt: row.last_success_at ?? undefined,
      provisionKey: row.provision_key ?? undefined,
    };
  }
}
