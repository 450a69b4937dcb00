import { describe, expect, it } from 'vitest';
import {
  historyFullTime,
  historyKind,
  historyResultDetail,
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
  it('words each result as a call’s end says it, without the SIP code', () => {
    const incoming = { direction: 'incoming' } as const;
    const outgoing = { direction: 'outgoing' } as const;
    expect(historyResultText(t, { ...incoming, result: 'answered' })).toBe('Answered');
    expect(historyResultText(t, { ...incoming, result: 'missed' })).toBe('Missed call');
    expect(historyResultText(t, { ...incoming, result: 'rejected' })).toBe('You declined the call');
    expect(historyResultText(t, { ...outgoing, result: 'failed', sipCode: 603, endReason: 'rejected' })).toBe(
      'Declined',
    );
    expect(historyResultText(t, { ...outgoing, result: 'busy', sipCode: 486 })).toBe('Busy');
    expect(historyResultText(t, { ...outgoing, result: 'cancelled', sipCode: 487 })).toBe('Cancelled');
    expect(historyResultText(t, { ...outgoing, result: 'failed', sipCode: 404 })).toBe('Number not found');
    expect(historyResultText(t, { ...outgoing, result: 'failed', sipCode: 503 })).toBe(
      'Not reachable right now',
    );
    expect(historyResultText(german, { ...outgoing, result: 'failed', sipCode: 480 })).toBe(
      'Zurzeit nicht erreichbar',
    );
    expect(historyResultText(t, { ...outgoing, result: 'failed' })).toBe('Call failed');
    const dnd = {
      ...incoming,
      result: 'busy',
      sipCode: 486,
      endReason: 'busy',
      endCause: 'doNotDisturb',
    } as const;
    expect(historyResultText(t, dnd)).toBe('Declined: do not disturb is on');
  });

  it('puts the SIP code in a details line for calls that did not connect', () => {
    expect(historyResultDetail(t, { result: 'busy', sipCode: 486 })).toBe('SIP 486');
    expect(historyResultDetail(t, { result: 'answered', sipCode: 200 })).toBeUndefined();
    expect(historyResultDetail(t, { result: 'missed' })).toBeUndefined();
  });

  it('says in plain words why a call whose media could not be used was not connected', () => {
    const entry = {
      direction: 'outgoing',
      result: 'incompatible',
      sipCode: 488,
      incompatible: 'noEncryption',
    } as const;
    expect(historyResultText(t, entry)).toBe(
      'The other phone cannot take this call: The other phone only offers unencrypted audio; this app needs encrypted (DTLS-SRTP) audio',
    );
    expect(historyResultText(german, entry)).toMatch(
      /^Das andere Telefon kann diesen Anruf nicht annehmen: Das andere Telefon bietet nur unverschlüsselten/,
    );
    for (const incompatible of mediaIncompatibilities) {
      const failed = { direction: 'outgoing', result: 'failed', incompatible } as const;
      expect(historyResultText(german, failed)).not.toBe(historyResultText(t, failed));
    }
  });

  it('names calls in progress and calls a crash interrupted', () => {
    expect(historyResultText(t, { direction: 'outgoing', result: 'ongoing' })).toBe('In progress');
    expect(historyResultText(t, { direction: 'outgoing', result: 'interrupted' })).toBe('Call interrupted');
    expect(historyResultText(german, { direction: 'outgoing', result: 'interrupted' })).toBe(
      'Anruf unterbrochen',
    );
  });

  it('says when the connection to the other party was lost, in both languages', () => {
    const lost = { direction: 'outgoing', result: 'answered', endReason: 'mediaLost' } as const;
    expect(historyResultText(t, lost)).toBe('Connection lost');
    expect(historyResultText(german, lost)).toBe('Verbindung abgebrochen');
    expect(
      historyResultText(t, { direction: 'outgoing', result: 'answered', endReason: 'remoteHangup' }),
    ).toBe('Answered');
  });

  it('is translated for every result and copes with one it does not know', () => {
    for (const result of historyResults) {
      const entry = { direction: 'incoming', result } as const;
      expect(historyResultText(german, entry)).not.toBe(historyResultText(t, entry));
    }
    expect(historyResultText(t, { direction: 'incoming', result: 'transferred' })).toBe('Result unknown');
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
