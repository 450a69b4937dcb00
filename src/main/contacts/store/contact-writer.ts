import type { Database, Statement } from 'better-sqlite3';
import type { ContactFields } from '../contact';
import { fold, germanWordsOf } from '../search/fold';
import { phoneKeysOf } from '../search/phone-number-key';

/**
 * Writes contacts of any source into the contacts tables with the number keys and sort keys that
 * search and caller ID use. Callers run it inside their own transaction.
 */
export class ContactWriter {
  private readonly insertContact: Statement;
  private readonly updateContact: Statement;
  private readonly rowIdOf: Statement<[string, string]>;
  private readonly deleteRow: Statement<[number]>;
  private readonly insertPhone: Statement;
  private readonly deletePhones: Statement<[number]>;

  constructor(
    db: Database,
    private readonly defaultCountry: () => string,
  ) {
    this.insertContact = db.prepare(
      `INSERT INTO contacts (id, source_id, first_name, last_name, display_name, company, department, email,
         sort_key, last_key, name_words, created_at, updated_at)
       VALUES (@id, @sourceId, @firstName, @lastName, @displayName, @company, @department, @email,
         @sortKey, @lastKey, @nameWords, @now, @now)`,
    );
    this.updateContact = db.prepare(
      `UPDATE contacts SET first_name = @firstName, last_name = @lastName, display_name = @displayName,
         company = @company, department = @department, email = @email, sort_key = @sortKey,
         last_key = @lastKey, name_words = @nameWords, updated_at = @now
       WHERE row_id = @rowId`,
    );
    this.rowIdOf = db.prepare('SELECT row_id FROM contacts WHERE source_id = ? AND id = ?');
    this.deleteRow = db.prepare('DELETE FROM contacts WHERE row_id = ?');
    this.insertPhone = db.prepare(
      `INSERT INTO contact_phones (contact_row_id, position, type, number, normalized, digits, search_digits)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    this.deletePhones = db.prepare('DELETE FROM contact_phones WHERE contact_row_id = ?');
  }

  rowId(sourceId: string, id: string): number | undefined {
    return this.rowIdOf.pluck().get(sourceId, id) as number | undefined;
  }

  insert(sourceId: string, id: string, fields: ContactFields, now: number): number {
    const result = this.insertContact.run({ ...fields, ...sortKeysOf(fields), id, sourceId, now });
    const rowId = Number(result.lastInsertRowid);
    this.insertPhones(rowId, fields);
    return rowId;
  }

  update(rowId: number, fields: ContactFields, now: number): void {
    this.updateContact.run({ ...fields, ...sortKeysOf(fields), rowId, now });
    this.deletePhones.run(rowId);
    this.insertPhones(rowId, fields);
  }

  /** Inserts or replaces the contact with this id in the source. */
  put(sourceId: string, id: string, fields: ContactFields, now: number): void {
    const rowId = this.rowId(sourceId, id);
    if (rowId === undefined) this.insert(sourceId, id, fields, now);
    else this.update(rowId, fields, now);
  }

  /** Returns false when there was no such contact. */
  remove(sourceId: string, id: string): boolean {
    const rowId = this.rowId(sourceId, id);
    if (rowId === undefined) return false;
    this.deletePhones.run(rowId);
    this.deleteRow.run(rowId);
    return true;
  }

  private insertPhones(rowId: number, fields: ContactFields): void {
    const country = this.defaultCountry();
    fields.phones.forEach((phone, position) => {
      const keys = phoneKeysOf(phone.number, country);
      this.insertPhone.run(
        rowId,
        position,
        phone.type,
        phone.number,
        keys.normalized,
        keys.digits,
        keys.searchDigits,
      );
    });
  }
}

function sortKeysOf(fields: ContactFields): { sortKey: string; lastKey: string; nameWords: string } {
  const { firstName, lastName, displayName, company, department } = fields;
  return {
    sortKey: fold(displayName),
    lastKey: fold(lastName),
    nameWords: germanWordsOf([firstName, lastName, displayName, company, department]),
  };
}
