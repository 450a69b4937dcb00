import { describe, expect, it } from 'vitest';
import { blfDialRequest, blfKeyName } from '../../../../../src/renderer/features/blf/blf-dial';

const key = {
  id: 1,
  label: 'Reception',
  target: '100',
  accountId: 'acc-1',
  provisioned: true,
  lamp: 'off' as const,
};

describe('BLF keys', () => {
  it('dial the target on the key’s account, on main’s default when it names none', () => {
    expect(blfDialRequest(key)).toEqual({ target: '100', accountId: 'acc-1' });
    expect(blfDialRequest({ ...key, accountId: '' })).toEqual({ target: '100', accountId: undefined });
  });

  it('show the target when the label is empty', () => {
    expect(blfKeyName(key)).toBe('Reception');
    expect(blfKeyName({ ...key, label: ' ' })).toBe('100');
  });
});
