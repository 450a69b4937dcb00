import { describe, expect, it } from 'vitest';
import { IncomingCallGuard } from '../../../../../src/main/sip/calls/incoming-call-guard';

function clock(start = 0): { now: () => number; advance(ms: number): void } {
  let time = start;
  return { now: () => time, advance: (ms) => (time += ms) };
}

describe('IncomingCallGuard', () => {
  it('lets calls ring up to the bound, then answers 486', () => {
    const guard = new IncomingCallGuard({ maxRinging: 2 });
    expect(guard.admit('a@x', 0)).toBeUndefined();
    expect(guard.admit('b@x', 1)).toBeUndefined();
    expect(guard.admit('c@x', 2)).toMatchObject({ statusCode: 486 });
  });

  it('limits one caller within the window and lets them call again after it', () => {
    const time = clock();
    const guard = new IncomingCallGuard({ perCallerLimit: 2, windowMs: 1000, now: time.now });
    expect(guard.admit('Eve@X', 0)).toBeUndefined();
    expect(guard.admit('eve@x', 0)).toBeUndefined();
    expect(guard.admit('eve@x', 0)?.reason).toMatch(/this caller/);
    expect(guard.admit('bob@x', 0)).toBeUndefined();
    time.advance(1001);
    expect(guard.admit('eve@x', 0)).toBeUndefined();
  });

  it('limits all callers together, and refused calls do not count', () => {
    const time = clock();
    const guard = new IncomingCallGuard({ totalLimit: 3, windowMs: 1000, now: time.now });
    for (let i = 0; i < 3; i++) expect(guard.admit(`c${i}@x`, 0)).toBeUndefined();
    for (let i = 0; i < 100; i++) expect(guard.admit(`flood${i}@x`, 0)).toMatchObject({ statusCode: 486 });
    time.advance(1001);
    expect(guard.admit('late@x', 0)).toBeUndefined();
  });

  it('a flood of 2,000 distinct callers admits only the total bound', () => {
    const guard = new IncomingCallGuard({ now: () => 0 });
    let admitted = 0;
    for (let i = 0; i < 2000; i++) if (!guard.admit(`u${i}@flood`, 0)) admitted++;
    expect(admitted).toBe(20);
  });
});
