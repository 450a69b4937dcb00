import type { Migration } from './migration';

/**
 * Local contacts (and any source that keeps a copy in SQLite), their phone numbers, and two FTS5
 * indexes kept in step by triggers:
 * - contacts_fts: names, 'unicode61 remove_diacritics 2' so "mul*" finds Müller;
 * - contact_phones_fts: the numbers' digit forms, 'trigram' so "1234" is found inside
 *   "+49 30 1234567" (contains search needs at least 3 characters).
 * contact_phones.normalized is the caller-ID key (E.164, or digits for short extensions), indexed.
 * contacts.sort_key / last_key are folded (lower case, no diacritics) names for ordered prefix search.
 */
export const contactsMigration: Migration = {
  version: 50,
  name: 'contacts',
  up(db) {
    db.exec(`
      CREATE TABLE contacts (
        row_id INTEGER PRIMARY KEY,
        id TEXT NOT NULL,
        source_id TEXT NOT NULL,
        first_name TEXT NOT NULL,
        last_name TEXT NOT NULL,
        display_name TEXT NOT NULL,
        company TEXT NOT NULL,
        department TEXT NOT NULL,
        email TEXT NOT NULL,
        sort_key TEXT NOT NULL,
        last_key TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        UNIQUE (source_id, id)
      ) STRICT;
      CREATE INDEX contacts_sort_key ON contacts (sort_key);
      CREATE INDEX contacts_last_key ON contacts (last_key);

      CREATE TABLE contact_phones (
        id INTEGER PRIMARY KEY,
        contact_row_id INTEGER NOT NULL REFERENCES contacts (row_id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        type TEXT NOT NULL CHECK (type IN ('work', 'mobile', 'home', 'fax', 'other')),
        number TEXT NOT NULL,
        normalized TEXT NOT NULL,
        digits TEXT NOT NULL,
        search_digits TEXT NOT NULL
      ) STRICT;
      CREATE INDEX contact_phones_contact ON contact_phones (contact_row_id, position);
      CREATE INDEX contact_phones_normalized ON contact_phones (normalized);
      CREATE INDEX contact_phones_digits ON contact_phones (digits);

      CREATE VIRTUAL TABLE contacts_fts USING fts5 (
        first_name, last_name, display_name, company, department,
        content = 'contacts', content_rowid = 'row_id',
        tokenize = 'unicode61 remove_diacritics 2'
      );
      CREATE TRIGGER contacts_fts_insert AFTER INSERT ON contacts BEGIN
        INSERT INTO contacts_fts (rowid, first_name, last_name, display_name, company, department)
        VALUES (new.row_id, new.first_name, new.last_name, new.display_name, new.company, new.department);
      END;
      CREATE TRIGGER contacts_fts_delete AFTER DELETE ON contacts BEGIN
        INSERT INTO contacts_fts (contacts_fts, rowid, first_name, last_name, display_name, company, department)
        VALUES ('delete', old.row_id, old.first_name, old.last_name, old.display_name, old.company, old.department);
      END;
      CREATE TRIGGER contacts_fts_update AFTER UPDATE ON contacts BEGIN
        INSERT INTO contacts_fts (contacts_fts, rowid, first_name, last_name, display_name, company, department)
        VALUES ('delete', old.row_id, old.first_name, old.last_name, old.display_name, old.company, old.department);
        INSERT INTO contacts_fts (rowid, first_name, last_name, display_name, company, department)
        VALUES (new.row_id, new.first_name, new.last_name, new.display_name, new.company, new.department);
      END;

      CREATE VIRTUAL TABLE contact_phones_fts USING fts5 (
        search_digits,
        content = 'contact_phones', content_rowid = 'id',
        tokenize = 'trigram'
      );
      CREATE TRIGGER contact_phones_fts_insert AFTER INSERT ON contact_phones BEGIN
        INSERT INTO contact_phones_fts (rowid, search_digits) VALUES (new.id, new.search_digits);
      END;
      CREATE TRIGGER contact_phones_fts_delete AFTER DELETE ON contact_phones BEGIN
        INSERT INTO contact_phones_fts (contact_phones_fts, rowid, search_digits)
        VALUES ('delete', old.id, old.search_digits);
      END;
      CREATE TRIGGER contact_phones_fts_update AFTER UPDATE ON contact_phones BEGIN
        INSERT INTO contact_phones_fts (contact_phones_fts, rowid, search_digits)
        VALUES ('delete', old.id, old.search_digits);
        INSERT INTO contact_phones_fts (rowid, search_digits) VALUES (new.id, new.search_digits);
      END;
    `);
  },
};
