import { describe, expect, it } from 'vitest';
import {
  ACCOUNT_WS_URL_KEY,
  accountSignallingIsCleartext,
  defaultLdapSecurity,
  isCleartextHttpUrl,
  isCleartextWebSocketUrl,
  ldapCleartextExposure,
} from '../../../../src/shared/security/cleartext';
import { findAccountField } from '../../../../src/shared/settings/registry';

describe('defaultLdapSecurity', () => {
  it('picks StartTLS for a bind with a DN or a password', () => {
    expect(defaultLdapSecurity({ bindDn: 'cn=phone', hasPassword: false })).toBe('starttls');
    expect(defaultLdapSecurity({ bindDn: '', hasPassword: true })).toBe('starttls');
    expect(defaultLdapSecurity({ port: 389, bindDn: 'cn=phone', hasPassword: true })).toBe('starttls');
  });

  it('picks LDAPS on port 636, bound or not', () => {
    expect(defaultLdapSecurity({ port: 636, bindDn: '', hasPassword: false })).toBe('ldaps');
    expect(defaultLdapSecurity({ port: 636, bindDn: 'cn=x', hasPassword: true })).toBe('ldaps');
  });

  it('keeps plain LDAP for an anonymous reader (a blank DN is anonymous)', () => {
    expect(defaultLdapSecurity({ bindDn: '  ', hasPassword: false })).toBe('none');
  });
});

describe('ldapCleartextExposure', () => {
  it('names the credentials when plain LDAP binds with a DN', () => {
    expect(ldapCleartextExposure({ security: 'none', bindDn: 'cn=phone' })).toBe('credentials');
  });

  it('names the entries for an anonymous plain connection', () => {
    expect(ldapCleartextExposure({ security: 'none', bindDn: '' })).toBe('entries');
  });

  it('is nothing once TLS is on', () => {
    expect(ldapCleartextExposure({ security: 'starttls', bindDn: 'cn=phone' })).toBeUndefined();
    expect(ldapCleartextExposure({ security: 'ldaps', bindDn: '' })).toBeUndefined();
  });
});

describe('cleartext URLs', () => {
  it('tells ws:// from wss://', () => {
    expect(isCleartextWebSocketUrl(' WS://pbx.lan:8088/ws')).toBe(true);
    expect(isCleartextWebSocketUrl('wss://pbx.example.com:8089/ws')).toBe(false);
    expect(isCleartextWebSocketUrl('')).toBe(false);
  });

  it('tells http:// from https:// and from an address without a scheme', () => {
    expect(isCleartextHttpUrl('http://pbx/prov')).toBe(true);
    expect(isCleartextHttpUrl('https://pbx/prov')).toBe(false);
    expect(isCleartextHttpUrl('pbx.example.com')).toBe(false);
  });

  it('reads the account’s WebSocket server, an existing account setting', () => {
    expect(findAccountField(ACCOUNT_WS_URL_KEY)).toBeDefined();
    expect(accountSignallingIsCleartext({ [ACCOUNT_WS_URL_KEY]: 'ws://10.0.0.5:8088/ws' })).toBe(true);
    expect(accountSignallingIsCleartext({ [ACCOUNT_WS_URL_KEY]: 'wss://pbx:8089/ws' })).toBe(false);
    // empty: main derives a wss:// address from the domain
    expect(accountSignallingIsCleartext({ [ACCOUNT_WS_URL_KEY]: '', 'credentials.domain': 'pbx' })).toBe(
      false,
    );
    expect(accountSignallingIsCleartext({})).toBe(false);
  });
});
