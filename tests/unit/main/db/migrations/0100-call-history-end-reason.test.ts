import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../../src/main/db/database';
import { migrations } from '../../../../../src/main/db/migrations';
import { callHistoryEndReasonMigration } from '../../../../../src/main/db/migrations/0100-call-history-end-reason';

describe('0100-call-history-end-reason', () => {
  function databaseAt90(): BetterSqlite3.Database {
    const db = new BetterSqlite3(':memory:');
    migrate(
      db,
      migrations.filter((m) => m.version < 100),
    );
    db.prepare(
      `INSERT INTO call_history (call_id, account_id, direction, result, remote_number, remote_name, started_at,
         ended_at) VALUES ('old', 'a', 'incoming', 'answered', '1002', 'Bob', 1, 2)`,
    ).run();
    return db;
  }

  it('adds the end reason: rows written before have none, new ones keep it, and it stays short', () => {
    const db = databaseAt90();
    db.transaction(() => callHistoryEndReasonMigration.up(db))();
    const insert = db.prepare(
      `INSERT INTO call_history (call_id, account_id, direction, result, remote_number, remote_name, started_at,
         ended_at, end_reason) VALUES (?, 'a', 'outgoing', 'answered', '1003', 'Carol', 3, 4, ?)`,
    );
    insert.run('lost', 'mediaLost');
    expect(db.prepare('SELECT call_id, end_reason FROM call_history ORDER BY started_at').all()).toEqual([
      { call_id: 'old', end_reason: null },
      { call_id: 'lost', end_reason: 'mediaLost' },
    ]);
    expect(() => insert.run('huge', 'x'.repeat(33))).toThrow(/CHECK constraint/);
  });
});
