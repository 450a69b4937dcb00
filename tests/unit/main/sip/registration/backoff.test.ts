import { describe, expect, it } from 'vitest';
import { backoffDelay, defaultBackoff } from '../../../../../src/main/sip/registration/backoff';

const middle = () => 0.5; // no jitter
const low = () => 0; // -20%
const high = () => 0.999999; // +20%

describe('backoffDelay', () => {
  it('is 0 before any failure', () => {
    expect(backoffDelay(0, middle)).toBe(0);
  });

  it('doubles from 0.5 s and stops at 30 s', () => {
    const schedule = [1, 2, 3, 4, 5, 6, 7, 8, 20].map((n) => backoffDelay(n, middle));
    expect(schedule).toEqual([500, 1000, 2000, 4000, 8000, 16_000, 30_000, 30_000, 30_000]);
  });

  it('spreads each delay by ±20%', () => {
    expect(backoffDelay(1, low)).toBe(400);
    expect(backoffDelay(1, high)).toBe(600);
    expect(backoffDelay(10, low)).toBe(24_000);
    expect(backoffDelay(10, high)).toBe(36_000);
  });

  it('stays within bounds for any random value and huge failure counts', () => {
    for (let i = 0; i < 200; i++) {
      const delay = backoffDelay(1 + (i % 80), Math.random);
      expect(delay).toBeGreaterThanOrEqual(400);
      expect(delay).toBeLessThanOrEqual(defaultBackoff.maxMs * 1.2);
    }
    expect(backoffDelay(100_000, middle)).toBe(30_000);
  });

  it('takes other options', () => {
    expect(backoffDelay(3, middle, { initialMs: 100, maxMs: 250, factor: 3, jitter: 0 })).toBe(250);
  });

  it('stays under a ceiling, which gets the jitter downwards only', () => {
    expect(backoffDelay(2, middle, defaultBackoff, 1000)).toBe(900);
    expect(backoffDelay(10, low, defaultBackoff, 1000)).toBe(1000);
    expect(backoffDelay(10, high, defaultBackoff, 1000)).toBe(800);
    // below the ceiling the backoff is unchanged
    expect(backoffDelay(1, high, defaultBackoff, 1000)).toBe(600);
  });
});
