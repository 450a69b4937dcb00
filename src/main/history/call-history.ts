import type { Database } from 'better-sqlite3';
import type { CallView, ContactRef, HistoryEntry } from '../../shared/contract';
import { contactRefSchema } from '../../shared/contract';

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
  contact: string | null;
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
    /** Caller ID from the address books now; a contact found during the call is kept as a fallback. */
    private readonly callerId: (number: string) => ContactRef | undefined = () => undefined,
  ) {}

  record(call: CallView): void {
    this.db
      .prepare(
        `INSERT OR IGNORE INTO call_history
         (call_id, account_id, direction, result, sip_code, remote_number, remote_name, started_at, answered_at, ended_at,
          contact)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
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
        // Only a live directory's answer is kept: address books are asked again on every listing, so
        // a contact deleted since then no longer names the row.
        call.contact?.sourceId.startsWith('ldap:') ? JSON.stringify(call.contact) : null,
      );
    this.onChange();
  }

  list(limit = 200): HistoryEntry[] {
    const rows = this.db
      .prepare('SELECT * FROM call_history ORDER BY started_at DESC, id DESC LIMIT ?')
      .all(limit) as HistoryRow[];
    return rows.map((row) => this.withContact(row));
  }

  get(id: number): HistoryEntry | undefined {
    const row = this.db.prepare('SELECT * FROM call_history WHERE id = ?').get(id) as HistoryRow | undefined;
    return row ? this.withContact(row) : undefined;
  }

  private withContact(row: HistoryRow): HistoryEntry {
    const entry = toEntry(row);
    const contact = this.callerId(row.remote_number) ?? storedContact(row.contact);
    if (contact) entry.contact = contact;
    return entry;
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

function storedContact(json: string | null): ContactRef | undefined {
  if (!json) return undefined;
  try {
    const parsed = contactRefSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
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
