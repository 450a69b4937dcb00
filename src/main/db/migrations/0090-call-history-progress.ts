import type { Migration } from './migration';

/**
 * A call's history row is written when it rings or is dialled, not only when it ends, so a crash
 * loses nothing: results gain `ongoing` (the call lasts), `interrupted` (the app ended during the
 * call) and `incompatible` (the other side's media could not be used), with the reason code in the
 * new `incompatible` column. SQLite cannot change a CHECK constraint, so the table is rebuilt with
 * its rows and its index.
 */
export const callHistoryProgressMigration: Migration = {
  version: 90,
  name: 'call-history-progress',
  up(db) {
    db.exec(`
      CREATE TABLE call_history_new (
        id INTEGER PRIMARY KEY,
        call_id TEXT NOT NULL UNIQUE,
        account_id TEXT NOT NULL,
        direction TEXT NOT NULL CHECK (direction IN ('outgoing', 'incoming')),
        result TEXT NOT NULL CHECK (result IN ('answered', 'missed', 'rejected', 'busy', 'cancelled', 'failed',
          'forwarded', 'incompatible', 'ongoing', 'interrupted')),
        sip_code INTEGER,
        remote_number TEXT NOT NULL,
        remote_name TEXT NOT NULL,
        started_at INTEGER NOT NULL,
        answered_at INTEGER,
        ended_at INTEGER NOT NULL,
        contact TEXT,
        incompatible TEXT CHECK (incompatible IN ('noEncryption', 'noIce', 'noAudio', 'noCommonCodec'))
      ) STRICT;
      INSERT INTO call_history_new (id, call_id, account_id, direction, result, sip_code, remote_number,
          remote_name, started_at, answered_at, ended_at, contact)
        SELECT id, call_id, account_id, direction, result, sip_code, remote_number, remote_name, started_at,
          answered_at, ended_at, contact FROM call_history;
      DROP TABLE call_history;
      ALTER TABLE call_history_new RENAME TO call_history;
      CREATE INDEX call_history_started ON call_history (started_at DESC, id DESC);
    `);
  },
};
