import { describe, expect, it } from 'vitest';
import { LogThrottle } from '../../../../src/main/log/log-throttle';

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
