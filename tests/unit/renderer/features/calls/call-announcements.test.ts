import { describe, expect, it } from 'vitest';
import {
  announcementText,
  callAnnouncements,
  callStates,
} from '../../../../../src/renderer/features/calls/call-announcements';
import { createI18n } from '../../../../../src/renderer/i18n/i18n';
import { call } from './call-fixtures';

const { t } = createI18n('en');

describe('callAnnouncements', () => {
  it('on the first snapshot, announces only calls ringing here', () => {
    const calls = [call('a', 'active'), call('i', 'incoming')];
    expect(callAnnouncements(undefined, calls)).toEqual([
      { kind: 'incoming', call: calls[1], waiting: true },
    ]);
  });

  it('announces new calls and state changes, nothing for unchanged calls', () => {
    const before = callStates([call('a', 'ringing'), call('b', 'held')]);
    const after = [call('a', 'active'), call('b', 'held'), call('c', 'dialing')];
    expect(callAnnouncements(before, after).map((a) => [a.kind, a.call.id])).toEqual([
      ['state', 'a'],
      ['state', 'c'],
    ]);
  });

  it('announces once that the far end holds us, and once that it took us off hold', () => {
    const anna = { remoteName: 'Anna Schmidt' };
    const active = call('a', 'active', anna);
    const heldByAnna = call('a', 'active', { ...anna, remoteHold: true });
    const texts = (before: typeof active, after: typeof active) =>
      callAnnouncements(callStates([before]), [after]).map((a) => announcementText(t, a, 'Office'));
    expect(texts(active, heldByAnna)).toEqual(['Anna Schmidt put you on hold.']);
    expect(texts(heldByAnna, heldByAnna)).toEqual([]);
    expect(texts(heldByAnna, active)).toEqual(['Anna Schmidt took you off hold.']);
    expect(
      callAnnouncements(callStates([active]), [heldByAnna]).map((a) =>
        announcementText(createI18n('de').t, a, 'Büro'),
      ),
    ).toEqual(['Anna Schmidt hat Sie in die Warteschleife gelegt.']);
  });

  it('marks a call ringing here as waiting only while another call is active', () => {
    const ringing = call('i', 'incoming');
    expect(callAnnouncements(callStates([call('h', 'held')]), [call('h', 'held'), ringing])).toEqual([
      { kind: 'incoming', call: ringing, waiting: false },
    ]);
  });
});

describe('announcementText', () => {
  const anna = { remoteName: 'Anna Schmidt' };

  it('says who and what happened', () => {
    expect(announcementText(t, { kind: 'state', call: call('a', 'active', anna) }, 'Office')).toBe(
      'Connected with Anna Schmidt.',
    );
    expect(announcementText(t, { kind: 'state', call: call('a', 'held', anna) }, 'Office')).toBe(
      'Call with Anna Schmidt on hold.',
    );
    expect(
      announcementText(
        t,
        {
          kind: 'state',
          call: call('a', 'ended', { end: { reason: 'busy', code: 486, text: 'Busy Here' } }),
        },
        'Office',
      ),
    ).toBe('Call with 2042 ended: Busy.');
  });

  it('names the account of a call ringing here, and call waiting as such', () => {
    const ringing = call('i', 'incoming', anna);
    expect(announcementText(t, { kind: 'incoming', call: ringing, waiting: false }, 'Office')).toBe(
      'Incoming call from Anna Schmidt via Office.',
    );
    expect(announcementText(t, { kind: 'incoming', call: ringing, waiting: true }, 'Office')).toBe(
      'Call waiting: Anna Schmidt via Office.',
    );
  });
});
