import { describe, expect, it } from 'vitest';
import { clip, refusal, terminationOf } from '../../../../../src/main/sip/subscription/subscription-ending';

describe('terminationOf', () => {
  it('is undefined while the subscription lives', () => {
    expect(terminationOf(undefined)).toBeUndefined();
    expect(terminationOf({ state: 'active' })).toBeUndefined();
    expect(terminationOf({ state: 'pending', reason: 'timeout' })).toBeUndefined();
  });

  it('retries at once after deactivated or timeout (RFC 6665 §4.1.3)', () => {
    expect(terminationOf({ state: 'terminated', reason: 'Deactivated' })).toEqual({
      kind: 'retry',
      reason: 'The PBX ended the subscription (deactivated)',
    });
    expect(terminationOf({ state: 'TERMINATED', reason: 'timeout' })).toEqual({
      kind: 'retry',
      reason: 'The PBX ended the subscription (timeout)',
    });
  });

  it('retries after the retry-after of probation or giveup, when it is a number', () => {
    expect(
      terminationOf({ state: 'terminated', reason: 'giveup', params: { 'retry-after': '120' } }),
    ).toEqual({
      kind: 'retry',
      reason: 'The PBX ended the subscription (giveup)',
      retryAfterSeconds: 120,
    });
    expect(
      terminationOf({ state: 'terminated', reason: 'probation', params: { 'retry-after': 'soon' } }),
    ).toEqual({
      kind: 'retry',
      reason: 'The PBX ended the subscription (probation)',
    });
  });

  it('fails for rejected, noresource, unknown or missing reasons', () => {
    expect(terminationOf({ state: 'terminated', reason: 'rejected' })).toEqual({
      kind: 'failed',
      reason: 'The PBX ended the subscription (rejected)',
      text: { key: 'subscription.endedWith', params: { reason: 'rejected' } },
    });
    expect(terminationOf({ state: 'terminated', reason: 'noresource' })?.kind).toBe('failed');
    expect(terminationOf({ state: 'terminated', reason: 'whatever' })?.kind).toBe('failed');
    expect(terminationOf({ state: 'terminated' })).toEqual({
      kind: 'failed',
      reason: 'The PBX ended the subscription',
      text: { key: 'subscription.ended', params: {} },
    });
  });
});

describe('refusal', () => {
  it('names the status of the SUBSCRIBE or of its refresh', () => {
    expect(refusal({ statusCode: 489, reasonPhrase: 'Bad Event' })).toEqual({
      kind: 'failed',
      reason: 'The PBX refused the subscription (489 Bad Event)',
      text: { key: 'subscription.refused', params: { status: '489 Bad Event' } },
    });
    expect(refusal({ statusCode: 403, reasonPhrase: 'Forbidden' }, true).reason).toBe(
      'The PBX refused to renew the subscription (403 Forbidden)',
    );
  });
});

describe('clip', () => {
  it('makes network text printable and short', () => {
    expect(clip('a\r\nb\u0000c\u007f')).toBe('a  b c ');
    const long = clip('x'.repeat(500));
    expect(long).toHaveLength(120);
    expect(long.endsWith('…')).toBe(true);
  });
});
