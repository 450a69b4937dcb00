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
  it('says the outcome in words, without the SIP status (that is the details line)', () => {
    const outgoing = call('a', 'ended');
    expect(endReasonText(t, outgoing, { reason: 'busy', code: 486, text: 'Busy Here' })).toBe('Busy');
    expect(endReasonText(german, outgoing, { reason: 'busy', code: 486, text: 'Busy Here' })).toBe('Besetzt');
    expect(endReasonText(t, outgoing, { reason: 'failed', code: 404, text: 'Not Found' })).toBe(
      'Number not found',
    );
    expect(endReasonText(t, outgoing, { reason: 'remoteHangup' })).toBe('The other party hung up');
  });

  it('explains in plain words why media that could not be used ended the call', () => {
    const end = {
      reason: 'failed' as const,
      code: 488,
      text: 'Not Acceptable Here',
      incompatible: 'noEncryption' as const,
    };
    expect(endReasonText(t, call('a', 'ended'), end)).toBe(
      'The other phone cannot take this call: The other phone only offers unencrypted audio; this app needs encrypted (DTLS-SRTP) audio',
    );
    expect(endReasonText(german, call('a', 'ended'), end)).toMatch(
      /^Das andere Telefon kann diesen Anruf nicht annehmen: Das andere Telefon bietet nur/,
    );
  });
});

describe('isFailedEnd', () => {
  it('marks what went wrong, not a normal hang-up, a cancel or a transfer', () => {
    const outgoing = call('a', 'ended');
    expect(callEndReasons.filter((reason) => isFailedEnd(outgoing, { reason }))).toEqual([
      'rejected',
      'busy',
      'missed',
      'failed',
      'mediaLost',
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

describe('callStateText: the far end holds us', () => {
  it('says so in words instead of "Connected", in both languages', () => {
    const heldByRemote = call('a', 'active', { remoteHold: true });
    expect(callStateText(t, heldByRemote)).toBe('On hold by the other party');
    expect(callStateText(german, heldByRemote)).toBe('Von der Gegenseite gehalten');
    expect(callStateText(t, call('a', 'held', { remoteHold: true }))).toBe('On hold');
  });
});
