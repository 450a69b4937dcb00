import { describe, expect, it } from 'vitest';
import { LogThrottle, RepeatedLineThrottle } from '../../../../src/main/log/log-throttle';

describe('LogThrottle', () => {
  it('writes the first line, then one per interval saying how many were left out', () => {
    let time = 0;
    const lines: string[] = [];
    const throttle = new LogThrottle(1000, () => time);
    for (let i = 0; i < 5; i++) throttle.log((line) => lines.push(line), `refused ${i}`);
    time = 1000;
    throttle.log((line) => lines.push(line), 'refused 5');
    time = 3000;
    throttle.log((line) => lines.push(line), 'refused 6');
    expect(lines).toEqual([
      'refused 0',
      'refused 5 (and 4 more like it since the last such line)',
      'refused 6',
    ]);
  });
});

describe('RepeatedLineThrottle', () => {
  it('writes a repeated line once per interval with the count, and a different one at once', () => {
    let now = 0;
    const lines: string[] = [];
    const throttle = new RepeatedLineThrottle(30_000, () => now);
    const write = (line: string): void => void lines.push(line);
    for (let second = 0; second < 65; second++) {
      now = second * 1000;
      throttle.log(write, 'refused', `refused; trying again in 1.0 s (${second})`);
    }
    expect(lines).toEqual([
      'refused; trying again in 1.0 s (0)',
      'refused; trying again in 1.0 s (30) (and 29 more like it since the last such line)',
      'refused; trying again in 1.0 s (60) (and 29 more like it since the last such line)',
    ]);
    now += 100;
    throttle.log(write, 'timeout', 'timeout; trying again in 2.0 s');
    expect(lines.at(-1)).toBe('timeout; trying again in 2.0 s');
  });
});
