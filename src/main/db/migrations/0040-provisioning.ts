import type { Migration } from './migration';

/**
 * Provisioning: accounts learn the server's stable name for them (provision_key, null for accounts the
 * user created, which provisioning never touches), and the last provisioning attempt is kept in a
 * one-row table so the status survives a restart.
 */
export const provisioningMigration: Migration = {
  version: 40,
  name: 'provisioning',
  up(db) {
    db.exec(`
      ALTER TABLE accounts ADD COLUMN provision_key TEXT;
      CREATE UNIQUE INDEX accounts_provision_key ON accounts (provision_key) WHERE provision_key IS NOT NULL;
      CREATE TABLE provisioning_state (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        at INTEGER NOT NULL,
        server TEXT NOT NULL,
        ok INTEGER NOT NULL CHECK (ok IN (0, 1)),
        message TEXT NOT NULL,
        code TEXT,
        format TEXT,
        changes TEXT NOT NULL,
        unknown_keys TEXT NOT NULL
      ) STRICT;
    `);
  },
};
