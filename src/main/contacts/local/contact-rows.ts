import type { Database, Statement } from 'better-sqlite3';
import type { Contact, PhoneType } from '../contact';

/** Reads contacts (with their phones, in order) from the contacts tables by row id. */
export class ContactRows {
  private readonly contactsById: Statement<[string]>;
  private readonly phonesById: Statement<[string]>;

  constructor(db: Database) {
    this.contactsById = db.prepare(
      `SELECT row_id, id, source_id, first_name, last_name, display_name, company, department, email
       FROM contacts WHERE row_id IN (SELECT value FROM json_each(?))`,
    );
    this.phonesById = db.prepare(
      `SELECT contact_row_id, type, number FROM contact_phones
       WHERE contact_row_id IN (SELECT value FROM json_each(?)) ORDER BY contact_row_id, position`,
    );
  }

  /** The contacts of these row ids, in the order given; unknown ids are skipped. */
  load(rowIds: readonly number[]): Contact[] {
    const byRow = this.loadByRowId(rowIds);
    return rowIds.flatMap((id) => byRow.get(id) ?? []);
  }

  loadByRowId(rowIds: readonly number[]): Map<number, Contact> {
    const byRow = new Map<number, Contact>();
    if (rowIds.length === 0) return byRow;
    const json = JSON.stringify(rowIds);
    for (const row of this.contactsById.all(json) as ContactRow[]) {
      byRow.set(row.row_id, {
        id: row.id,
        sourceId: row.source_id,
        firstName: row.first_name,
        lastName: row.last_name,
        displayName: row.display_name,
        company: row.company,
        department: row.department,
        email: row.email,
        phones: [],
      });
    }
    for (const phone of this.phonesById.all(json) as PhoneRow[]) {
      byRow.get(phone.contact_row_id)?.phones.push({ type: phone.type, number: phone.number });
    }
    return byRow;
  }
}

interface ContactRow {
  row_id: number;
  id: string;
  source_id: string;
  first_name: string;
  last_name: string;
  display_name: string;
  company: string;
  department: string;
  email: string;
}

interface PhoneRow {
  contact_row_id: number;
  type: PhoneType;
  number: string;
}
