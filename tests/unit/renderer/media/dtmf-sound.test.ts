import { describe, expect, it } from 'vitest';
import { dtmfFrequencies } from '../../../../src/renderer/media/dtmf-sound';

describe('DTMF key sounds', () => {
  it('uses the ITU-T Q.23 row and column frequencies', () => {
    expect(dtmfFrequencies('1')).toEqual([697, 1209]);
    expect(dtmfFrequencies('5')).toEqual([770, 1336]);
    expect(dtmfFrequencies('9')).toEqual([852, 1477]);
    expect(dtmfFrequencies('*')).toEqual([941, 1209]);
    expect(dtmfFrequencies('0')).toEqual([941, 1336]);
    expect(dtmfFrequencies('#')).toEqual([941, 1477]);
    expect(dtmfFrequencies('A')).toEqual([697, 1633]);
    expect(dtmfFrequencies('d')).toEqual([941, 1633]);
  });

  it('has no sound for other characters', () => {
    expect(dtmfFrequencies('')).toBeUndefined();
    expect(dtmfFrequencies('x')).toBeUndefined();
    expect(dtmfFrequencies('12')).toBeUndefined();
  });
});
