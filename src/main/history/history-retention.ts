import type { Database } from 'better-sqlite3';
import { findGlobalField } from '../../shared/settings/registry';

/**
 * How much call history is kept: Functions > Calls, "Keep call history for" and "Maximum call history
 * entries".
 */
export interface HistoryRetention {
  /** Calls that started longer ago are deleted; 0 keeps them until the user deletes them. */
  keepDays: number;
  /** Only the newest this many calls are kept. */
  maxEntries: number;
}

export const historyRetentionKeys = {
  keepDays: 'functions.calls.historyKeepDays',
  maxEntries: 'functions.calls.historyMaxEntries',
} as const;

/** The retention the settings ask for; a missing or non-numeric value falls back to the field's default. */
export function historyRetentionFrom(setting: (key: string) => unknown): HistoryRetention {
  return {
    keepDays: numberSetting(setting, historyRetentionKeys.keepDays),
    maxEntries: numberSetting(setting, historyRetentionKeys.maxEntries),
  };
}

/** The settings' defaults, for a history built without settings. */
export function defaultHistoryRetention(): HistoryRetention {
  return historyRetentionFrom(() => undefined);
}

function numberSetting(setting: (key: string) => unknown, key: string): number {
  const value = setting(key);
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return value;
  const fallback = findGlobalField(key)?.field.default;
  if (typeof fallback !== 'number') throw new Error(`${key} is not an integer setting`);
  return fallback;
}

const dayMs = 24 * 60 * 60 * 1000;

/**
 * The pruning's statements; both walk the (started_at, id) index of migration 0080. A call that is
 * still ongoing is never deleted under it, however old its start.
 */
export const pruneStatements = {
  olderThan: "DELETE FROM call_history WHERE started_at < ? AND result <> 'ongoing'",
  count: 'SELECT count(*) AS rows FROM call_history',
  oldest: `DELETE FROM call_history WHERE id IN
             (SELECT id FROM call_history WHERE result <> 'ongoing' ORDER BY started_at ASC, id ASC LIMIT ?)`,
} as const;

/**
 * Deletes the calls `retention` no longer keeps: those older than keepDays (an index range on
 * started_at) and, beyond maxEntries, the oldest (count(*) sums the cell counts of an index's pages
 * without reading rows; the delete walks the start-time index from its old end). Returns how many
 * rows went.
 */
export function pruneHistory(db: Database, retention: HistoryRetention, now: number): number {
  let deleted = 0;
  if (retention.keepDays > 0) {
    deleted += db.prepare(pruneStatements.olderThan).run(now - retention.keepDays * dayMs).changes;
  }
  const { rows } = db.prepare(pruneStatements.count).get() as { rows: number };
  if (rows > retention.maxEntries) {
    deleted += db.prepare(pruneStatements.oldest).run(rows - retention.maxEntries).changes;
  }
  return deleted;
}
