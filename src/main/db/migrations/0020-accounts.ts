import type { Migration } from './migration';

/** SIP accounts without secrets; passwords live in the OS keychain keyed by account id. */
export const accountsMigration: Migration = {
  version: 20,
  name: 'accounts',
  up(db) {
    db.exec(`
      CREATE TABLE accounts (
        id TEXT PRIMARY KEY NOT NULL,
        position INTEGER NOT NULL,
        settings TEXT NOT NULL,
        locked TEXT NOT NULL DEFAULT '[]',
        created_at INTEGER NOT NULL
      ) STRICT;
    `);
  },
};
