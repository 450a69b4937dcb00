import { describe, expect, it } from 'vitest';
import { dtmfToneFromKey, isTextEntry } from '../../../../../src/renderer/features/calls/dtmf-keys';

const press = (
  key: string,
  extra: Partial<Record<'ctrlKey' | 'altKey' | 'metaKey' | 'repeat', boolean>> = {},
) => dtmfToneFromKey({ key, ctrlKey: false, altKey: false, metaKey: false, repeat: false, ...extra });

describe('dtmfToneFromKey', () => {
  it('sends digits, * and # (also from the number pad, which reports the same keys)', () => {
    expect([...'0123456789*#'].map((key) => press(key))).toEqual([...'0123456789*#']);
  });

  it('ignores letters, A-D included, and other keys', () => {
    for (const key of ['a', 'A', 'D', '+', 'Enter', ' ', 'F5', 'Escape', '/'])
      expect(press(key), key).toBeUndefined();
  });

  it('leaves shortcuts and auto-repeat alone', () => {
    expect(press('1', { ctrlKey: true })).toBeUndefined();
    expect(press('1', { altKey: true })).toBeUndefined();
    expect(press('1', { metaKey: true })).toBeUndefined();
    expect(press('1', { repeat: true })).toBeUndefined();
  });
});

describe('isTextEntry', () => {
  it('is false for anything that is not an element (and outside a DOM)', () => {
    expect(isTextEntry(null)).toBe(false);
    expect(isTextEntry({} as EventTarget)).toBe(false);
  });
});
