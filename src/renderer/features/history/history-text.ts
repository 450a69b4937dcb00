import type { TFunction } from 'i18next';
import type { CallEndReason, HistoryEntry } from '../../../shared/contract';
import { outcomeText } from '../calls';

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

/** The end reason a row from before end reasons were stored stands for. */
const reasonOfResult: Record<
  Exclude<HistoryResult, 'answered' | 'ongoing' | 'interrupted'>,
  CallEndReason
> = {
  missed: 'missed',
  rejected: 'rejected',
  busy: 'busy',
  cancelled: 'cancelled',
  failed: 'failed',
  forwarded: 'forwarded',
  incompatible: 'failed',
};

type Outcome = Pick<
  HistoryEntry,
  'direction' | 'result' | 'sipCode' | 'incompatible' | 'endReason' | 'endCause'
>;

/**
 * The result in plain words, as a call's end says it ("Number not found", "Busy", "Declined"); an
 * answered call whose connection broke says so. The SIP code is in historyResultDetail.
 */
export function historyResultText(t: TFunction, entry: Outcome): string {
  if (entry.endReason === 'mediaLost') return t('calls.outcome.connectionLost');
  if (!isHistoryResult(entry.result)) return t('history.result.unknown');
  const result = entry.result;
  if (result === 'answered' || result === 'ongoing' || result === 'interrupted')
    return t(`history.result.${result}`);
  const reason = entry.endReason ?? reasonOfResult[result];
  return outcomeText(t, {
    direction: entry.direction,
    reason,
    code: entry.sipCode,
    cause: entry.endCause,
    incompatible: entry.incompatible,
  });
}

/** The details line of a call that did not connect: "SIP 486"; undefined for answered calls. */
export function historyResultDetail(
  t: TFunction,
  entry: Pick<HistoryEntry, 'result' | 'sipCode'>,
): string | undefined {
  if (entry.result === 'answered' || entry.sipCode === undefined) return undefined;
  return t('calls.sipDetail', { status: String(entry.sipCode) });
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
