import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../../src/main/db/database';
import { migrations } from '../../../../../src/main/db/migrations';
import { callHistoryEndCauseMigration } from '../../../../../src/main/db/migrations/0130-call-history-end-cause';

describe('0130-call-history-end-cause', () => {
  function databaseAt110(): BetterSqlite3.Database {
    const db = new BetterSqlite3(':memory:');
    migrate(
      db,
      migrations.filter((m) => m.version < 130),
    );
    db.prepare(
      `INSERT INTO call_history (call_id, account_id, direction, result, remote_number, remote_name, started_at,
         ended_at) VALUES ('old', 'a', 'incoming', 'answered', '1002', 'Bob', 1, 2)`,
    ).run();
    return db;
  }

  it('adds the end cause: rows written before have none, new ones keep it, and it stays short', () => {
    const db = databaseAt110();
    db.transaction(() => callHistoryEndCauseMigration.up(db))();
    const insert = db.prepare(
      `INSERT INTO call_history (call_id, account_id, direction, result, remote_number, remote_name, started_at,
         ended_at, end_cause) VALUES (?, 'a', 'outgoing', 'answered', '1003', 'Carol', 3, 4, ?)`,
    );
    insert.run('lost', 'doNotDisturb');
    expect(db.prepare('SELECT call_id, end_cause FROM call_history ORDER BY started_at').all()).toEqual([
      { call_id: 'old', end_cause: null },
      { call_id: 'lost', end_cause: 'doNotDisturb' },
    ]);
    expect(() => insert.run('huge', 'x'.repeat(33))).toThrow(/CHECK constraint/);
  });
});
