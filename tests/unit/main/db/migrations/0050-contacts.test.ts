import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { contactsMigration } from '../../../../../src/main/db/migrations/0050-contacts';

function migrated() {
  const db = new BetterSqlite3(':memory:');
  db.pragma('foreign_keys = ON');
  contactsMigration.up(db);
  return db;
}

function addContact(db: BetterSqlite3.Database, id: string, lastName: string): number {
  return Number(
    db
      .prepare(
        `INSERT INTO contacts (id, source_id, first_name, last_name, display_name, company, department, email,
           sort_key, last_key, created_at, updated_at)
         VALUES (?, 'local', '', ?, ?, '', '', '', lower(?), lower(?), 1, 1)`,
      )
      .run(id, lastName, lastName, lastName, lastName).lastInsertRowid,
  );
}

function addPhone(db: BetterSqlite3.Database, rowId: number, type: string, digits: string): void {
  db.prepare(
    `INSERT INTO contact_phones (contact_row_id, position, type, number, normalized, digits, search_digits)
     VALUES (?, 0, ?, ?, ?, ?, ?)`,
  ).run(rowId, type, digits, `+${digits}`, digits, digits);
}

describe('0050-contacts', () => {
  it('creates strict tables that refuse unknown phone types, duplicate ids and wrong types', () => {
    const db = migrated();
    const row = addContact(db, 'c1', 'Müller');
    expect(() => addPhone(db, row, 'pager', '49301234567')).toThrow(/CHECK/);
    expect(() => addContact(db, 'c1', 'Other')).toThrow(/UNIQUE/);
    expect(() =>
      db.prepare(`UPDATE contacts SET created_at = 'yesterday' WHERE row_id = ?`).run(row),
    ).toThrow(/cannot store TEXT value in INTEGER column/);
  });

  it('keeps the names index in step through triggers, finding Müller from "mul*"', () => {
    const db = migrated();
    const row = addContact(db, 'c1', 'Müller');
    const names = db.prepare(`SELECT rowid FROM contacts_fts WHERE contacts_fts MATCH ?`).pluck();
    expect(names.all('"mul"*')).toEqual([row]);
    db.prepare(`UPDATE contacts SET last_name = 'Schmidt', display_name = 'Schmidt' WHERE row_id = ?`).run(
      row,
    );
    expect(names.all('"mul"*')).toEqual([]);
    expect(names.all('"schm"*')).toEqual([row]);
    db.prepare('DELETE FROM contacts WHERE row_id = ?').run(row);
    expect(names.all('"schm"*')).toEqual([]);
  });

  it('finds digits inside numbers with the trigram index and cascades phones on delete', () => {
    const db = migrated();
    const row = addContact(db, 'c1', 'Müller');
    addPhone(db, row, 'work', '49301234567');
    const numbers = db
      .prepare(`SELECT rowid FROM contact_phones_fts WHERE contact_phones_fts MATCH ?`)
      .pluck();
    expect(numbers.all('"1234"')).toHaveLength(1);
    expect(numbers.all('"9999"')).toHaveLength(0);
    db.prepare('DELETE FROM contacts WHERE row_id = ?').run(row);
    expect(db.prepare('SELECT count(*) FROM contact_phones').pluck().get()).toBe(0);
    expect(numbers.all('"1234"')).toHaveLength(0);
  });
});
