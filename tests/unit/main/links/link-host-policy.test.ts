import { describe, expect, it } from 'vitest';
import { checkLinkAddress, comparableHost, isAccountHost } from '../../../../src/main/links/link-host-policy';

describe('comparableHost', () => {
  it.each([
    ['example.com', 'example.com'],
    ['PBX.Example.COM', 'pbx.example.com'],
    ['pbx.example.com.', 'pbx.example.com'],
    ['pbx.example.com:5061', 'pbx.example.com'],
    ['PBX.example.com.:5061', 'pbx.example.com'],
    ['10.0.0.1:5060', '10.0.0.1'],
    ['[2001:DB8::1]', '[2001:db8::1]'],
    ['[2001:db8::1]:5061', '[2001:db8::1]'],
    [' example.com ', 'example.com'],
  ])('%s → %s', (input, expected) => {
    expect(comparableHost(input)).toBe(expected);
  });
});

describe('isAccountHost', () => {
  it('is the same host whatever the case, a trailing dot or the port', () => {
    expect(isAccountHost('example.com', 'example.com')).toBe(true);
    expect(isAccountHost('EXAMPLE.com', 'example.COM')).toBe(true);
    expect(isAccountHost('example.com.', 'example.com')).toBe(true);
    expect(isAccountHost('example.com', 'example.com.')).toBe(true);
    expect(isAccountHost('example.com:5080', 'example.com:5060')).toBe(true);
    expect(isAccountHost('127.0.0.1', '127.0.0.1:5060')).toBe(true);
    expect(isAccountHost('[2001:db8::1]:5061', '[2001:DB8::1]')).toBe(true);
  });

  it('counts subdomains, parent domains and look-alike names as other hosts', () => {
    expect(isAccountHost('evil.example.com', 'example.com')).toBe(false);
    expect(isAccountHost('example.com', 'pbx.example.com')).toBe(false);
    expect(isAccountHost('example.com.evil.net', 'example.com')).toBe(false);
    expect(isAccountHost('examp1e.com', 'example.com')).toBe(false);
    expect(isAccountHost('example.co', 'example.com')).toBe(false);
    expect(isAccountHost('10.0.0.10', '10.0.0.1')).toBe(false);
  });

  it('never matches an empty account domain', () => {
    expect(isAccountHost('', '')).toBe(false);
    expect(isAccountHost('example.com', '')).toBe(false);
    expect(isAccountHost('.', '.')).toBe(false);
  });
});

describe('checkLinkAddress', () => {
  const address = { user: 'alice', host: 'evil.example.net' };

  it('names the account domain it compared with', () => {
    expect(checkLinkAddress(address, { id: 'a', domain: 'example.com' })).toEqual({
      user: 'alice',
      host: 'evil.example.net',
      accountDomain: 'example.com',
      outside: true,
    });
    expect(
      checkLinkAddress({ user: 'bob', host: 'example.com' }, { id: 'a', domain: 'example.com' }),
    ).toEqual({
      user: 'bob',
      host: 'example.com',
      accountDomain: 'example.com',
      outside: false,
    });
  });

  it('is outside when no account can tell', () => {
    expect(checkLinkAddress(address, undefined)).toEqual({ ...address, outside: true });
  });
});
