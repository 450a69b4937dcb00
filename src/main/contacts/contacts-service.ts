import type { Database } from 'better-sqlite3';
import type {
  ContactFieldsInput,
  ContactHit,
  ContactPage,
  ContactRef,
  ContactSearchResult,
  ContactSourceConfig,
  ContactSourceEdit,
  ContactSourceStatusView,
  ContactSourceView,
  ContactView,
} from '../../shared/contract';
import { ContractError } from '../../shared/contract';
import { worded } from '../i18n/translator';
import type { Logger } from '../log/logger';
import type { SecretStore } from '../secrets/secret-store';
import type { Contact, ContactFields } from './contact';
import { contactsRefusal } from './contacts-refusal';
import {
  ContactImportError,
  ContactNotFoundError,
  fromHistory,
  LocalContactStore,
  localSourceId,
} from './local/local-contact-store';
import { ContactValidationError } from './local/contact-rules';
import { ContactRows } from './local/contact-rows';
import { fold } from './search/fold';
import { ContactSearch, maxSearchLimit } from './search/contact-search';
import { lookupKeys } from './search/phone-number-key';
import type { SourceRecord } from './sources/source-records';
import { newSourceRecord, SourceRecords } from './sources/source-records';
import type { RuntimeFactory, SourceRuntime } from './sources/source-runtime';
import type { ContactSourcesPlan, ContactSourceSecrets } from './sources/provisioned-sources';
import { planProvisionedSources } from './sources/provisioned-sources';
import type { ProvisionedContactSource } from './sources/provisioned-contact-source';
import { SourceCache } from './store/source-cache';
import type { ProvisionedChanges, ProvisionedOwner } from '../provisioned/provisioned-owner';

export const localSourceName = 'Local';

export interface ContactsServiceOptions {
  db: Database;
  secrets: SecretStore;
  logger: Logger;
  /** ISO country for national numbers ("DE"). */
  defaultCountry: () => string;
  factories: Partial<Record<SourceRecord['kind'], RuntimeFactory>>;
  onContactsChanged(sourceId: string): void;
  onSourcesChanged(sources: ContactSourceView[]): void;
  /** Remembers a secret for log redaction. */
  onSecret?(value: string): void;
  now?: () => number;
}

/** How long caller ID waits for live directories before giving up (the phone rings meanwhile). */
const liveLookupTimeoutMs = 3_000;

export function contactSecretKey(sourceId: string): string {
  return `contactSource:${sourceId}:secret`;
}

/**
 * Every contact source behind one facade: the local address book, cached remote copies and live
 * directories. Search merges them; caller ID answers from SQLite at once and from live directories
 * later. A failing source never touches local contacts and never fails a search: it is listed in
 * the result's failures and in its status.
 */
export class ContactsService implements ProvisionedOwner<
  readonly ProvisionedContactSource[],
  ContactSourcesPlan,
  ContactSourceSecrets
