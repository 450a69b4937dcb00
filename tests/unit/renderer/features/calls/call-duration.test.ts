import { describe, expect, it } from 'vitest';
import { connectedMs, formatDuration } from '../../../../../src/renderer/features/calls/call-duration';

describe('formatDuration', () => {
  it('shows m:ss below an hour', () => {
    expect(formatDuration(0)).toBe('0:00');
    expect(formatDuration(7_999)).toBe('0:07');
    expect(formatDuration(83_000)).toBe('1:23');
    expect(formatDuration(59 * 60_000 + 59_000)).toBe('59:59');
  });

  it('shows h:mm:ss from an hour on', () => {
    expect(formatDuration(3_600_000)).toBe('1:00:00');
    expect(formatDuration(3_725_000)).toBe('1:02:05');
    expect(formatDuration(26 * 3_600_000)).toBe('26:00:00');
  });

  it('counts a negative span (clock skew) as zero', () => {
    expect(formatDuration(-5_000)).toBe('0:00');
  });
});

describe('connectedMs', () => {
  it('is undefined for a call that was never answered', () => {
    expect(connectedMs({ endedAt: 9_000 }, 10_000)).toBeUndefined();
  });

  it('runs until now while the call is up and stops when it ended', () => {
    expect(connectedMs({ answeredAt: 1_000 }, 61_000)).toBe(60_000);
    expect(connectedMs({ answeredAt: 1_000, endedAt: 31_000 }, 61_000)).toBe(30_000);
  });
});
