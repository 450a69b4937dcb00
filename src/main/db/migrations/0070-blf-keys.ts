import type { Migration } from './migration';

/**
 * Busy-lamp (BLF) keys in the user's order. `account_key` is the provisioning key of the account the
 * key belongs to (resolved to an account id when listed; null: the first account).
 */
export const blfKeysMigration: Migration = {
  version: 70,
  name: 'blf-keys',
  up(db) {
    db.exec(`
      CREATE TABLE blf_keys (
        id INTEGER PRIMARY KEY,
        position INTEGER NOT NULL,
        label TEXT NOT NULL,
        target TEXT NOT NULL,
        account_key TEXT,
        provisioned INTEGER NOT NULL CHECK (provisioned IN (0, 1))
      ) STRICT;
    `);
  },
};
