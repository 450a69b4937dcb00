import type { Database, Statement } from 'better-sqlite3';
import type { Contact } from '../contact';
import { ContactRows } from '../local/contact-rows';
import { fold, ftsContainsQuery, ftsPrefixQuery, prefixUpperBound } from './fold';
import { cleanNumber, digitsOf, lookupKeys } from './phone-number-key';

/**
 * How well a contact matched, best first:
 * - exact: the number's key equals the query's, or the display name equals the query;
 * - prefix: the display name or last name starts with the query, or a number's digits do;
 * - word: another name word (first name, company, department) starts with a query word;
 * - contains: the query's digits appear inside a number.
 */
export type MatchRank = 'exact' | 'prefix' | 'word' | 'contains';
const rankOrder: Record<MatchRank, number> = { exact: 0, prefix: 1, word: 2, contains: 3 };

export interface ContactMatch {
  contact: Contact;
  rank: MatchRank;
}

export interface ContactSearchOptions {
  /** ISO country for reading national numbers in queries ("DE"). */
  defaultCountry: () => string;
}

export const defaultSearchLimit = 20;
export const maxSearchLimit = 200;
const minContainsDigits = 3;
const maxQueryLength = 200;

/**
 * Type-ahead search and caller ID over the contacts tables (migration 0050). Every query reads at
 * most `limit` rows per index, so its cost does not grow with the address book.
 */
export class ContactSearch {
  private readonly rows: ContactRows;
  private readonly bySortKey: Statement;
  private readonly byLastKey: Statement;
  private readonly byNameWords: Statement;
  private readonly byNumberKey: Statement;
  private readonly byNumberPrefix: Statement;
  private readonly byNumberContains: Statement;
  private readonly callerIdRows: Statement<[string]>;
  private readonly collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

  constructor(
    db: Database,
    private readonly options: ContactSearchOptions,
  ) {
    this.rows = new ContactRows(db);
    const range = 'BETWEEN @from AND @to ORDER BY';
    this.bySortKey = db.prepare(`SELECT row_id FROM contacts WHERE sort_key ${range} sort_key LIMIT @limit`);
    this.byLastKey = db.prepare(`SELECT row_id FROM contacts WHERE last_key ${range} last_key LIMIT @limit`);
    this.byNameWords = db.prepare('SELECT rowid FROM contacts_fts WHERE contacts_fts MATCH ? LIMIT ?');
    this.byNumberKey = db.prepare(
      'SELECT DISTINCT contact_row_id FROM contact_phones WHERE normalized IN (SELECT value FROM json_each(?)) LIMIT ?',
    );
    this.byNumberPrefix = db.prepare(
      `SELECT DISTINCT contact_row_id FROM contact_phones WHERE digits ${range} digits LIMIT @limit`,
    );
    this.byNumberContains = db.prepare(
      `SELECT DISTINCT p.contact_row_id FROM contact_phones_fts f JOIN contact_phones p ON p.id = f.rowid
       WHERE contact_phones_fts MATCH ? LIMIT ?`,
    );
    this.callerIdRows = db.prepare(
      `SELECT p.contact_row_id AS rowId, p.normalized AS key FROM contact_phones p
       JOIN contacts c ON c.row_id = p.contact_row_id
       WHERE p.normalized IN (SELECT value FROM json_each(?))
       ORDER BY c.source_id = 'local' DESC, c.updated_at DESC LIMIT 16`,
    );
  }

  /**
   * Type-ahead: names by word prefix ("mül", "Mul" find Müller), numbers by key, prefix and
   * contains ("1234" finds "+49 30 1234567"); ranked exact, prefix, word, contains, then by name.
   * Any text is safe: FTS5 syntax in the query is never passed through.
   */
  searchLocal(query: string, limit = defaultSearchLimit): ContactMatch[] {
    const text = query.slice(0, maxQueryLength).trim();
    const max = Math.max(0, Math.min(Math.floor(limit) || 0, maxSearchLimit));
    if (text === '' || max === 0) return [];
    const ranks = new Map<number, MatchRank>();
    const note = (rowIds: unknown[], rank: MatchRank): void => {
      for (const id of rowIds as number[]) {
        const known = ranks.get(id);
        if (known === undefined || rankOrder[rank] < rankOrder[known]) ranks.set(id, rank);
      }
    };
    this.searchNames(text, max, note);
    if (/^[\d\s+\-()/.*#]+$/.test(text)) this.searchNumbers(text, max, note);
    return this.ranked(ranks, fold(text), max);
  }

  /**
   * Caller ID: the best contact for an incoming or outgoing number, whichever form it comes in
   * (+49301234567, 0301234567, 030 1234567, 0049…, sip:201@pbx). Local contacts win over copies
   * from other sources, then the most recently edited. One indexed lookup.
   */
  callerId(number: string, defaultCountry = this.options.defaultCountry()): Contact | undefined {
    const keys = lookupKeys(number.slice(0, maxQueryLength), defaultCountry);
    if (keys.length === 0) return undefined;
    const found = this.callerIdRows.all(JSON.stringify(keys)) as { rowId: number; key: string }[];
    if (found.length === 0) return undefined;
    // Prefer the key that read the number best (E.164 before digits as sent).
    const best = keys.map((k) => found.find((row) => row.key === k)).find((row) => row !== undefined);
    return this.rows.load([(best ?? found[0]!).rowId])[0];
  }

  private searchNames(text: string, limit: number, note: (ids: unknown[], rank: MatchRank) => void): void {
    const folded = fold(text);
    if (folded !== '') {
      const range = { from: folded, to: prefixUpperBound(folded), limit };
      const prefixed = this.bySortKey.pluck().all(range) as number[];
      note(prefixed, 'prefix');
      note(this.byLastKey.pluck().all(range), 'prefix');
    }
    const match = ftsPrefixQuery(text);
    if (match) note(this.byNameWords.pluck().all(match, limit), 'word');
  }

  private searchNumbers(text: string, limit: number, note: (ids: unknown[], rank: MatchRank) => void): void {
    const digits = digitsOf(cleanNumber(text));
    if (digits === '') return;
    const keys = lookupKeys(text, this.options.defaultCountry());
    note(this.byNumberKey.pluck().all(JSON.stringify(keys), limit), 'exact');
    note(this.byNumberPrefix.pluck().all({ from: digits, to: prefixUpperBound(digits), limit }), 'prefix');
    if (digits.length >= minContainsDigits) {
      note(this.byNumberContains.pluck().all(ftsContainsQuery(digits), limit), 'contains');
    }
  }

  private ranked(ranks: Map<number, MatchRank>, folded: string, limit: number): ContactMatch[] {
    const contacts = this.rows.loadByRowId([...ranks.keys()]);
    return [...contacts]
      .map(([rowId, contact]): ContactMatch => {
        const rank = ranks.get(rowId) ?? 'contains';
        return { contact, rank: fold(contact.displayName) === folded ? 'exact' : rank };
      })
      .sort(
        (a, b) =>
          rankOrder[a.rank] - rankOrder[b.rank] ||
          this.collator.compare(a.contact.displayName, b.contact.displayName),
      )
      .slice(0, limit);
  }
}
