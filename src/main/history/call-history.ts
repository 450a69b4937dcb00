import type { Database } from 'better-sqlite3';
import type { CallView, ContactRef, HistoryEntry, MediaIncompatibility } from '../../shared/contract';
import {
  callEndCauses,
  callEndReasons,
  contactRefSchema,
  mediaIncompatibilities,
} from '../../shared/contract';
import type { CallEndCause, CallEndReason } from '../../shared/contract';
import { boundedText } from '../../shared/text/bounded';
import { maxContactTextLength, maxDisplayNameLength, maxRemoteNumberLength } from '../../shared/text/limits';
import type { HistoryRetention } from './history-retention';
import { defaultHistoryRetention, pruneHistory } from './history-retention';

export type HistoryResult =
  | 'answered'
  | 'missed'
  | 'rejected'
  | 'busy'
  | 'cancelled'
  | 'failed'
  | 'forwarded'
  | 'incompatible'
  /** The call still rings or lasts. */
  | 'ongoing'
  /** The app ended (crashed, was killed) while the call was ongoing. */
  | 'interrupted';

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
  incompatible: string | null;
  /** null for rows written before 0100. */
  end_reason: string | null;
  /** null for rows written before 0120, and when the status says it all. */
  end_cause: string | null;
}

/** How a call is summarised in the history list; `ongoing` until it has ended. */
export function historyResultOf(call: CallView): HistoryResult {
  if (call.state !== 'ended') return 'ongoing';
  if (call.answeredAt !== undefined) return 'answered';
  if (call.end?.incompatible !== undefined) return 'incompatible';
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

export interface CallHistoryOptions {
  /** Read on every new row; the settings' defaults when not given. */
  retention?: () => HistoryRetention;
  /** ms since epoch, for the age limit. */
  now?: () => number;
}

/**
 * The call history in SQLite. A call's row is written when it rings or is dialled (result `ongoing`),
 * brought up to date when it is answered and made final when it ends, so a crash or kill loses no
 * call: rows still ongoing when the history opens are from a run that ended during the call and
 * become `interrupted`. Numbers and names are bounded again here, whatever path a row comes from; the
 * history is pruned to its retention at start and with every new row (never an ongoing one).
 */
export class CallHistory {
  private readonly retention: () => HistoryRetention;
  private readonly now: () => number;

  constructor(
    private readonly db: Database,
    private readonly onChange: () => void,
    /** Caller ID from the address books now; a contact found during the call is kept as a fallback. */
    private readonly callerId: (number: string) => ContactRef | undefined = () => undefined,
    options: CallHistoryOptions = {},
  ) {
    const fallback = defaultHistoryRetention();
    this.retention = options.retention ?? (() => fallback);
    this.now = options.now ?? Date.now;
    // Nothing rings yet when the history opens: an ongoing row is a call the last run did not finish.
    db.prepare("UPDATE call_history SET result = 'interrupted' WHERE result = 'ongoing'").run();
    this.prune();
  }

  /**
   * Writes the call as it is now: a new row, or an update of its ongoing row. A row that is final
   * (the call ended) stays as it is.
   */
  record(call: CallView): void {
    this.db
      .prepare(
        `INSERT INTO call_history
         (call_id, account_id, direction, result, sip_code, remote_number, remote_name, started_at, answered_at, ended_at,
          contact, incompatible, end_reason, end_cause)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (call_id) DO UPDATE SET
           result = excluded.result, sip_code = excluded.sip_code, answered_at = excluded.answered_at,
           ended_at = excluded.ended_at, contact = coalesce(excluded.contact, contact),
           incompatible = excluded.incompatible, end_reason = excluded.end_reason,
           end_cause = excluded.end_cause
         WHERE call_history.result = 'ongoing'`,
      )
      .run(
        call.id,
        call.accountId,
        call.direction,
        historyResultOf(call),
        call.end?.code ?? null,
        boundedText(call.remoteNumber, maxRemoteNumberLength),
        boundedText(call.remoteName, maxDisplayNameLength),
        call.startedAt,
        call.answeredAt ?? null,
        // While the call lasts: when it was last written, what an interrupted row keeps.
        call.endedAt ?? this.now(),
        // Only a live directory's answer is kept: address books are asked again on every listing, so
        // a contact deleted since then no longer names the row.
        call.contact?.sourceId.startsWith('ldap:') ? storableContact(call.contact) : null,
        call.end?.incompatible ?? null,
        call.end?.reason ?? null,
        call.end?.cause ?? null,
      );
    this.prune();
    this.onChange();
  }

  /** Deletes what the retention settings no longer keep; returns how many calls went. */
  prune(): number {
    return pruneHistory(this.db, this.retention(), this.now());
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

/** The contact as JSON with its name bounded, or null when it is not a valid ContactRef. */
function storableContact(contact: ContactRef): string | null {
  const parsed = contactRefSchema.safeParse({
    ...contact,
    sourceName: boundedText(contact.sourceName, maxContactTextLength),
    name: boundedText(contact.name, maxContactTextLength),
  });
  return parsed.success ? JSON.stringify(parsed.data) : null;
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
    // Rows written before numbers and names were bounded may still carry control characters.
    remoteNumber: boundedText(row.remote_number, maxRemoteNumberLength),
    remoteName: boundedText(row.remote_name, maxDisplayNameLength),
    startedAt: row.started_at,
    endedAt: row.ended_at,
  };
  if (row.sip_code !== null) entry.sipCode = row.sip_code;
  if (row.answered_at !== null) entry.answeredAt = row.answered_at;
  if (isIncompatibility(row.incompatible)) entry.incompatible = row.incompatible;
  if (isEndReason(row.end_reason)) entry.endReason = row.end_reason;
  if (isEndCause(row.end_cause)) entry.endCause = row.end_cause;
  return entry;
}

function isIncompatibility(value: string | null): value is MediaIncompatibility {
  return (mediaIncompatibilities as readonly (string | null)[]).includes(value);
}

function isEndCause(value: string | null): value is CallEndCause {
  return value !== null && (callEndCauses as readonly string[]).includes(value);
}

function isEndReason(value: string | null): value is CallEndReason {
  return value !== null && (callEndReasons as readonly string[]).includes(value);
}
