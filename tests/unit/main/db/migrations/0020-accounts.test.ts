import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { accountsMigration } from '../../../../../src/main/db/migrations/0020-accounts';

describe('0020-accounts', () => {
  it('creates a strict accounts table with no column for secrets', () => {
    const db = new BetterSqlite3(':memory:');
    accountsMigration.up(db);
    const columns = (db.prepare('PRAGMA table_info(accounts)').all() as { name: string }[]).map(
      (c) => c.name,
    );
    expect(columns).toEqual(['id', 'position', 'settings', 'locked', 'created_at']);
    expect(() =>
      db
        .prepare("INSERT INTO accounts (id, position, settings, created_at) VALUES ('a', 'first', '{}', 0)")
        .run(),
    ).toThrow(/cannot store TEXT value in INTEGER column/);
  });
});
