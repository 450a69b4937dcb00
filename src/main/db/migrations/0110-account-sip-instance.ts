import type { Migration } from './migration';

/**
 * Each account's SIP instance id (RFC 5627 +sip.instance, a UUID): a registrar's GRUU belongs to it, so it
 * must stay the same across restarts of the phone (§4.1). Not a secret. Rows get theirs when first used
 * (AccountService.instanceIdOf).
 */
export const accountSipInstanceMigration: Migration = {
  version: 110,
  name: 'account-sip-instance',
  up(db) {
    db.exec(`
      ALTER TABLE accounts ADD COLUMN sip_instance_id TEXT
        CHECK (sip_instance_id IS NULL OR length(sip_instance_id) = 36);
      CREATE UNIQUE INDEX accounts_sip_instance_id ON accounts (sip_instance_id);
    `);
  },
};
