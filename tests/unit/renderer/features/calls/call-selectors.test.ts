import { describe, expect, it } from 'vitest';
import {
  activeCall,
  currentCall,
  incomingCalls,
  isEstablished,
  otherCalls,
} from '../../../../../src/renderer/features/calls/call-selectors';
import { call } from './call-fixtures';

describe('currentCall', () => {
  it('is the conversation in progress, the latest answered one if several', () => {
    const calls = [
      call('held', 'held', { answeredAt: 10 }),
      call('old', 'active', { answeredAt: 20 }),
      call('new', 'active', { answeredAt: 30 }),
      call('out', 'ringing', { startedAt: 40 }),
    ];
    expect(currentCall(calls)?.id).toBe('new');
  });

  it('is a call going out when nothing is active, then the latest held call', () => {
    expect(currentCall([call('h', 'held', { answeredAt: 5 }), call('o', 'dialing')])?.id).toBe('o');
    expect(
      currentCall([call('h1', 'held', { answeredAt: 5 }), call('h2', 'held', { answeredAt: 9 })])?.id,
    ).toBe('h2');
  });

  it('is never a call ringing here nor an ended call', () => {
    expect(currentCall([call('i', 'incoming'), call('e', 'ended')])).toBeUndefined();
  });

  it('stays on the active call while a held one is being resumed (main has not switched yet)', () => {
    const calls = [
      call('a', 'active', { answeredAt: 5, pending: 'hold' }),
      call('b', 'held', { pending: 'resume' }),
    ];
    expect(currentCall(calls)?.id).toBe('a');
  });
});

describe('otherCalls, incomingCalls, activeCall', () => {
  const calls = [
    call('i2', 'incoming', { startedAt: 50 }),
    call('cur', 'active', { startedAt: 30, answeredAt: 31 }),
    call('held', 'held', { startedAt: 10, answeredAt: 11 }),
    call('gone', 'ended', { startedAt: 20 }),
    call('i1', 'incoming', { startedAt: 40 }),
  ];

  it('lists the calls besides the current one and those ringing here, oldest first', () => {
    expect(otherCalls(calls, currentCall(calls)).map((c) => c.id)).toEqual(['held', 'gone']);
  });

  it('lists calls ringing here oldest first', () => {
    expect(incomingCalls(calls).map((c) => c.id)).toEqual(['i1', 'i2']);
  });

  it('finds the conversation a waiting call waits behind', () => {
    expect(activeCall(calls)?.id).toBe('cur');
    expect(activeCall([call('h', 'held'), call('i', 'incoming')])).toBeUndefined();
  });

  it('treats active and held calls as established', () => {
    expect(
      ['dialing', 'ringing', 'incoming', 'active', 'held', 'ended'].map((s) =>
        isEstablished(call('x', s as never)),
      ),
    ).toEqual([false, false, false, true, true, false]);
  });
});
