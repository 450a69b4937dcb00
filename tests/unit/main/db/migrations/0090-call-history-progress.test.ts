import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../../src/main/db/database';
import { migrations } from '../../../../../src/main/db/migrations';
import { callHistoryProgressMigration } from '../../../../../src/main/db/migrations/0090-call-history-progress';

describe('0090-call-history-progress', () => {
  function databaseAt80(): BetterSqlite3.Database {
    const db = new BetterSqlite3(':memory:');
    migrate(
      db,
      migrations.filter((m) => m.version < 90),
    );
    db.prepare(
      `INSERT INTO call_history (call_id, account_id, direction, result, sip_code, remote_number, remote_name,
         started_at, answered_at, ended_at, contact) VALUES ('c1', 'a', 'outgoing', 'busy', 486, '1002', 'Bob', 1, NULL, 2, '{}')`,
    ).run();
    return db;
  }

  it('keeps every row and column', () => {
    const db = databaseAt80();
    const before = db.prepare('SELECT * FROM call_history').all();
    db.transaction(() => callHistoryProgressMigration.up(db))();
    expect(db.prepare('SELECT * FROM call_history').all()).toEqual(
      (before as object[]).map((row) => ({ ...row, incompatible: null })),
    );
  });

  it('allows the ongoing, interrupted and incompatible results and only known reason codes', () => {
    const db = databaseAt80();
    db.transaction(() => callHistoryProgressMigration.up(db))();
    const insert = db.prepare(
      `INSERT INTO call_history (call_id, account_id, direction, result, remote_number, remote_name, started_at,
         ended_at, incompatible) VALUES (?, 'a', 'incoming', ?, '', '', 3, 3, ?)`,
    );
    insert.run('c2', 'ongoing', null);
    insert.run('c3', 'interrupted', null);
    insert.run('c4', 'incompatible', 'noEncryption');
    expect(() => insert.run('c5', 'exploded', null)).toThrow(/CHECK/);
    expect(() => insert.run('c6', 'incompatible', 'tooLoud')).toThrow(/CHECK/);
  });

  it('keeps the start-time index with the id', () => {
    const db = databaseAt80();
    db.transaction(() => callHistoryProgressMigration.up(db))();
    const columns = db
      .prepare("SELECT name, desc FROM pragma_index_xinfo('call_history_started') WHERE key = 1")
      .all();
    expect(columns).toEqual([
      { name: 'started_at', desc: 1 },
      { name: 'id', desc: 1 },
    ]);
  });
});
