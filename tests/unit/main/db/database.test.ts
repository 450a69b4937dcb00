import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { DatabaseVersionError, latestVersion, migrate, openDatabase } from '../../../../src/main/db/database';
import type { Migration } from '../../../../src/main/db/migrations';
import { migrations } from '../../../../src/main/db/migrations';
import { makeTempDir } from '../../../support/temp-dir';

let cleanup: () => void = () => undefined;
afterEach(() => cleanup());

function tempFile(): string {
  const temp = makeTempDir();
  cleanup = temp.cleanup;
  return join(temp.dir, 'test.db');
}

describe('openDatabase', () => {
  it('creates the database in WAL mode at the latest schema version', () => {
    const db = openDatabase(tempFile());
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('user_version', { simple: true })).toBe(latestVersion());
    db.close();
  });

  it('is idempotent: reopening keeps data and version', () => {
    const file = tempFile();
    const db = openDatabase(file);
    db.prepare("INSERT INTO settings (key, value) VALUES ('a.b', '1')").run();
    db.close();
    const again = openDatabase(file);
    expect(again.prepare('SELECT value FROM settings').get()).toEqual({ value: '1' });
    again.close();
  });

  it('refuses a database written by a newer version and leaves it untouched', () => {
    const file = tempFile();
    const future = new BetterSqlite3(file);
    future.pragma(`user_version = ${latestVersion() + 10}`);
    future.close();
    expect(() => openDatabase(file)).toThrow(DatabaseVersionError);
    const check = new BetterSqlite3(file);
    expect(check.pragma('user_version', { simple: true })).toBe(latestVersion() + 10);
    check.close();
  });
});

describe('migrate', () => {
  it('rejects versions that are not increasing multiples of 10', () => {
    const db = new BetterSqlite3(':memory:');
    const bad: Migration[] = [
      { version: 20, name: 'b', up: () => undefined },
      { version: 10, name: 'a', up: () => undefined },
    ];
    expect(() => migrate(db, bad)).toThrow(/increasing multiples of 10/);
  });

  it('rolls back a failing migration and keeps the previous version', () => {
    const db = new BetterSqlite3(':memory:');
    const failing: Migration[] = [
      ...migrations,
      {
        version: latestVersion() + 10,
        name: 'broken',
        up: (d) => {
          d.exec('CREATE TABLE half (x TEXT) STRICT');
          throw new Error('boom');
        },
      },
    ];
    expect(() => migrate(db, failing)).toThrow('boom');
    expect(db.pragma('user_version', { simple: true })).toBe(latestVersion());
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'half'").get()).toBeUndefined();
  });
});
