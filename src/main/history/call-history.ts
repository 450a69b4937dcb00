import type { Database } from 'better-sqlite3';
import type { CallView, HistoryEntry } from '../../shared/contract';

export type HistoryResult =
  'answered' | 'missed' | 'rejected' | 'busy' | 'cancelled' | 'failed' | 'forwarded';

interface HistoryRow {
  id: number;
  call_id: string;
  account_id: string;
  direction: 'outgoing' | 'incoming';
  result: HistoryResult;
  sip_code: number | null;
  remote_number: string;
  remote_name: string;
  started_at: number;
  answered_at: number | null;
  ended_at: number;
}

/** How an ended call is summarised in the history list. */
export function historyResultOf(call: CallView): HistoryResult {
  if (call.answeredAt !== undefined) return 'answered';
  switch (call.end?.reason) {
    case 'busy':
      return 'busy';
    case 'forwarded':
      return 'forwarded';
    case 'rejected':
      return call.direction === 'incoming' ? 'rejected' : 'failed';
    case 'cancelled':
    case 'hangup':
      return call.direction === 'incoming' ? 'missed' : 'cancelled';
    case 'missed':
    case 'remoteHangup':
    case 'answeredElsewhere':
      return call.direction === 'incoming' ? 'missed' : 'failed';
    default:
      return 'failed';
  }
}

/** The call history in SQLite: every call is written once, when it ends. */
export class CallHistory {
  constructor(
    private readonly db: Database,
    private readonly onChange: () => void,
  ) {}

  record(call: CallView): void {
    this.db
      .prepare(
        `INSERT OR IGNORE INTO call_history
         (call_id, account_id, direction, result, sip_code, remote_number, remote_name, started_at, answered_at, ended_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        call.id,
        call.accountId,
        call.direction,
        historyResultOf(call),
        call.end?.code ?? null,
        call.remoteNumber,
        call.remoteName,
        call.startedAt,
        call.answeredAt ?? null,
        call.endedAt ?? Date.now(),
      );
    this.onChange();
  }

  list(limit = 200): HistoryEntry[] {
    const rows = this.db
      .prepare('SELECT * FROM call_history ORDER BY started_at DESC, id DESC LIMIT ?')
      .all(limit) as HistoryRow[];
    return rows.map(toEntry);
  }

  delete(id: number): { deleted: number } {
    const deleted = this.db.prepare('DELETE FROM call_history WHERE id = ?').run(id).changes;
    if (deleted > 0) this.onChange();
    return { deleted };
  }

  clear(): { deleted: number } {
    const deleted = this.db.prepare('DELETE FROM call_history').run().changes;
    this.onChange();
    return { deleted };
  }
}

function toEntry(row: HistoryRow): HistoryEntry {
  const entry: HistoryEntry = {
    id: row.id,
    callId: row.call_id,
    accountId: row.account_id,
    direction: row.direction,
    result: row.result,
    remoteNumber: row.remote_number,
    remoteName: row.remote_name,
    startedAt: row.started_at,
    endedAt: row.ended_at,
  };
  if (row.sip_code !== null) entry.sipCode = row.sip_code;
  if (row.answered_at !== null) entry.answeredAt = row.answered_at;
  return entry;
}
