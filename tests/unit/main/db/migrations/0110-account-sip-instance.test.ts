import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../../src/main/db/database';
import { migrations } from '../../../../../src/main/db/migrations';
import { accountSipInstanceMigration } from '../../../../../src/main/db/migrations/0110-account-sip-instance';

describe('0110-account-sip-instance', () => {
  function databaseAt100(): BetterSqlite3.Database {
    const db = new BetterSqlite3(':memory:');
    migrate(
      db,
      migrations.filter((m) => m.version < 110),
    );
    db.prepare(
      `INSERT INTO accounts (id, position, settings, created_at) VALUES ('old-1', 1, '{}', 1), ('old-2', 2, '{}', 2)`,
    ).run();
    return db;
  }

  it('adds the instance id: older accounts have none yet, each id is a UUID and belongs to one account', () => {
    const db = databaseAt100();
    db.transaction(() => accountSipInstanceMigration.up(db))();
    expect(db.prepare('SELECT id, sip_instance_id FROM accounts ORDER BY position').all()).toEqual([
      { id: 'old-1', sip_instance_id: null },
      { id: 'old-2', sip_instance_id: null },
    ]);
    const set = db.prepare('UPDATE accounts SET sip_instance_id = ? WHERE id = ?');
    const uuid = '0b0e3c9e-5d57-4a38-9a57-2f1d5f7b4a01';
    set.run(uuid, 'old-1');
    expect(() => set.run(uuid, 'old-2')).toThrow(/UNIQUE constraint/);
    expect(() => set.run('not-a-uuid', 'old-2')).toThrow(/CHECK constraint/);
  });
});
