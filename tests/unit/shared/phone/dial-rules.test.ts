import { describe, expect, it } from 'vitest';
import type { DialRules } from '../../../../src/shared/phone/dial-rules';
import { applyDialRules, isExtension } from '../../../../src/shared/phone/dial-rules';

const plain: DialRules = {
  removeDialChars: ' -()/.',
  useCountryCode: false,
  defaultCountry: 'DE',
  prefix: '',
};

function dialled(input: string, rules: Partial<DialRules> = {}): string {
  const result = applyDialRules(input, { ...plain, ...rules });
  if (!result.ok) throw new Error(result.message);
  return result.target.kind === 'number'
    ? result.target.number
    : `${result.target.user}@${result.target.host}`;
}

describe('applyDialRules', () => {
  it('removes dial characters', () => {
    expect(dialled('(030) 123-45 67')).toBe('0301234567');
    expect(dialled('+49 30 / 123.45.67')).toBe('+49301234567');
    // Only the configured characters are removed: a space left in is refused, not silently dropped.
    expect(applyDialRules('0 30-12', { ...plain, removeDialChars: '-' })).toMatchObject({
      ok: false,
      problem: 'letters',
    });
  });

  it('does not dial the trunk prefix written in brackets after the country code (#13)', () => {
    for (const written of ['+49 (0)30 1234-5678', '+49(0)30 1234-5678', '+49 ( 0 ) 30 12345678']) {
      expect(dialled(written), written).toBe('+493012345678');
      expect(dialled(written, { useCountryCode: true }), written).toBe('+493012345678');
    }
    expect(dialled('0049 (0) 30 1234-5678')).toBe('00493012345678');
    expect(dialled('+43 (0)1 587 5678')).toBe('+4315875678');
    expect(dialled('+41 (0)44 668 18 00')).toBe('+41446681800');
    expect(dialled('+44 (0)20 7946 0958')).toBe('+442079460958');
    // Italy dials its leading 0 after +39 (libphonenumber has no trunk prefix for IT).
    expect(dialled('+39 (0)6 6982 1234')).toBe('+390669821234');
    // A bracketed 0 anywhere else is an ordinary digit.
    expect(dialled('030 (0) 1234')).toBe('03001234');
  });

  it('adds the default country code to national numbers, never to extensions', () => {
    expect(dialled('030 1234567', { useCountryCode: true })).toBe('+49301234567');
    expect(dialled('01 5123456', { useCountryCode: true, defaultCountry: 'AT' })).toBe('+4315123456');
    expect(dialled('201', { useCountryCode: true })).toBe('201');
    expect(dialled('+1 212 555 0100', { useCountryCode: true })).toBe('+12125550100');
  });

  it('puts the prefix before external numbers only', () => {
    expect(dialled('030 1234567', { prefix: '0' })).toBe('00301234567');
    expect(dialled('+49301234567', { prefix: '9' })).toBe('9+49301234567');
    expect(dialled('1001', { prefix: '0' })).toBe('1001');
    expect(dialled('*21#', { prefix: '0' })).toBe('*21#');
  });

  it('passes SIP addresses through without parameters or headers', () => {
    expect(applyDialRules('sip:alice@pbx.example.com;transport=udp?Subject=x', plain)).toEqual({
      ok: true,
      target: { kind: 'uri', user: 'alice', host: 'pbx.example.com', secure: false },
    });
    expect(applyDialRules('sips:1001@10.0.0.1:5061', plain)).toMatchObject({
      ok: true,
      target: { secure: true },
    });
    expect(dialled('bob@example.org')).toBe('bob@example.org');
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['0800-FLOWERS', 'letters'],
    ['12;34', 'letters'],
    ['1234\u0000', 'controlCharacters'],
    ['12\r\nVia: evil', 'controlCharacters'],
    ['\u202e1234', 'letters'],
    ['sip:@host', 'badUri'],
    ['sip:alice@', 'badUri'],
    ['sip:al ice@host', 'badUri'],
    ['sip:alice@ho<st>', 'badUri'],
    ['1'.repeat(40), 'tooLong'],
  ])('refuses %j as %s with a message', (input, problem) => {
    const result = applyDialRules(input, plain);
    expect(result).toMatchObject({ ok: false, problem, text: { key: `dial.${problem}` } });
    expect(result.ok ? '' : result.message).not.toBe('');
  });
});

describe('isExtension', () => {
  it.each([
    ['201', true],
    ['123456', true],
    ['1234567', false],
    ['0201', false],
    ['+49', false],
    ['*98', true],
  ])('%s → %s', (number, expected) => {
    expect(isExtension(number)).toBe(expected);
  });
});
