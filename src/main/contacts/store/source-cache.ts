import type { Database, Statement } from 'better-sqlite3';
import type { ContactFields, ContactPhone } from '../contact';
import { displayNameOf, phoneTypes } from '../contact';
import type { ContactSourceFilters } from '../contact-source';
import { applyContactFilters } from '../contact-source';
import { ContactWriter } from './contact-writer';

/** A contact as a remote source delivers it: its id in that source and its fields. */
export type SourceContact = ContactFields & { id: string };

const maxText = 256;
const maxPhones = 50;
const maxNumber = 64;

/**
 * The SQLite copy of a remote source's contacts (XML phonebook, Windows, Google, Outlook), so search
 * and caller ID answer from one index, and the last good copy survives restarts and failed reads.
 * Every write is one transaction: a read either replaces the copy completely or not at all. Filters
 * are applied when writing, so hidden entries are never stored. Local contacts are never touched.
 */
export class SourceCache {
  private readonly writer: ContactWriter;
  private readonly deleteSource: Statement<[string]>;
  private readonly countSource: Statement<[string]>;

  constructor(
    private readonly db: Database,
    defaultCountry: () => string,
    private readonly now: () => number = Date.now,
  ) {
    this.writer = new ContactWriter(db, defaultCountry);
    // Phones go with their contact (ON DELETE CASCADE) and the FTS triggers follow.
    this.deleteSource = db.prepare('DELETE FROM contacts WHERE source_id = ?');
    this.countSource = db.prepare('SELECT count(*) FROM contacts WHERE source_id = ?');
  }

  /** Replaces the whole copy; returns how many contacts it now holds. */
  replaceAll(sourceId: string, contacts: readonly SourceContact[], filters: ContactSourceFilters): number {
    assertRemote(sourceId);
    const kept = this.prepare(contacts, filters);
    this.db.transaction(() => {
      this.deleteSource.run(sourceId);
      const now = this.now();
      const seen = new Set<string>();
      for (const contact of kept) {
        if (seen.has(contact.id)) continue;
        seen.add(contact.id);
        this.writer.insert(sourceId, contact.id, contact, now);
      }
    })();
    return this.count(sourceId);
  }

  /** Applies an incremental sync: changed or new contacts, and the ids the source deleted. */
  applyChanges(
    sourceId: string,
    upserts: readonly SourceContact[],
    removedIds: readonly string[],
    filters: ContactSourceFilters,
  ): number {
    assertRemote(sourceId);
    const kept = this.prepare(upserts, filters);
    const keptIds = new Set(kept.map((c) => c.id));
    this.db.transaction(() => {
      const now = this.now();
      for (const id of removedIds) this.writer.remove(sourceId, id);
      // A changed contact the filters now hide leaves the copy.
      for (const contact of upserts) if (!keptIds.has(contact.id)) this.writer.remove(sourceId, contact.id);
      for (const contact of kept) this.writer.put(sourceId, contact.id, contact, now);
    })();
    return this.count(sourceId);
  }

  clear(sourceId: string): void {
    assertRemote(sourceId);
    this.deleteSource.run(sourceId);
  }

  count(sourceId: string): number {
    return this.countSource.pluck().get(sourceId) as number;
  }

  private prepare(contacts: readonly SourceContact[], filters: ContactSourceFilters): SourceContact[] {
    const cleaned = contacts.filter((c) => typeof c.id === 'string' && c.id !== '').map(cleanContact);
    return applyContactFilters(
      cleaned.map((c) => ({ ...c, sourceId: '' })),
      filters,
    ).map(({ sourceId: _unused, ...contact }) => contact);
  }
}

function assertRemote(sourceId: string): void {
  if (sourceId === 'local' || !sourceId.includes(':')) {
    throw new Error(`The source cache only holds remote sources, not "${sourceId}"`);
  }
}

function clip(value: unknown, max = maxText): string {
  return typeof value === 'string' ? value.trim().slice(0, max) : '';
}

/** Remote data is not trusted: text clipped, unknown phone types become "other", empty numbers dropped. */
function cleanContact(contact: SourceContact): SourceContact {
  const phones: ContactPhone[] = (Array.isArray(contact.phones) ? contact.phones : [])
    .map((p) => ({
      type: (phoneTypes as readonly string[]).includes(p.type) ? p.type : 'other',
      number: clip(p.number, maxNumber),
    }))
    .filter((p) => p.number !== '')
    .slice(0, maxPhones);
  const fields = {
    firstName: clip(contact.firstName),
    lastName: clip(contact.lastName),
    displayName: clip(contact.displayName),
    company: clip(contact.company),
    department: clip(contact.department),
    email: clip(contact.email),
  };
  return { id: clip(contact.id, 512), ...fields, displayName: displayNameOf(fields), phones };
}
