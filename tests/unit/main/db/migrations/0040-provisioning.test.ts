import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { accountsMigration } from '../../../../../src/main/db/migrations/0020-accounts';
import { provisioningMigration } from '../../../../../src/main/db/migrations/0040-provisioning';

function migrated(): BetterSqlite3.Database {
  const db = new BetterSqlite3(':memory:');
  accountsMigration.up(db);
  db.prepare("INSERT INTO accounts (id, position, settings, created_at) VALUES ('manual', 1, '{}', 0)").run();
  provisioningMigration.up(db);
  return db;
}

const insert = (db: BetterSqlite3.Database, id: string, key: string | null): void => {
  db.prepare(
    "INSERT INTO accounts (id, position, settings, created_at, provision_key) VALUES (?, 2, '{}', 0, ?)",
  ).run(id, key);
};

describe('0040-provisioning', () => {
  it('adds provision_key to existing accounts as null (manual accounts stay manual)', () => {
    const db = migrated();
    expect(db.prepare("SELECT provision_key FROM accounts WHERE id = 'manual'").get()).toEqual({
      provision_key: null,
    });
  });

  it('keeps provision_key unique when set, and allows many manual accounts', () => {
    const db = migrated();
    insert(db, 'b', null);
    insert(db, 'c', '1');
    expect(() => insert(db, 'd', '1')).toThrow(/UNIQUE constraint failed/);
  });

  it('creates a strict one-row provisioning_state table', () => {
    const db = migrated();
    const columns = (db.prepare('PRAGMA table_info(provisioning_state)').all() as { name: string }[]).map(
      (c) => c.name,
    );
    expect(columns).toEqual([
      'id',
      'at',
      'server',
      'ok',
      'message',
      'code',
      'format',
      'changes',
      'unknown_keys',
    ]);
    const row = db.prepare(
      "INSERT INTO provisioning_state (id, at, server, ok, message, changes, unknown_keys) VALUES (?, 0, 's', 1, 'm', '{}', '[]')",
    );
    row.run(1);
    expect(() => row.run(2)).toThrow(/CHECK constraint failed/);
    expect(() =>
      db
        .prepare(
          "INSERT OR REPLACE INTO provisioning_state (id, at, server, ok, message, changes, unknown_keys) VALUES (1, 'now', 's', 1, 'm', '{}', '[]')",
        )
        .run(),
    ).toThrow(/cannot store TEXT value in INTEGER column/);
  });
});
