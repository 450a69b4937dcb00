import type { Migration } from './migration';

/** Global settings: one row per full key, value as JSON; provisioned rows are locked in the UI. */
export const settingsMigration: Migration = {
  version: 10,
  name: 'settings',
  up(db) {
    db.exec(`
      CREATE TABLE settings (
        key TEXT PRIMARY KEY NOT NULL,
        value TEXT NOT NULL,
        provisioned INTEGER NOT NULL DEFAULT 0 CHECK (provisioned IN (0, 1))
      ) STRICT;
    `);
  },
};
