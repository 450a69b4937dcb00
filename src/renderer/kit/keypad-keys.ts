export interface KeypadKey {
  /** The character the key appends. */
  value: string;
  /** Letters printed under the digit, as on a phone. */
  letters: string;
  /** Suffix of the key's data-testid: `keypad-<testId>`. */
  testId: string;
}

export const keypadKeys: readonly KeypadKey[] = [
  { value: '1', letters: '', testId: '1' },
  { value: '2', letters: 'ABC', testId: '2' },
  { value: '3', letters: 'DEF', testId: '3' },
  { value: '4', letters: 'GHI', testId: '4' },
  { value: '5', letters: 'JKL', testId: '5' },
  { value: '6', letters: 'MNO', testId: '6' },
  { value: '7', letters: 'PQRS', testId: '7' },
  { value: '8', letters: 'TUV', testId: '8' },
  { value: '9', letters: 'WXYZ', testId: '9' },
  { value: '*', letters: '', testId: 'star' },
  { value: '0', letters: '+', testId: '0' },
  { value: '#', letters: '', testId: 'hash' },
];

/**
 * A key's name for screen readers. It contains what the key shows ("2 ABC", "0 +"), as WCAG 2.5.3
 * (label in name) asks, so voice control users can say what they see; * and # add their spoken names.
 */
export function keypadKeyName(key: KeypadKey, names: { star: string; hash: string }): string {
  if (key.value === '*') return `* ${names.star}`;
  if (key.value === '#') return `# ${names.hash}`;
  return key.letters === '' ? key.value : `${key.value} ${key.letters}`;
}
