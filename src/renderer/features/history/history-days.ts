import type { TFunction } from 'i18next';
import type { HistoryEntry } from '../../../shared/contract';

/** The calendar day of a moment, as YYYY-MM-DD in the given (or the system's) time zone. */
export function dayKey(at: number, timeZone?: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(at));
}

function daysBetween(earlier: string, later: string): number {
  return Math.round((Date.parse(later) - Date.parse(earlier)) / 86_400_000);
}

/**
 * A day's heading: Today, Yesterday, the weekday within the last week, else the date (with the year
 * only when it is not this year), in the UI language's locale.
 */
export function dayHeading(
  t: TFunction,
  at: number,
  now: number,
  language: string,
  timeZone?: string,
): string {
  const age = daysBetween(dayKey(at, timeZone), dayKey(now, timeZone));
  if (age === 0) return t('history.today');
  if (age === 1) return t('history.yesterday');
  const when = new Date(at);
  if (age > 1 && age < 7)
    return new Intl.DateTimeFormat(language, { timeZone, weekday: 'long' }).format(when);
  const options: Intl.DateTimeFormatOptions = { timeZone, day: 'numeric', month: 'long', weekday: 'short' };
  if (dayKey(at, timeZone).slice(0, 4) !== dayKey(now, timeZone).slice(0, 4)) options.year = 'numeric';
  return new Intl.DateTimeFormat(language, options).format(when);
}

export interface HistoryDay<E> {
  key: string;
  entries: E[];
}

/** Entries (newest first) in runs of one calendar day each. */
export function groupByDay<E extends Pick<HistoryEntry, 'startedAt'>>(
  entries: readonly E[],
  timeZone?: string,
): HistoryDay<E>[] {
  const days: HistoryDay<E>[] = [];
  for (const entry of entries) {
    const key = dayKey(entry.startedAt, timeZone);
    const last = days.at(-1);
    if (last?.key === key) last.entries.push(entry);
    else days.push({ key, entries: [entry] });
  }
  return days;
}
