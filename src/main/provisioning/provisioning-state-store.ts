/** The last provisioning attempt, kept across restarts (the provisioning_state table, one row). */
import type { Database } from 'better-sqlite3';
import type { ProvisioningAttempt } from '../../shared/contract';
import { provisioningAttemptSchema } from '../../shared/contract';
import type { Logger } from '../log/logger';

interface StateRow {
  at: number;
  server: string;
  ok: number;
  message: string;
  code: string | null;
  format: string | null;
  changes: string;
  unknown_keys: string;
}

export class ProvisioningStateStore {
  constructor(
    private readonly db: Database,
    private readonly logger: Logger,
  ) {}

  /** The stored attempt; undefined when there is none or it cannot be read (logged). */
  load(): ProvisioningAttempt | undefined {
    const row = this.db.prepare('SELECT * FROM provisioning_state WHERE id = 1').get() as
      StateRow | undefined;
    if (!row) return undefined;
    const parsed = provisioningAttemptSchema.safeParse({
      at: row.at,
      server: row.server,
      ok: row.ok === 1,
      message: row.message,
      code: row.code ?? undefined,
      format: row.format ?? undefined,
      changes: JSON.parse(row.changes) as unknown,
      unknownKeys: JSON.parse(row.unknown_keys) as unknown,
    });
    if (parsed.success) return parsed.data;
    this.logger.warn('Ignoring an unreadable stored provisioning status');
    return undefined;
  }

  /** Replaces the stored attempt; a failure is logged, the attempt stands in memory either way. */
  save(attempt: ProvisioningAttempt): void {
    try {
      this.db
        .prepare(
          `INSERT OR REPLACE INTO provisioning_state (id, at, server, ok, message, code, format, changes, unknown_keys)
           VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          attempt.at,
          attempt.server,
          attempt.ok ? 1 : 0,
          attempt.message,
          attempt.code ?? null,
          attempt.format ?? null,
          JSON.stringify(attempt.changes),
          JSON.stringify(attempt.unknownKeys),
        );
    } catch (error) {
      this.logger.error('Could not store the provisioning status', error);
    }
  }
}
