import type { TFunction } from 'i18next';
import type { HistoryEntry } from '../../../shared/contract';

/** The results main records (src/main/history/call-history.ts). */
export const historyResults = [
  'answered',
  'missed',
  'rejected',
  'busy',
  'cancelled',
  'failed',
  'forwarded',
  'incompatible',
  'ongoing',
  'interrupted',
] as const;
export type HistoryResult = (typeof historyResults)[number];

export function isHistoryResult(value: string): value is HistoryResult {
  return (historyResults as readonly string[]).includes(value);
}

/** How a row is marked: missed calls stand out (red), the rest by direction. */
export type HistoryKind = 'incoming' | 'outgoing' | 'missed';

export function historyKind(entry: Pick<HistoryEntry, 'direction' | 'result'>): HistoryKind {
  if (entry.direction === 'incoming' && entry.result === 'missed') return 'missed';
  return entry.direction;
}

/**
 * The result in words, with the SIP code where it explains a failure: "Busy (486)", "Failed (503)";
 * a call whose media could not be used, or whose connection was lost, says why in plain language.
 */
export function historyResultText(
  t: TFunction,
  entry: Pick<HistoryEntry, 'result' | 'sipCode' | 'incompatible' | 'endReason'>,
): string {
  if (entry.endReason === 'mediaLost') return t('history.result.connectionLost');
  if (!isHistoryResult(entry.result)) return t('history.result.unknown');
  const words = t(`history.result.${entry.result}`);
  if (entry.incompatible !== undefined) {
    return t('history.withExplanation', {
      result: words,
      explanation: t(`calls.incompatible.${entry.incompatible}`),
      code: entry.sipCode ?? 488,
    });
  }
  const showCode = entry.sipCode !== undefined && (entry.result === 'busy' || entry.result === 'failed');
  return showCode ? t('history.withCode', { result: words, code: entry.sipCode }) : words;
}

function sameDay(a: Date, b: Date, timeZone: string | undefined): boolean {
  const day = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  return day.format(a) === day.format(b);
}

/**
 * When the call began: HH:MM for today, else the date (with the year only when it is not this year).
 * `timeZone` is for tests; the UI uses the system's.
 */
export function historyTimeText(startedAt: number, now: number, language: string, timeZone?: string): string {
  const when = new Date(startedAt);
  const today = new Date(now);
  if (sameDay(when, today, timeZone))
    return new Intl.DateTimeFormat(language, { timeZone, hour: '2-digit', minute: '2-digit' }).format(when);
  const yearOf = (date: Date) => new Intl.DateTimeFormat('en', { timeZone, year: 'numeric' }).format(date);
  const options: Intl.DateTimeFormatOptions = { timeZone, day: 'numeric', month: 'short' };
  if (yearOf(when) !== yearOf(today)) options.year = 'numeric';
  return new Intl.DateTimeFormat(language, options).format(when);
}

/** Date and time in full, for the row's tooltip and its accessible description. */
export function historyFullTime(startedAt: number, language: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(language, { timeZone, dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(startedAt),
  );
}
