import type { Migration } from './migration';

/**
 * Our own reason for a call's end when the SIP status does not tell it (CallView's end cause, e.g.
 * "doNotDisturb" for a call refused with 486 while do not disturb was on). Older rows have none.
 */
export const callHistoryEndCauseMigration: Migration = {
  version: 130,
  name: 'call-history-end-cause',
  up(db) {
    db.exec(`ALTER TABLE call_history ADD COLUMN end_cause TEXT CHECK (length(end_cause) <= 32);`);
  },
};
