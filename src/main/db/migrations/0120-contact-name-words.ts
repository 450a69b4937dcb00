import type { Migration } from './migration';
import { germanWordsOf } from '../../../shared/text/fold-names';

const columns = 'first_name, last_name, display_name, company, department, name_words';
const values = (row: 'new' | 'old'): string =>
  columns
    .split(', ')
    .map((column) => `${row}.${column}`)
    .join(', ');

/**
 * German spelling in the names index (#13): contacts.name_words holds the names' words folded with
 * ä→ae, ö→oe, ü→ue, ß→ss (fold.ts germanWordsOf, written by contact-writer.ts), and contacts_fts
 * indexes it beside the names, so a query folded the same way ("Mueller", "strasse") finds "Müller"
 * and "Straße", while unicode61's own folding still lets "muller" find "Müller".
 */
export const contactNameWordsMigration: Migration = {
  version: 120,
  name: 'contact-name-words',
  up(db) {
    db.exec(`
      ALTER TABLE contacts ADD COLUMN name_words TEXT NOT NULL DEFAULT '';
      DROP TRIGGER contacts_fts_insert;
      DROP TRIGGER contacts_fts_delete;
      DROP TRIGGER contacts_fts_update;
      DROP TABLE contacts_fts;
    `);
    const rows = db
      .prepare('SELECT row_id, first_name, last_name, display_name, company, department FROM contacts')
      .raw()
      .all() as [number, string, string, string, string, string][];
    const setWords = db.prepare('UPDATE contacts SET name_words = ? WHERE row_id = ?');
    for (const [rowId, ...names] of rows) {
      const words = germanWordsOf(names);
      if (words !== '') setWords.run(words, rowId);
    }
    db.exec(`
      CREATE VIRTUAL TABLE contacts_fts USING fts5 (
        ${columns},
        content = 'contacts', content_rowid = 'row_id',
        tokenize = 'unicode61 remove_diacritics 2'
      );
      INSERT INTO contacts_fts (contacts_fts) VALUES ('rebuild');
      CREATE TRIGGER contacts_fts_insert AFTER INSERT ON contacts BEGIN
        INSERT INTO contacts_fts (rowid, ${columns}) VALUES (new.row_id, ${values('new')});
      END;
      CREATE TRIGGER contacts_fts_delete AFTER DELETE ON contacts BEGIN
        INSERT INTO contacts_fts (contacts_fts, rowid, ${columns})
        VALUES ('delete', old.row_id, ${values('old')});
      END;
      CREATE TRIGGER contacts_fts_update AFTER UPDATE ON contacts BEGIN
        INSERT INTO contacts_fts (contacts_fts, rowid, ${columns})
        VALUES ('delete', old.row_id, ${values('old')});
        INSERT INTO contacts_fts (rowid, ${columns}) VALUES (new.row_id, ${values('new')});
      END;
    `);
  },
};
