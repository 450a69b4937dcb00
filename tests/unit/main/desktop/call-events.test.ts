import { describe, expect, it } from 'vitest';
import { CallEventDeriver, callsInProgress } from '../../../../src/main/desktop/call-events';
import { call } from './fakes';

describe('CallEventDeriver', () => {
  it('reports a ringing call once, then its end and a miss', () => {
    const deriver = new CallEventDeriver();
    expect(deriver.next([call({ id: 'c1' })])).toEqual([
      { type: 'incomingCall', callId: 'c1', remoteNumber: '+4930123', remoteName: 'Alice' },
    ]);
    expect(deriver.next([call({ id: 'c1' })])).toEqual([]);
    expect(deriver.next([call({ id: 'c1', state: 'ended', end: { reason: 'missed' } })])).toEqual([
      { type: 'incomingCallEnded', callId: 'c1' },
      { type: 'missedCall', callId: 'c1', remoteNumber: '+4930123', remoteName: 'Alice' },
    ]);
    expect(deriver.next([call({ id: 'c1', state: 'ended', end: { reason: 'missed' } })])).toEqual([]);
    expect(deriver.next([])).toEqual([]);
  });

  it('closes without a miss when answered, and when a ringing call vanishes', () => {
    const deriver = new CallEventDeriver();
    deriver.next([call({ id: 'c1' }), call({ id: 'c2' })]);
    expect(deriver.next([call({ id: 'c1', state: 'active' })])).toEqual([
      { type: 'incomingCallEnded', callId: 'c1' },
      { type: 'incomingCallEnded', callId: 'c2' },
    ]);
    expect(deriver.next([call({ id: 'c1', state: 'ended', end: { reason: 'remoteHangup' } })])).toEqual([]);
  });

  it('ignores outgoing calls', () => {
    const deriver = new CallEventDeriver();
    expect(deriver.next([call({ id: 'o1', direction: 'outgoing', state: 'ringing' })])).toEqual([]);
    expect(
      deriver.next([call({ id: 'o1', direction: 'outgoing', state: 'ended', end: { reason: 'failed' } })]),
    ).toEqual([]);
  });

  it('counts calls in progress', () => {
    expect(
      callsInProgress([
        call({ id: 'a' }),
        call({ id: 'b', state: 'ended' }),
        call({ id: 'c', state: 'held' }),
      ]),
    ).toBe(2);
  });
});
