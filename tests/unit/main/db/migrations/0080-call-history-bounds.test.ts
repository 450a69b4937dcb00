import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../../src/main/db/database';
import { migrations } from '../../../../../src/main/db/migrations';
import { callHistoryBoundsMigration } from '../../../../../src/main/db/migrations/0080-call-history-bounds';

describe('0080-call-history-bounds', () => {
  const before = migrations.filter((m) => m.version < 80);

  function databaseAt70(): BetterSqlite3.Database {
    const db = new BetterSqlite3(':memory:');
    migrate(db, before);
    const insert = db.prepare(
      `INSERT INTO call_history (call_id, account_id, direction, result, remote_number, remote_name, started_at,
         ended_at, contact) VALUES (?, 'a', 'incoming', 'missed', ?, ?, ?, ?, ?)`,
    );
    insert.run('huge', '1'.repeat(921_600), 'N'.repeat(5000), 1, 2, `{"name":"${'x'.repeat(20_000)}"}`);
    insert.run('fine', '1002', 'Bob', 3, 4, '{"contactId":"d1"}');
    return db;
  }

  it('cuts numbers and names written before they were bounded and drops oversized caller IDs', () => {
    const db = databaseAt70();
    db.transaction(() => callHistoryBoundsMigration.up(db))();
    const rows = db
      .prepare(
        `SELECT call_id, length(remote_number) AS number, length(remote_name) AS name, contact
         FROM call_history ORDER BY started_at`,
      )
      .all();
    expect(rows).toEqual([
      { call_id: 'huge', number: 64, name: 128, contact: null },
      { call_id: 'fine', number: 4, name: 3, contact: '{"contactId":"d1"}' },
    ]);
  });

  it('indexes the start time with the id, the order the list and the pruning use', () => {
    const db = databaseAt70();
    db.transaction(() => callHistoryBoundsMigration.up(db))();
    const columns = db
      .prepare("SELECT name, desc FROM pragma_index_xinfo('call_history_started') WHERE key = 1")
      .all();
    expect(columns).toEqual([
      { name: 'started_at', desc: 1 },
      { name: 'id', desc: 1 },
    ]);
  });
});
