import type { ContactFields } from '../contact';

/** A contact as a cloud service has it; `id` is the service's stable id (resourceName, Graph id). */
export type CloudContact = ContactFields & { id: string };

/**
 * What one `sync()` brought. `syncState` is the service's sync token (Google's nextSyncToken, Graph's
 * @odata.deltaLink): not a secret, the caller persists it and passes it to the next `sync()`.
 * It is undefined when the service gave none; the next sync is then a full one.
 *
 * - full: `contacts` is the whole address book; replace what was stored.
 * - delta: apply `upserts` (new or changed, by id) and remove `removedIds`.
 */
export type CloudSyncResult =
  | { kind: 'full'; contacts: CloudContact[]; syncState: string | undefined }
  | { kind: 'delta'; upserts: CloudContact[]; removedIds: string[]; syncState: string | undefined };
