import type { Migration } from './migration';

/**
 * Call history retention and bounds. The index on the start time gains the id, the list's and the
 * pruning's tie-break, so both walk it without sorting. Rows written before numbers and names were
 * bounded are cut to the bounds of src/shared/text/limits.ts as they were when this shipped (SQLite
 * counts characters, the app UTF-16 units; the history clips again on reading); a caller-ID entry
 * too large to be a real one is dropped rather than cut into invalid JSON.
 */
export const callHistoryBoundsMigration: Migration = {
  version: 80,
  name: 'call-history-bounds',
  up(db) {
    db.exec(`
      DROP INDEX call_history_started;
      CREATE INDEX call_history_started ON call_history (started_at DESC, id DESC);
      UPDATE call_history SET remote_number = substr(remote_number, 1, 64) WHERE length(remote_number) > 64;
      UPDATE call_history SET remote_name = substr(remote_name, 1, 128) WHERE length(remote_name) > 128;
      UPDATE call_history SET contact = NULL WHERE length(contact) > 16384;
    `);
  },
};
