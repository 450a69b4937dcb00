import { describe, expect, it } from 'vitest';
import {
  callStateText,
  callerName,
  callerNumber,
  endReasonText,
  holdButtonText,
  initialsOf,
  isFailedEnd,
} from '../../../../../src/renderer/features/calls/call-text';
import { callEndReasons } from '../../../../../src/shared/contract';
import { createI18n } from '../../../../../src/renderer/i18n/i18n';
import { call } from './call-fixtures';

const { t } = createI18n('en');
const german = createI18n('de').t;

describe('endReasonText', () => {
  it('puts the SIP code and reason phrase in brackets after the reason in words', () => {
    expect(endReasonText(t, { reason: 'busy', code: 486, text: 'Busy Here' })).toBe('Busy (486 Busy Here)');
    expect(endReasonText(german, { reason: 'busy', code: 486, text: 'Busy Here' })).toBe(
      'Besetzt (486 Busy Here)',
    );
  });

  it('shows a code without a phrase, a phrase without a code, or neither', () => {
    expect(endReasonText(t, { reason: 'failed', code: 503 })).toBe('Call failed (503)');
    expect(endReasonText(t, { reason: 'failed', text: 'No route to the server' })).toBe(
      'Call failed (No route to the server)',
    );
    expect(endReasonText(t, { reason: 'remoteHangup' })).toBe('The other party hung up');
    expect(endReasonText(t, { reason: 'rejected', code: 603, text: '  ' })).toBe('Rejected (603)');
  });

  it('explains in plain words why media that could not be used ended the call', () => {
    const end = {
      reason: 'failed' as const,
      code: 488,
      text: 'Not Acceptable Here',
      incompatible: 'noEncryption' as const,
    };
    expect(endReasonText(t, end)).toBe(
      'Call failed: The other phone only offers unencrypted audio; this app needs encrypted (DTLS-SRTP) audio (488 Not Acceptable Here)',
    );
    expect(endReasonText(german, end)).toMatch(/^Anruf fehlgeschlagen: Das andere Telefon bietet nur/);
  });

  it('has words for every end reason in both languages', () => {
    for (const reason of callEndReasons) {
      expect(endReasonText(t, { reason })).not.toContain('calls.end');
      expect(endReasonText(german, { reason })).not.toBe(endReasonText(t, { reason }));
    }
  });
});

describe('isFailedEnd', () => {
  it('marks busy, failed, rejected and missed, not a normal hang-up', () => {
    expect(callEndReasons.filter((reason) => isFailedEnd({ reason }))).toEqual([
      'rejected',
      'busy',
      'missed',
      'failed',
    ]);
  });
});

describe('callStateText and holdButtonText', () => {
  it('names each state', () => {
    expect(callStateText(t, call('a', 'dialing'))).toBe('Calling…');
    expect(callStateText(t, call('a', 'ringing'))).toBe('Ringing…');
    expect(callStateText(t, call('a', 'ringing', { earlyMedia: true }))).toBe(
      'Ringing (announcement playing)',
    );
    expect(callStateText(t, call('a', 'active'))).toBe('Connected');
    expect(callStateText(t, call('a', 'held'))).toBe('On hold');
    expect(callStateText(t, call('a', 'ended', { end: { reason: 'busy', code: 486 } }))).toBe('Call ended');
  });

  it('says "Holding…" while the hold is in flight and never claims held before main does', () => {
    const holding = call('a', 'active', { pending: 'hold' });
    expect(callStateText(t, holding)).toBe('Holding…');
    expect(holdButtonText(t, holding)).toBe('Holding…');
    expect(holdButtonText(t, call('a', 'active'))).toBe('Hold');
    expect(holdButtonText(t, call('a', 'held'))).toBe('Resume');
    expect(holdButtonText(t, call('a', 'held', { pending: 'resume' }))).toBe('Resuming…');
    expect(callStateText(german, holding)).toBe('Wird gehalten …');
  });
});

describe('caller', () => {
  it('uses the name when there is one, the number otherwise', () => {
    expect(callerName({ remoteName: ' Anna Schmidt ', remoteNumber: '2042' })).toBe('Anna Schmidt');
    expect(callerNumber({ remoteName: 'Anna Schmidt', remoteNumber: '2042' })).toBe('2042');
    expect(callerName({ remoteName: '', remoteNumber: '2042' })).toBe('2042');
    expect(callerNumber({ remoteName: '', remoteNumber: '2042' })).toBeUndefined();
  });

  it('makes up to two initials from words, none from a number', () => {
    expect(initialsOf('Anna Schmidt')).toBe('AS');
    expect(initialsOf('anna maria schmidt')).toBe('AS');
    expect(initialsOf('Über')).toBe('Ü');
    expect(initialsOf('+49 30 1234567')).toBe('');
    expect(initialsOf('')).toBe('');
  });
});
