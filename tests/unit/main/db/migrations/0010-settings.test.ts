import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { settingsMigration } from '../../../../../src/main/db/migrations/0010-settings';

describe('0010-settings', () => {
  it('creates a strict settings table with a provisioned flag', () => {
    const db = new BetterSqlite3(':memory:');
    settingsMigration.up(db);
    db.prepare("INSERT INTO settings (key, value) VALUES ('gui.appearance.theme', '\"dark\"')").run();
    expect(db.prepare('SELECT provisioned FROM settings').get()).toEqual({ provisioned: 0 });
    expect(() =>
      db.prepare("INSERT INTO settings (key, value, provisioned) VALUES ('x', '1', 2)").run(),
    ).toThrow();
    expect(() =>
      db.prepare("INSERT INTO settings (key, value) VALUES ('gui.appearance.theme', '1')").run(),
    ).toThrow(/UNIQUE/);
  });
});