> {
  readonly local: LocalContactStore;
  readonly cache: SourceCache;
  private readonly search: ContactSearch;
  private readonly rows: ContactRows;
  private readonly records: SourceRecords;
  private readonly runtimes = new Map<string, SourceRuntime>();
  private currentSearch: AbortController | undefined;

  constructor(private readonly options: ContactsServiceOptions) {
    const { db, defaultCountry } = options;
    this.local = new LocalContactStore(db, { defaultCountry, ...(options.now ? { now: options.now } : {}) });
    this.cache = new SourceCache(db, defaultCountry, options.now);
    this.search = new ContactSearch(db, { defaultCountry });
    this.rows = new ContactRows(db);
    this.records = new SourceRecords(db, options.logger);
  }

  /** Starts every enabled source (reads cached ones, nothing blocks). */
  start(): void {
    for (const record of this.records.list()) if (record.enabled) this.startRuntime(record);
  }

  stop(): void {
    for (const runtime of this.runtimes.values()) runtime.stop();
    this.runtimes.clear();
    this.currentSearch?.abort();
  }

  // --- Contacts ----------------------------------------------------------------------------------

  /**
   * The search box: local and cached sources from SQLite, live directories in parallel. A new search
   * aborts the live part of the previous one (the user typed on); that one answers with what it had.
   * `truncated` says the list is not all that matched (a directory stopped at its result limit, or
   * the merge dropped hits beyond `limit`), so the UI asks the user to refine the search.
   */
  async searchAll(query: string, limit = 50, sourceId?: string): Promise<ContactSearchResult> {
    this.currentSearch?.abort();
    const controller = new AbortController();
    this.currentSearch = controller;
    const max = Math.min(limit, maxSearchLimit);
    const names = this.sourceNames();
    const stored = this.search
      .searchLocal(query, sourceId ? maxSearchLimit : max)
      .filter((m) => !sourceId || m.contact.sourceId === sourceId)
      .map((m): ContactHit => ({ contact: this.view(m.contact, names), rank: m.rank }));
    const failures: ContactSearchResult['failures'] = [];
    const live = [...this.runtimes.entries()].filter(
      ([id, runtime]) => runtime.search && (!sourceId || id === sourceId),
    );
    const folded = fold(query.trim());
    let truncated = false;
    const liveHits = await Promise.all(
      live.map(async ([id, runtime]) => {
        try {
          const found = await runtime.search!(query, max, controller.signal);
          if (found.truncated) truncated = true;
          const status = runtime.status();
          if (status.state === 'error') {
            const { message = '', text } = status;
            failures.push({
              sourceId: id,
              sourceName: names.get(id) ?? id,
              message,
              ...(text ? { text } : {}),
            });
          }
          return found.contacts.map((contact): ContactHit => ({
            contact: this.view(contact, names),
            rank: rankOf(contact, folded),
          }));
        } catch {
          return []; // aborted: a newer search is running
        }
      }),
    );
    const merged = [...stored, ...liveHits.flat()].sort(
      (a, b) =>
        rankOrder[a.rank] - rankOrder[b.rank] ||
        a.contact.displayName.localeCompare(b.contact.displayName, undefined, { sensitivity: 'base' }),
    );
    if (this.currentSearch === controller) this.currentSearch = undefined;
    // cut by a directory's limit or by this merge: either way the user should narrow the search
    return { hits: merged.slice(0, max), failures, truncated: truncated || merged.length > max };
  }

  /** The contact list in name order (local and cached sources). */
  page(offset: number, limit: number, sourceId?: string): ContactPage {
    const { db } = this.options;
    const where = sourceId ? 'WHERE source_id = ?' : '';
    const args = sourceId ? [sourceId] : [];
    const total = db
      .prepare(`SELECT count(*) FROM contacts ${where}`)
      .pluck()
      .get(...args) as number;
    const rowIds = db
      .prepare(`SELECT row_id FROM contacts ${where} ORDER BY sort_key, row_id LIMIT ? OFFSET ?`)
      .pluck()
      .all(...args, limit, offset) as number[];
    const names = this.sourceNames();
    return { total, offset, contacts: this.rows.load(rowIds).map((c) => this.view(c, names)) };
  }

  add(fields: ContactFieldsInput): ContactView {
    const contact = this.guard(() => this.local.add(fields));
    this.options.onContactsChanged(localSourceId);
    return this.view(contact);
  }

  edit(id: string, fields: ContactFieldsInput): ContactView {
    const contact = this.guard(() => this.local.edit(id, fields));
    this.options.onContactsChanged(localSourceId);
    return this.view(contact);
  }

  delete(id: string): { deleted: boolean } {
    const deleted = this.local.delete(id);
    if (deleted) this.options.onContactsChanged(localSourceId);
    return { deleted };
  }

  /** Stores contacts (a confirmed CSV import) all or nothing. */
  importAll(contacts: readonly ContactFields[]): number {
    const counts = this.guard(() => this.local.importAll(contacts));
    this.options.onContactsChanged(localSourceId);
    return counts.contacts;
  }

  draftFromHistory(number: string, name: string): ContactFields {
    return fromHistory(number, name);
  }

  /** Caller ID from SQLite (local and cached sources): fast enough to run while the phone rings. */
  callerIdNow(number: string): ContactRef | undefined {
    if (number.trim() === '') return undefined;
    const contact = this.search.callerId(number);
    return contact ? this.ref(contact) : undefined;
  }

  /** Caller ID from live directories, after the ring started; the first answer wins. */
  async callerIdLater(number: string): Promise<ContactRef | undefined> {
    const live = [...this.runtimes.values()].filter((r) => r.lookupNumber);
    const keys = lookupKeys(number, this.options.defaultCountry());
    if (live.length === 0 || keys.length === 0) return undefined;
    const controller = new AbortController();
    const timer = setTimeout(
      () => controller.abort(new Error('caller ID lookup timed out')),
      liveLookupTimeoutMs,
    );
    timer.unref();
    try {
      const found = await Promise.any(
        live.map(async (runtime) => {
          const contact = await runtime.lookupNumber!(keys[0]!, controller.signal);
          if (!contact) throw new Error('not found');
          return contact;
        }),
      ).catch(() => undefined);
      return found ? this.ref(found) : undefined;
    } finally {
      clearTimeout(timer);
      controller.abort();
    }
  }

  // --- Sources -----------------------------------------------------------------------------------

  listSources(): ContactSourceView[] {
    const local: ContactSourceView = {
      id: localSourceId,
      kind: 'local',
      name: localSourceName,
      enabled: true,
      hideWithoutName: false,
      hideWithoutPhone: false,
      useAccountId: '',
      config: { kind: 'local' },
      hasSecret: false,
      provisioned: false,
      status: { state: 'ok', contactCount: this.cache.count(localSourceId) },
    };
    return [local, ...this.records.list().map((record) => this.sourceView(record))];
  }

  getSource(id: string): ContactSourceView {
    return this.sourceView(this.record(id));
  }

  async addSource(
    name: string,
    config: ContactSourceConfig,
    secret?: string,
    provisionKey?: string,
  ): Promise<ContactSourceView> {
    if (config.kind === 'local') {
      throw contactsRefusal('VALIDATION', 'contactSources.onlyOneLocal', {}, 'config.kind');
    }
    const record = newSourceRecord(name, config, provisionKey);
    if (secret) await this.storeSecret(record.id, secret);
    this.records.insert(record);
    this.startRuntime(record);
    this.sourcesChanged();
    return this.sourceView(record);
  }

  async updateSource(
    id: string,
    edit: ContactSourceEdit,
    byProvisioning = false,
  ): Promise<ContactSourceView> {
    const before = this.record(id);
    if (before.provisionKey && !byProvisioning && (edit.config || edit.name)) {
      throw contactsRefusal('LOCKED', 'contactSources.lockedChange', { name: before.name }, 'config');
    }
    if (edit.config && edit.config.kind !== before.kind) {
      throw contactsRefusal('VALIDATION', 'contactSources.kindFixed', {}, 'config.kind');
    }
    const after: SourceRecord = {
      ...before,
      ...(edit.name !== undefined ? { name: edit.name } : {}),
      ...(edit.enabled !== undefined ? { enabled: edit.enabled } : {}),
      ...(edit.hideWithoutName !== undefined ? { hideWithoutName: edit.hideWithoutName } : {}),
      ...(edit.hideWithoutPhone !== undefined ? { hideWithoutPhone: edit.hideWithoutPhone } : {}),
      ...(edit.useAccountId !== undefined ? { useAccountId: edit.useAccountId } : {}),
      ...(edit.config ? { config: edit.config } : {}),
    };
    const readAgain =
      JSON.stringify(before.config) !== JSON.stringify(after.config) ||
      before.hideWithoutName !== after.hideWithoutName ||
      before.hideWithoutPhone !== after.hideWithoutPhone ||
      edit.secret !== undefined;
    if (readAgain) after.syncState = undefined;
    if (edit.secret !== undefined) await this.storeSecret(id, edit.secret);
    this.records.update(after);
    if (readAgain || before.enabled !== after.enabled) {
      this.stopRuntime(id);
      if (!after.enabled) this.clearCopy(id);
      if (after.enabled) this.startRuntime(after);
    }
    this.sourcesChanged();
    return this.sourceView(after);
  }

  async deleteSource(id: string, byProvisioning = false): Promise<{ id: string }> {
    if (id === localSourceId) {
      throw contactsRefusal('VALIDATION', 'contactSources.localNotDeletable', {}, 'id');
    }
    const record = this.record(id);
    if (record.provisionKey && !byProvisioning) {
      throw contactsRefusal('LOCKED', 'contactSources.lockedRemove', { name: record.name }, 'id');
    }
    const runtime = this.runtimes.get(id);
    await runtime
      ?.forget?.()
      .catch((error: unknown) => this.options.logger.warn(`Contact source ${id}: revoke failed`, error));
    this.stopRuntime(id);
    this.clearCopy(id);
    this.records.delete(id);
    await this.options.secrets.delete(contactSecretKey(id));
    this.sourcesChanged();
    return { id };
  }

  async refreshSource(id: string): Promise<ContactSourceView> {
    const record = this.record(id);
    const runtime = this.runtimes.get(id);
    if (!runtime) {
      throw contactsRefusal('UNAVAILABLE', 'contactSources.switchedOff', { name: record.name }, 'id');
    }
    await runtime.refresh();
    return this.sourceView(this.record(id));
  }

  async signIn(id: string): Promise<ContactSourceView> {
    const record = this.record(id);
    const runtime = this.runtimes.get(id);
    if (!runtime?.signIn) {
      throw contactsRefusal('VALIDATION', 'contactSources.noBrowserSignIn', { name: record.name }, 'id');
    }
    await runtime.signIn();
    return this.sourceView(this.record(id));
  }

  // --- Provisioning (provisioned/provisioned-owner.ts; sources/provisioned-sources.ts) -----------

  planProvisioned(sources: readonly ProvisionedContactSource[]): ContactSourcesPlan {
    return planProvisionedSources(this.records, sources);
  }

  /** Passwords from the file to the keychain; `undo` restores what was there. */
  async storeProvisionedSecrets(plan: ContactSourcesPlan): Promise<ContactSourceSecrets> {
    const previous = new Map<string, string | undefined>();
    const { secrets } = this.options;
    try {
      for (const { record, secret } of plan.upserts) {
        if (secret === undefined) continue;
        const key = contactSecretKey(record.id);
        const old = await secrets.get(key);
        if (old === secret) continue;
        previous.set(key, old);
        this.options.onSecret?.(secret);
        await secrets.set(key, secret);
      }
    } catch (error) {
      await restore(secrets, previous);
      throw error;
    }
    return { changes: previous.size, undo: () => restore(secrets, previous) };
  }

  /** Inside the provisioning transaction. */
  writeProvisioned(plan: ContactSourcesPlan): void {
    this.names = undefined;
    for (const { record, isNew, changed } of plan.upserts) {
      if (isNew) this.records.insert(record);
      else if (changed) this.records.update(record);
    }
    for (const record of plan.removed) this.records.delete(record.id);
  }

  /** After the commit: removed sources leave with their copies and secrets; changed ones restart. */
  async commitProvisioned(
    plan: ContactSourcesPlan,
    stored: ContactSourceSecrets,
  ): Promise<ProvisionedChanges> {
    const secretsChanged = stored.changes > 0;
    for (const record of plan.removed) {
      this.stopRuntime(record.id);
      this.clearCopy(record.id);
      await this.options.secrets.delete(contactSecretKey(record.id));
    }
    for (const { record, changed, secret } of plan.upserts) {
      if (!changed && !(secretsChanged && secret !== undefined)) continue;
      this.stopRuntime(record.id);
      if (!record.enabled) this.clearCopy(record.id);
      else this.startRuntime(record);
    }
    this.sourcesChanged();
    return {
      contactSources: plan.upserts.filter((u) => u.changed).length + plan.removed.length + stored.changes,
    };
  }

  // --- Internals ---------------------------------------------------------------------------------

  private startRuntime(record: SourceRecord): void {
    const factory = this.options.factories[record.kind];
    if (!factory) return;
    const id = record.id;
    const runtime = factory(record, {
      cache: this.cache,
      records: this.records,
      secret: () => this.options.secrets.get(contactSecretKey(id)),
      setSecret: (value) =>
        value ? this.storeSecret(id, value) : this.options.secrets.delete(contactSecretKey(id)),
      onStatus: () => this.sourcesChanged(),
      onContacts: () => this.options.onContactsChanged(id),
      logger: this.options.logger.child(id),
    });
    this.runtimes.set(id, runtime);
  }

  private stopRuntime(id: string): void {
    this.runtimes.get(id)?.stop();
    this.runtimes.delete(id);
  }

  private clearCopy(id: string): void {
    if (this.cache.count(id) === 0) return;
    this.cache.clear(id);
    this.options.onContactsChanged(id);
  }

  private async storeSecret(id: string, value: string): Promise<void> {
    if (value === '') {
      await this.options.secrets.delete(contactSecretKey(id));
      return;
    }
    this.options.onSecret?.(value);
    await this.options.secrets.set(contactSecretKey(id), value);
  }

  private record(id: string): SourceRecord {
    const record = this.records.get(id);
    if (!record) throw contactsRefusal('NOT_FOUND', 'contactSources.notFound', { id }, 'id');
    return record;
  }

  private sourceView(record: SourceRecord): ContactSourceView {
    const runtime = this.runtimes.get(record.id);
    const status = record.enabled
      ? (runtime?.status() ?? unavailableKind(record.kind))
      : { state: 'disabled' as const };
    const cached = this.cache.count(record.id);
    return {
      id: record.id,
      kind: record.kind,
      name: record.name,
      enabled: record.enabled,
      hideWithoutName: record.hideWithoutName,
      hideWithoutPhone: record.hideWithoutPhone,
      useAccountId: record.useAccountId,
      config: record.config,
      hasSecret: this.hasSecretCache.get(record.id) ?? false,
      provisioned: record.provisionKey !== undefined,
      status: record.kind === 'ldap' ? status : { ...status, contactCount: status.contactCount ?? cached },
    };
  }

  private readonly hasSecretCache = new Map<string, boolean>();

  /** Reads which sources have a stored secret (for the views); call after start and after changes. */
  async loadSecretState(): Promise<void> {
    for (const record of this.records.list()) {
      this.hasSecretCache.set(
        record.id,
        (await this.options.secrets.get(contactSecretKey(record.id))) !== undefined,
      );
    }
  }

  private sourcesChanged(): void {
    this.names = undefined;
    void this.loadSecretState()
      .catch((error: unknown) => this.options.logger.warn('Could not read contact source secrets', error))
      .finally(() => this.options.onSourcesChanged(this.listSources()));
  }

  /** Source names by id, read once per change of the sources: caller ID asks for them on every history row. */
  private names: Map<string, string> | undefined;

  private sourceNames(): Map<string, string> {
    if (this.names) return this.names;
    const names = new Map<string, string>([[localSourceId, localSourceName]]);
    for (const record of this.records.list()) names.set(record.id, record.name);
    this.names = names;
    return names;
  }

  private view(contact: Contact, names = this.sourceNames()): ContactView {
    const kind =
      contact.sourceId === localSourceId
        ? 'local'
        : (contact.sourceId.split(':')[0] as ContactView['sourceKind']);
    return {
      id: contact.id,
      sourceId: contact.sourceId,
      sourceName: names.get(contact.sourceId) ?? contact.sourceId,
      sourceKind: kind,
      editable: contact.sourceId === localSourceId,
      firstName: contact.firstName,
      lastName: contact.lastName,
      displayName: contact.displayName,
      company: contact.company,
      department: contact.department,
      email: contact.email,
      phones: contact.phones,
    };
  }

  private ref(contact: Contact): ContactRef {
    return {
      contactId: contact.id,
      sourceId: contact.sourceId,
      sourceName: this.sourceNames().get(contact.sourceId) ?? contact.sourceId,
      name: contact.displayName,
    };
  }

  /** The store's own errors become contract errors that name the field. */
  private guard<T>(run: () => T): T {
    try {
      return run();
    } catch (error) {
      if (error instanceof ContactValidationError)
        throw new ContractError('VALIDATION', error.message, error.field, error.text);
      if (error instanceof ContactImportError)
        throw new ContractError('VALIDATION', error.message, error.validation.field, error.text);
      if (error instanceof ContactNotFoundError)
        throw new ContractError('NOT_FOUND', error.message, 'id', error.text);
      throw error;
    }
  }
}

/** The status of an enabled source whose kind this build cannot run. */
function unavailableKind(kind: SourceRecord['kind']): ContactSourceStatusView {
  const { text, english } = worded('contactSources.kindUnavailable', { kind });
  return { state: 'error', message: english, text };
}

const rankOrder: Record<ContactHit['rank'], number> = { exact: 0, prefix: 1, word: 2, contains: 3 };

/** Ranks a live directory's hit the way the local search ranks names. */
function rankOf(contact: Contact, foldedQuery: string): ContactHit['rank'] {
  const display = fold(contact.displayName);
  if (display === foldedQuery) return 'exact';
  if (display.startsWith(foldedQuery) || fold(contact.lastName).startsWith(foldedQuery)) return 'prefix';
  return 'word';
}

async function restore(secrets: SecretStore, previous: Map<string, string | undefined>): Promise<void> {
  for (const [key, value] of previous) {
    if (value === undefined) await secrets.delete(key);
    else await secrets.set(key, value);
  }
}
