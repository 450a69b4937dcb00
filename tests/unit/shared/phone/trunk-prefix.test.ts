import { describe, expect, it } from 'vitest';
import { withoutBracketedTrunkPrefix } from '../../../../src/shared/phone/trunk-prefix';

describe('withoutBracketedTrunkPrefix', () => {
  it('drops "(0)" after the code of a country whose trunk prefix is 0', () => {
    expect(withoutBracketedTrunkPrefix('+49 (0)30 1234-5678')).toBe('+49 30 1234-5678');
    expect(withoutBracketedTrunkPrefix('+49(0)3012345678')).toBe('+49 3012345678');
    expect(withoutBracketedTrunkPrefix('0049 (0) 30 1234')).toBe('0049 30 1234');
    expect(withoutBracketedTrunkPrefix('+43 (0)1 587')).toBe('+43 1 587');
    expect(withoutBracketedTrunkPrefix('+41 (0)44 668')).toBe('+41 44 668');
    expect(withoutBracketedTrunkPrefix('+44 (0)20 7946')).toBe('+44 20 7946');
  });

  it('keeps the 0 as a digit where it is dialled after the country code, or where there is no such code', () => {
    expect(withoutBracketedTrunkPrefix('+39 (0)6 6982 1234')).toBe('+39 06 6982 1234');
    // +1 has the trunk prefix 1, not 0; +999 is no calling code.
    expect(withoutBracketedTrunkPrefix('+1 (0)212')).toBe('+1 0212');
    expect(withoutBracketedTrunkPrefix('+999 (0)12')).toBe('+999 012');
  });

  it('leaves everything else alone', () => {
    for (const text of ['030 (0) 1234', '+49 (30) 1234', '+49 30 (0)1234', 'sip:+49(0)30@pbx', '']) {
      expect(withoutBracketedTrunkPrefix(text)).toBe(text);
    }
  });
});
