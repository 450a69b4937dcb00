import { describe, expect, it } from 'vitest';
import {
  cleanNumber,
  lookupKeys,
  normalizeNumber,
  searchDigitsOf,
} from '../../../../../src/main/contacts/search/phone-number-key';

describe('phone number keys', () => {
  it('gives national, international and spaced forms of one number the same E.164 key', () => {
    for (const form of [
      '+49301234567',
      '0301234567',
      '030 1234567',
      '+49 (30) 123-4567',
      '0049 30 1234567',
    ]) {
      expect(normalizeNumber(form, 'DE'), form).toBe('+49301234567');
    }
  });

  it('drops the bracketed trunk prefix after the country code, except where the 0 is dialled (#13)', () => {
    expect(cleanNumber('+49 (0)30 1234-5678')).toBe('+493012345678');
    expect(cleanNumber('0049 (0) 30 1234-5678')).toBe('00493012345678');
    expect(cleanNumber('+39 (0)6 6982 1234')).toBe('+390669821234');
    // A number libphonenumber cannot validate keeps its digits as key: still without the trunk 0.
    expect(normalizeNumber('+49 (0)30 12', 'DE')).toBe('+493012');
    expect(lookupKeys('+44 (0)20 7946 0958', 'DE')).toEqual(['+442079460958']);
  });

  it('keeps short internal extensions as digits, whatever the country', () => {
    expect(normalizeNumber('201', 'DE')).toBe('201');
    expect(normalizeNumber('sip:201@pbx.example', 'DE')).toBe('201');
    expect(normalizeNumber('**21#', 'DE')).toBe('**21#');
  });

  it('reads national numbers with the given default country', () => {
    expect(normalizeNumber('(212) 555-0123', 'US')).toBe('+12125550123');
    expect(normalizeNumber('030 1234567', 'de')).toBe('+49301234567');
  });

  it('falls back to digits for unplaceable numbers and unknown countries', () => {
    expect(normalizeNumber('0301234567', 'XX')).toBe('0301234567');
    expect(normalizeNumber('12345678901234567890', 'DE')).toBe('12345678901234567890');
    expect(normalizeNumber('abc', 'DE')).toBe('');
    expect(cleanNumber('+')).toBe('');
  });

  it('offers E.164, the digits as sent and the national form as lookup keys', () => {
    expect(lookupKeys('+49 30 1234567', 'DE')).toEqual(['+49301234567', '0301234567']);
    expect(lookupKeys('201', 'DE')).toEqual(['201']);
  });

  it('indexes as typed, international and national digits for contains search', () => {
    expect(searchDigitsOf('+49 30 1234567', 'DE')).toBe('49301234567 0301234567');
    expect(searchDigitsOf('201', 'DE')).toBe('201');
  });
});
