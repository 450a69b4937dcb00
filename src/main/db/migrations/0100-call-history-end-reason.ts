import type { Migration } from './migration';

/**
 * How each call ended (CallView's end reason, e.g. "mediaLost" for a call whose connection was lost),
 * next to the coarser result: an answered call that broke off is still "answered". Older rows have none.
 */
export const callHistoryEndReasonMigration: Migration = {
  version: 100,
  name: 'call-history-end-reason',
  up(db) {
    db.exec(`ALTER TABLE call_history ADD COLUMN end_reason TEXT CHECK (length(end_reason) <= 32);`);
  },
};
