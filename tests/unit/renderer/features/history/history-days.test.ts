import { describe, expect, it } from 'vitest';
import { dayHeading, groupByDay } from '../../../../../src/renderer/features/history/history-days';
import { createI18n } from '../../../../../src/renderer/i18n/i18n';

const { t } = createI18n('en');
const german = createI18n('de').t;
const zone = 'Europe/Berlin';
// Monday 2026-11-23 15:30 in Berlin
const now = Date.UTC(2026, 10, 23, 14, 30);
const hours = (h: number) => h * 3_600_000;

describe('dayHeading', () => {
  it('says Today, Yesterday, the weekday within a week, else the date', () => {
    expect(dayHeading(t, now - hours(1), now, 'en', zone)).toBe('Today');
    expect(dayHeading(german, now - hours(24), now, 'de', zone)).toBe('Gestern');
    expect(dayHeading(t, now - hours(72), now, 'en', zone)).toBe('Friday');
    expect(dayHeading(german, now - hours(72), now, 'de', zone)).toBe('Freitag');
    expect(dayHeading(t, now - hours(24 * 10), now, 'en', zone)).toBe('Fri, November 13');
    expect(dayHeading(german, Date.UTC(2025, 4, 2, 10), now, 'de', zone)).toBe('Fr., 2. Mai 2025');
  });

  it('counts days by the calendar in the time zone, not by 24 hours', () => {
    // 00:30 today in Berlin is today; 23:30 yesterday is yesterday, though only an hour apart
    const midnight = Date.UTC(2026, 10, 22, 23, 30);
    expect(dayHeading(t, midnight, now, 'en', zone)).toBe('Today');
    expect(dayHeading(t, midnight - hours(1), now, 'en', zone)).toBe('Yesterday');
  });
});

describe('groupByDay', () => {
  it('keeps the order and starts a new group with each calendar day', () => {
    const entries = [now, now - hours(2), now - hours(24), now - hours(25), now - hours(72)].map(
      (startedAt) => ({
        startedAt,
      }),
    );
    expect(groupByDay(entries, zone).map((day) => [day.key, day.entries.length])).toEqual([
      ['2026-11-23', 2],
      ['2026-11-22', 2],
      ['2026-11-20', 1],
    ]);
  });
});
