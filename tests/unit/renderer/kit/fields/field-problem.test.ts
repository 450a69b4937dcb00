import { describe, expect, it } from 'vitest';
import type { SettingField } from '../../../../../src/shared/settings/field';
import { findProblem } from '../../../../../src/renderer/kit/fields/field-problem';

const textKey = 'test.x';
const host: SettingField = {
  kind: 'string',
  key: 'server',
  textKey,
  format: 'hostPort',
  optional: true,
  maxLength: 30,
  default: '',
};
const name: SettingField = {
  kind: 'string',
  key: 'name',
  textKey,
  format: 'text',
  optional: false,
  maxLength: 5,
  default: 'a',
};
const port: SettingField = { kind: 'integer', key: 'port', textKey, min: 1, max: 65535, default: 3478 };
const theme: SettingField = {
  kind: 'enum',
  key: 'theme',
  textKey,
  default: 'system',
  options: [{ value: 'system' }, { value: 'dark' }],
};
const codecs: SettingField = {
  kind: 'orderedList',
  key: 'codecs',
  textKey,
  default: ['opus'],
  options: [{ value: 'opus' }, { value: 'pcma' }],
};
const numbers: SettingField = {
  kind: 'stringList',
  key: 'numbers',
  textKey,
  format: 'phone',
  maxItems: 2,
  default: [],
};

describe('findProblem', () => {
  it('accepts values the field schema accepts', () => {
    expect(findProblem(host, 'stun.example.com:3478')).toBeUndefined();
    expect(findProblem(host, '')).toBeUndefined();
    expect(findProblem(port, 5060)).toBeUndefined();
    expect(findProblem(codecs, ['pcma', 'opus'])).toBeUndefined();
    expect(findProblem(numbers, ['+49 30 1234'])).toBeUndefined();
  });

  it('explains a bad host with the format, a long or empty text with its limit', () => {
    expect(findProblem(host, 'not a host')).toEqual({ key: 'hostPort' });
    expect(findProblem(host, 'a'.repeat(31))).toEqual({ key: 'tooLong', params: { max: 30 } });
    expect(findProblem(name, '')).toEqual({ key: 'empty' });
    expect(findProblem(name, 'a\u0007')).toEqual({ key: 'control' });
  });

  it('gives the range for integers, including empty input (NaN) and fractions', () => {
    const range = { key: 'wholeNumber', params: { min: 1, max: 65535 } };
    expect(findProblem(port, 0)).toEqual(range);
    expect(findProblem(port, Number.NaN)).toEqual(range);
    expect(findProblem(port, 1.5)).toEqual(range);
  });

  it('refuses unknown options and repeated list entries', () => {
    expect(findProblem(theme, 'neon')).toEqual({ key: 'option' });
    expect(findProblem(codecs, ['opus', 'opus'])).toEqual({ key: 'duplicate' });
    expect(findProblem(codecs, ['g729'])).toEqual({ key: 'option' });
  });

  it('checks string lists by size and by each entry', () => {
    expect(findProblem(numbers, ['1', '2', '3'])).toEqual({ key: 'tooMany', params: { max: 2 } });
    expect(findProblem(numbers, ['1', 'abc'])).toEqual({ key: 'phone' });
  });
});
