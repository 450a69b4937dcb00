import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { callHistoryMigration } from '../../../../../src/main/db/migrations/0030-call-history';

describe('0030-call-history', () => {
  it('creates a strict call_history table that refuses unknown results and duplicate calls', () => {
    const db = new BetterSqlite3(':memory:');
    callHistoryMigration.up(db);
    const insert = db.prepare(
      `INSERT INTO call_history (call_id, account_id, direction, result, remote_number, remote_name, started_at, ended_at)
       VALUES (?, 'a', 'incoming', ?, '1001', '', 1, 2)`,
    );
    insert.run('c1', 'missed');
    expect(() => insert.run('c2', 'exploded')).toThrow(/CHECK/);
    expect(() => insert.run('c1', 'missed')).toThrow(/UNIQUE/);
  });
});
