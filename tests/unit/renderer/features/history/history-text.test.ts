import { describe, expect, it } from 'vitest';
import {
  historyFullTime,
  historyKind,
  historyResultText,
  historyResults,
  historyTimeText,
} from '../../../../../src/renderer/features/history/history-text';
import { createI18n } from '../../../../../src/renderer/i18n/i18n';
import { mediaIncompatibilities } from '../../../../../src/shared/contract';

const { t } = createI18n('en');
const german = createI18n('de').t;
const zone = 'Europe/Berlin';
// 2026-11-23 15:30 in Berlin
const now = Date.UTC(2026, 10, 23, 14, 30);

describe('historyResultText', () => {
  it('words each result, with the SIP code for busy and failed calls', () => {
    expect(historyResultText(t, { result: 'answered' })).toBe('Answered');
    expect(historyResultText(t, { result: 'missed' })).toBe('Missed');
    expect(historyResultText(t, { result: 'rejected', sipCode: 603 })).toBe('Rejected');
    expect(historyResultText(t, { result: 'busy', sipCode: 486 })).toBe('Busy (486)');
    expect(historyResultText(t, { result: 'cancelled', sipCode: 487 })).toBe('Cancelled');
    expect(historyResultText(t, { result: 'failed', sipCode: 503 })).toBe('Failed (503)');
    expect(historyResultText(t, { result: 'failed' })).toBe('Failed');
  });

  it('says in plain words why a call whose media could not be used was not connected', () => {
    const entry = { result: 'incompatible', sipCode: 488, incompatible: 'noEncryption' as const };
    expect(historyResultText(t, entry)).toBe(
      'Not connected: The other phone only offers unencrypted audio; this app needs encrypted (DTLS-SRTP) audio (488)',
    );
    expect(historyResultText(german, entry)).toMatch(
      /^Nicht verbunden: Das andere Telefon bietet nur unverschlüsselten/,
    );
    for (const incompatible of mediaIncompatibilities) {
      expect(historyResultText(german, { result: 'failed', incompatible })).not.toBe(
        historyResultText(t, { result: 'failed', incompatible }),
      );
    }
  });

  it('names calls in progress and calls a crash interrupted', () => {
    expect(historyResultText(t, { result: 'ongoing' })).toBe('In progress');
    expect(historyResultText(t, { result: 'interrupted' })).toBe('Call interrupted');
    expect(historyResultText(german, { result: 'interrupted' })).toBe('Anruf unterbrochen');
  });

  it('says when the connection to the other party was lost, in both languages', () => {
    const lost = { result: 'answered', endReason: 'mediaLost' } as const;
    expect(historyResultText(t, lost)).toBe('The connection to the other party was lost');
    expect(historyResultText(german, lost)).toBe('Die Verbindung zum Gesprächspartner ist abgebrochen');
    expect(historyResultText(t, { result: 'answered', endReason: 'remoteHangup' })).toBe('Answered');
  });

  it('is translated for every result and copes with one it does not know', () => {
    for (const result of historyResults)
      expect(historyResultText(german, { result })).not.toBe(historyResultText(t, { result }));
    expect(historyResultText(t, { result: 'transferred' })).toBe('Result unknown');
  });
});

describe('historyKind', () => {
  it('marks missed incoming calls, otherwise the direction', () => {
    expect(historyKind({ direction: 'incoming', result: 'missed' })).toBe('missed');
    expect(historyKind({ direction: 'incoming', result: 'rejected' })).toBe('incoming');
    expect(historyKind({ direction: 'outgoing', result: 'busy' })).toBe('outgoing');
  });
});

describe('historyTimeText', () => {
  it('shows HH:MM for today, in the UI language’s clock', () => {
    const earlier = Date.UTC(2026, 10, 23, 8, 5); // 09:05 in Berlin
    expect(historyTimeText(earlier, now, 'de', zone)).toBe('09:05');
    expect(historyTimeText(earlier, now, 'en', zone)).toBe('09:05 AM');
  });

  it('shows the date for earlier days, with the year only for other years', () => {
    const yesterday = Date.UTC(2026, 10, 22, 22, 30); // 23:30 on the 22nd in Berlin
    expect(historyTimeText(yesterday, now, 'de', zone)).toBe('22. Nov.');
    expect(historyTimeText(yesterday, now, 'en', zone)).toBe('Nov 22');
    expect(historyTimeText(Date.UTC(2025, 11, 31, 12), now, 'en', zone)).toBe('Dec 31, 2025');
  });

  it('judges "today" in the local time zone, not in UTC', () => {
    const justAfterMidnight = Date.UTC(2026, 10, 22, 23, 10); // 00:10 on the 23rd in Berlin
    expect(historyTimeText(justAfterMidnight, now, 'de', zone)).toBe('00:10');
  });

  it('gives date and time in full for the tooltip', () => {
    expect(historyFullTime(now, 'en', zone)).toBe('Nov 23, 2026, 3:30 PM');
  });
});
