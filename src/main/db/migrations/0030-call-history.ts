import type { Migration } from './migration';

/** One row per call, written when the call ends. */
export const callHistoryMigration: Migration = {
  version: 30,
  name: 'call-history',
  up(db) {
    db.exec(`
      CREATE TABLE call_history (
        id INTEGER PRIMARY KEY,
        call_id TEXT NOT NULL UNIQUE,
        account_id TEXT NOT NULL,
        direction TEXT NOT NULL CHECK (direction IN ('outgoing', 'incoming')),
        result TEXT NOT NULL CHECK (result IN ('answered', 'missed', 'rejected', 'busy', 'cancelled', 'failed', 'forwarded')),
        sip_code INTEGER,
        remote_number TEXT NOT NULL,
        remote_name TEXT NOT NULL,
        started_at INTEGER NOT NULL,
        answered_at INTEGER,
        ended_at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX call_history_started ON call_history (started_at DESC);
    `);
  },
};
