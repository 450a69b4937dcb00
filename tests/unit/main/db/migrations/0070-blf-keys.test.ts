import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { blfKeysMigration } from '../../../../../src/main/db/migrations/0070-blf-keys';

function migrated(): BetterSqlite3.Database {
  const db = new BetterSqlite3(':memory:');
  blfKeysMigration.up(db);
  return db;
}

const insert = (
  db: BetterSqlite3.Database,
  position: unknown,
  accountKey: string | null,
  provisioned: number,
): number =>
  Number(
    db
      .prepare(
        `INSERT INTO blf_keys (position, label, target, account_key, provisioned)
         VALUES (?, 'Reception', 'sip:100@pbx.example', ?, ?)`,
      )
      .run(position, accountKey, provisioned).lastInsertRowid,
  );

describe('0070-blf-keys', () => {
  it('creates the blf_keys table with its columns in order', () => {
    const db = migrated();
    const columns = db.prepare('PRAGMA table_info(blf_keys)').all() as { name: string; notnull: number }[];
    expect(columns.map((c) => [c.name, c.notnull])).toEqual([
      ['id', 0],
      ['position', 1],
      ['label', 1],
      ['target', 1],
      ['account_key', 0],
      ['provisioned', 1],
    ]);
  });

  it('keeps a key without an account (the first account) and gives each key its own id', () => {
    const db = migrated();
    const first = insert(db, 1, null, 0);
    const second = insert(db, 2, '1', 1);
    expect(second).not.toBe(first);
    expect(db.prepare('SELECT id, account_key, provisioned FROM blf_keys ORDER BY position').all()).toEqual([
      { id: first, account_key: null, provisioned: 0 },
      { id: second, account_key: '1', provisioned: 1 },
    ]);
  });

  it('refuses a provisioned flag other than 0 or 1, a missing target and a text position', () => {
    const db = migrated();
    expect(() => insert(db, 1, null, 2)).toThrow(/CHECK constraint failed/);
    expect(() =>
      db
        .prepare("INSERT INTO blf_keys (position, label, target, provisioned) VALUES (1, 'x', NULL, 0)")
        .run(),
    ).toThrow(/NOT NULL constraint failed: blf_keys.target/);
    expect(() => insert(db, 'first', null, 0)).toThrow(/cannot store TEXT value in INTEGER column/);
  });
});
