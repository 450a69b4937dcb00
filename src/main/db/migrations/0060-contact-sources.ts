import type { Migration } from './migration';

/**
 * Contact sources the user (or the provisioning server) added: LDAP, XML phonebooks, Windows
 * contacts, Google, Outlook. `config` is the kind's non-secret settings as JSON; passwords and tokens
 * live in the keychain. `sync_state` is what a remote source needs to continue (a sync token).
 * `provision_key` is the server's name for a provisioned source (null for the user's own).
 * Contacts copied from a source live in the contacts table under source_id `<kind>:<id>`.
 *
 * call_history.contact keeps the caller ID found during the call (JSON of a ContactRef), so a history
 * row still shows a name a live directory found when that directory is not asked again.
 */
export const contactSourcesMigration: Migration = {
  version: 60,
  name: 'contact-sources',
  up(db) {
    db.exec(`
      CREATE TABLE contact_sources (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('ldap', 'xml', 'google', 'outlook', 'windows')),
        name TEXT NOT NULL,
        enabled INTEGER NOT NULL CHECK (enabled IN (0, 1)),
        hide_without_name INTEGER NOT NULL CHECK (hide_without_name IN (0, 1)),
        hide_without_phone INTEGER NOT NULL CHECK (hide_without_phone IN (0, 1)),
        use_account_id TEXT NOT NULL,
        config TEXT NOT NULL,
        sync_state TEXT,
        last_success_at INTEGER,
        provision_key TEXT UNIQUE,
        position INTEGER NOT NULL
      ) STRICT;
      ALTER TABLE call_history ADD COLUMN contact TEXT;
    `);
  },
};
