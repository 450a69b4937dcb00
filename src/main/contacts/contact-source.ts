import type { UserText } from '../../shared/contract/user-text';
import type { Contact } from './contact';

/**
 * A place contacts come from: the local address book, a CSV import, an LDAP directory, an XML
 * phonebook, Google, Outlook, Windows. Search and caller ID ask every enabled source and merge.
 *
 * Rules every source MUST follow:
 * - A failing source never throws into search or caller ID and never touches local contacts: it
 *   reports the failure through `status()` and answers with what it has (usually nothing).
 *   In particular a failing remote source never deletes, edits or hides local contacts.
 * - `search` MUST honour the AbortSignal: the type-ahead aborts the previous query on every key
 *   press, so an aborted search stops its work and rejects with the signal's reason.
 * - `search` returns at most `limit` contacts, best first, with `filters` already applied.
 * - `lookupNumber` receives the key from `normalizeNumber` (E.164, or digits for an internal
 *   extension) and must answer quickly; caller ID runs while the phone rings. Sources that cannot
 *   look numbers up cheaply leave it out.
 * - Contacts carry `sourceId === id` of the source, and ids unique within it.
 */
export interface ContactSource {
  /** "local", "ldap:<id>", "xml:<id>", … — the Contact.sourceId of its contacts. */
  readonly id: string;
  readonly kind: ContactSourceKind;
  /** Shown in the contact list's source filter and in the settings. */
  readonly name: string;
  readonly enabled: boolean;
  readonly filters: ContactSourceFilters;
  search(query: string, limit: number, signal?: AbortSignal): Promise<Contact[]>;
  lookupNumber?(normalized: string, signal?: AbortSignal): Promise<Contact | undefined>;
  status(): ContactSourceStatus;
}

/** What a live source's search found: at most `limit` contacts, and whether it had more. */
export interface SourceSearchResult {
  contacts: Contact[];
  /** More matched than came back (the source's or the server's result limit was reached). */
  truncated: boolean;
}

export type ContactSourceKind = 'local' | 'csv' | 'ldap' | 'xml' | 'google' | 'outlook' | 'windows';

/** The manual's per-directory filters. */
export interface ContactSourceFilters {
  /** Hide entries with no first, last, display name or company. */
  hideWithoutName: boolean;
  /** Hide entries without a single phone number. */
  hideWithoutPhone: boolean;
}

/**
 *   ready ──(request fails)──▶ failed ──(next request succeeds)──▶ ready
 *
 * - ready: the last request succeeded (or none has run yet).
 * - failed: the last request failed; `message` says what failed and what to do, `at` is epoch ms.
 * - disabled: switched off in the settings; never asked.
 */
export type ContactSourceStatus =
  | { state: 'ready' }
  | { state: 'failed'; message: string; text?: UserText; at: number }
  | { state: 'disabled' };

export const noContactFilters: ContactSourceFilters = { hideWithoutName: false, hideWithoutPhone: false };

/** Applies a source's filters; remote sources call it on what their server returned. */
export function applyContactFilters(contacts: Contact[], filters: ContactSourceFilters): Contact[] {
  return contacts.filter(
    (c) =>
      (!filters.hideWithoutName ||
        [c.firstName, c.lastName, c.displayName, c.company].some((v) => v.trim() !== '')) &&
      (!filters.hideWithoutPhone || c.phones.some((p) => p.number.trim() !== '')),
  );
}
