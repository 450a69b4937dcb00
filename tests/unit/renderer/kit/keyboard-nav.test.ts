import { describe, expect, it } from 'vitest';
import {
  dialCharFromKey,
  gridIndexAfterKey,
  isAnswerShortcut,
} from '../../../../src/renderer/kit/keyboard-nav';

const plain = { ctrlKey: false, altKey: false, metaKey: false };

describe('dialCharFromKey', () => {
  it('takes digits, * # and + typed anywhere', () => {
    expect(['0', '5', '9', '*', '#', '+'].map((key) => dialCharFromKey({ ...plain, key }))).toEqual([
      '0',
      '5',
      '9',
      '*',
      '#',
      '+',
    ]);
  });
  it('leaves letters and shortcuts alone', () => {
    expect(dialCharFromKey({ ...plain, key: 'a' })).toBeUndefined();
    expect(dialCharFromKey({ ...plain, key: '1', ctrlKey: true })).toBeUndefined();
    expect(dialCharFromKey({ ...plain, key: '2', altKey: true })).toBeUndefined();
  });
});

describe('gridIndexAfterKey (the keypad, 3 wide, 12 keys)', () => {
  it('moves by arrows and stops at the edges', () => {
    expect(gridIndexAfterKey(4, 'ArrowRight', 3, 12)).toBe(5);
    expect(gridIndexAfterKey(4, 'ArrowLeft', 3, 12)).toBe(3);
    expect(gridIndexAfterKey(4, 'ArrowUp', 3, 12)).toBe(1);
    expect(gridIndexAfterKey(4, 'ArrowDown', 3, 12)).toBe(7);
    expect(gridIndexAfterKey(1, 'ArrowUp', 3, 12)).toBe(1);
    expect(gridIndexAfterKey(10, 'ArrowDown', 3, 12)).toBe(10);
    expect(gridIndexAfterKey(11, 'ArrowRight', 3, 12)).toBe(11);
    expect(gridIndexAfterKey(0, 'ArrowLeft', 3, 12)).toBe(0);
  });
  it('Home and End go to the first and last key; other keys are not its business', () => {
    expect(gridIndexAfterKey(6, 'Home', 3, 12)).toBe(0);
    expect(gridIndexAfterKey(6, 'End', 3, 12)).toBe(11);
    expect(gridIndexAfterKey(6, 'Enter', 3, 12)).toBeUndefined();
  });
});

describe('isAnswerShortcut', () => {
  it('is Ctrl+Shift+Enter or Cmd+Shift+Enter, not a plain Enter', () => {
    const enter = { key: 'Enter', ctrlKey: false, metaKey: false, altKey: false, shiftKey: false };
    expect(isAnswerShortcut(enter)).toBe(false);
    expect(isAnswerShortcut({ ...enter, ctrlKey: true, shiftKey: true })).toBe(true);
    expect(isAnswerShortcut({ ...enter, metaKey: true, shiftKey: true })).toBe(true);
    expect(isAnswerShortcut({ ...enter, ctrlKey: true })).toBe(false);
  });
});
