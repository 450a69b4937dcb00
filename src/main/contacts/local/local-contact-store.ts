import { randomUUID } from 'node:crypto';
import type { Database, Statement } from 'better-sqlite3';
import type { Contact, ContactFields } from '../contact';
import { emptyContactFields } from '../contact';
import { phoneKeysOf } from '../search/phone-number-key';
import { ContactWriter } from '../store/contact-writer';
import { ContactRows } from './contact-rows';
import { ContactValidationError, validateContact } from './contact-rules';
import type { UserText } from '../../../shared/contract/user-text';
import { worded } from '../../i18n/translator';

export const localSourceId = 'local';

export interface LocalContactStoreOptions {
  /** ISO country for reading national numbers ("DE"); asked on every write so settings changes apply. */
  defaultCountry: () => string;
  now?: () => number;
}

export class ContactNotFoundError extends Error {
  readonly text: UserText;

  constructor(id: string) {
    const { text, english } = worded('contactRules.notFound', { id });
    super(english);
    this.name = 'ContactNotFoundError';
    this.text = text;
  }
}

/** A CSV (or other bulk) import refused as a whole: which row and field, and why. */
export class ContactImportError extends Error {
  readonly text: UserText;

  constructor(
    /** Zero-based index into the imported list. */
    readonly index: number,
    readonly validation: ContactValidationError,
  ) {
    const reason = validation.text.key.replace(/^contactRules\./, '');
    const { text, english } = worded('contactRules.importRow', {
      ...validation.text.params,
      row: index + 1,
      reason,
    });
    super(english);
    this.name = 'ContactImportError';
    this.text = text;
  }
}

export interface ImportCounts {
  contacts: number;
  phones: number;
}

/**
 * The local address book in SQLite: add, edit, delete and bulk import, with the manual's rules
 * (contact-rules.ts). Every write keeps the number keys and sort keys that search and caller ID use.
 */
export class LocalContactStore {
  private readonly rows: ContactRows;
  private readonly writer: ContactWriter;
  private readonly now: () => number;
  private readonly allPhones: Statement<[]>;
  private readonly rekeyPhone: Statement;

  constructor(
    private readonly db: Database,
    private readonly options: LocalContactStoreOptions,
  ) {
    this.rows = new ContactRows(db);
    this.writer = new ContactWriter(db, options.defaultCountry);
    this.now = options.now ?? Date.now;
    this.allPhones = db.prepare('SELECT id, number FROM contact_phones');
    this.rekeyPhone = db.prepare('UPDATE contact_phones SET normalized = ?, search_digits = ? WHERE id = ?');
  }

  get(id: string): Contact | undefined {
    const rowId = this.writer.rowId(localSourceId, id);
    return rowId === undefined ? undefined : this.rows.load([rowId])[0];
  }

  /** Throws ContactValidationError (naming the field) when the manual's rules refuse the contact. */
  add(fields: ContactFields): Contact {
    const clean = validateContact(fields);
    const id = randomUUID();
    this.db.transaction(() => this.writer.insert(localSourceId, id, clean, this.now()))();
    return { ...clean, id, sourceId: localSourceId };
  }

  /** Replaces every field and phone of the contact. */
  edit(id: string, fields: ContactFields): Contact {
    const clean = validateContact(fields);
    this.db.transaction(() => {
      const rowId = this.writer.rowId(localSourceId, id);
      if (rowId === undefined) throw new ContactNotFoundError(id);
      this.writer.update(rowId, clean, this.now());
    })();
    return { ...clean, id, sourceId: localSourceId };
  }

  /** Returns false when there was no such contact. */
  delete(id: string): boolean {
    return this.db.transaction(() => this.writer.remove(localSourceId, id))();
  }

  /**
   * Adds every contact in one transaction: all or nothing. The first refused row throws a
   * ContactImportError naming the row and field, and nothing is written.
   */
  importAll(contacts: readonly ContactFields[]): ImportCounts {
    const cleaned = contacts.map((fields, index) => {
      try {
        return validateContact(fields);
      } catch (error) {
        if (error instanceof ContactValidationError) throw new ContactImportError(index, error);
        throw error;
      }
    });
    return this.db.transaction(() => {
      let phones = 0;
      const now = this.now();
      for (const clean of cleaned) {
        this.writer.insert(localSourceId, randomUUID(), clean, now);
        phones += clean.phones.length;
      }
      return { contacts: cleaned.length, phones };
    })();
  }

  /** Recomputes every number key with a new default country (after the setting changed). */
  rekey(): number {
    const country = this.options.defaultCountry();
    return this.db.transaction(() => {
      let changed = 0;
      for (const phone of this.allPhones.all() as { id: number; number: string }[]) {
        const keys = phoneKeysOf(phone.number, country);
        changed += this.rekeyPhone.run(keys.normalized, keys.searchDigits, phone.id).changes;
      }
      return changed;
    })();
  }
}

/**
 * "Add contact" from a call history entry: a draft for the edit form (not saved; the user may still
 * have to enter a name). A remote name "Erika Mustermann" becomes first + last name; a single word
 * becomes the last name.
 */
export function fromHistory(number: string, name: string): ContactFields {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const draft = emptyContactFields();
  draft.lastName = words.at(-1) ?? '';
  draft.firstName = words.slice(0, -1).join(' ');
  draft.phones = number.trim() ? [{ type: 'work', number: number.trim() }] : [];
  return draft;
}
