import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../../src/main/db/database';
import { migrations } from '../../../../../src/main/db/migrations';
import { contactNameWordsMigration } from '../../../../../src/main/db/migrations/0120-contact-name-words';

describe('0120-contact-name-words', () => {
  it('folds the names of existing contacts the German way and indexes them beside the names', () => {
    const db = new BetterSqlite3(':memory:');
    migrate(
      db,
      migrations.filter((m) => m.version < 120),
    );
    db.prepare(
      `INSERT INTO contacts (id, source_id, first_name, last_name, display_name, company, department, email,
         sort_key, last_key, created_at, updated_at)
       VALUES ('a', 'local', 'Jörg', 'Müller', 'Jörg Müller', 'Straßenbau', '', '', 'jorg muller', 'muller', 1, 1),
              ('b', 'local', 'Eva', 'Meier', 'Eva Meier', '', '', '', 'eva meier', 'meier', 1, 1)`,
    ).run();
    db.transaction(() => contactNameWordsMigration.up(db))();
    expect(db.prepare('SELECT id, name_words FROM contacts ORDER BY id').all()).toEqual([
      { id: 'a', name_words: 'joerg mueller strassenbau' },
      { id: 'b', name_words: '' },
    ]);
    const match = db.prepare(
      'SELECT c.id FROM contacts_fts f JOIN contacts c ON c.row_id = f.rowid WHERE contacts_fts MATCH ?',
    );
    expect(match.pluck().all('"mueller"*')).toEqual(['a']);
    expect(match.pluck().all('"muller"*')).toEqual(['a']);
    expect(match.pluck().all('"strasse"*')).toEqual(['a']);
    db.prepare("UPDATE contacts SET last_name = 'Meyer' WHERE id = 'b'").run();
    expect(match.pluck().all('"meyer"*')).toEqual(['b']);
  });
});
