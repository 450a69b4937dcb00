import { describe, expect, it } from 'vitest';
import type { ContactSourceView } from '../../../../../../src/shared/contract';
import { contactSourceConfigSchema } from '../../../../../../src/shared/contract';
import {
  formCleartextExposure,
  formFieldOf,
  sourceCleartextExposure,
  sourceConfigOf,
  sourceFormValues,
  withDefaultSecurity,
} from '../../../../../../src/renderer/features/settings/contact-sources/source-form';

describe('contact source form', () => {
  it('builds an LDAP config main accepts, the port optional', () => {
    const values = {
      ...sourceFormValues('Directory', undefined),
      host: ' ldap.example.com ',
      baseDn: 'dc=example',
    };
    const result = sourceConfigOf('ldap', values);
    expect(result).toEqual({
      config: {
        kind: 'ldap',
        host: 'ldap.example.com',
        security: 'none',
        ignoreCertificate: false,
        bindDn: '',
        baseDn: 'dc=example',
        resultLimit: 50,
        attributePreset: 'inetOrgPerson',
      },
    });
    if ('config' in result) expect(contactSourceConfigSchema.safeParse(result.config).success).toBe(true);
  });

  it('round-trips an existing config through the form', () => {
    const config = {
      kind: 'xml' as const,
      location: 'https://pbx/phonebook.xml',
      auth: 'basic' as const,
      userName: 'u',
      refreshMinutes: 15,
    };
    expect(sourceConfigOf('xml', sourceFormValues('Phonebook', config))).toEqual({ config });
  });

  it('names the field to fix', () => {
    const values = sourceFormValues('Directory', undefined);
    expect(sourceConfigOf('ldap', values)).toEqual({ problem: { field: 'host', problem: 'required' } });
    expect(sourceConfigOf('ldap', { ...values, host: 'h', port: '70000' })).toEqual({
      problem: { field: 'port', problem: 'port' },
    });
    expect(sourceConfigOf('google', { ...values, refreshMinutes: '-1' })).toEqual({
      problem: { field: 'refreshMinutes', problem: 'refreshMinutes' },
    });
    expect(sourceConfigOf('windows', { ...values, name: ' ' })).toEqual({
      problem: { field: 'name', problem: 'required' },
    });
  });

  it('maps main’s error fields onto the form', () => {
    expect(formFieldOf('config.host')).toBe('host');
    expect(formFieldOf('name')).toBe('name');
    expect(formFieldOf('config.kind')).toBeUndefined();
  });

  it('follows the default security for a new LDAP source: StartTLS once it binds, LDAPS on 636', () => {
    const blank = { ...sourceFormValues('Directory', undefined), host: 'dir' };
    expect(withDefaultSecurity(blank, false).security).toBe('none');
    expect(withDefaultSecurity({ ...blank, bindDn: 'cn=phone' }, false).security).toBe('starttls');
    expect(withDefaultSecurity({ ...blank, secret: 'pw' }, false).security).toBe('starttls');
    expect(withDefaultSecurity(blank, true).security).toBe('starttls');
    expect(withDefaultSecurity({ ...blank, port: '636', bindDn: 'cn=phone' }, false).security).toBe('ldaps');
    // the bind DN cleared again: back to plain for an anonymous reader
    const bound = withDefaultSecurity({ ...blank, bindDn: 'cn=phone' }, false);
    expect(withDefaultSecurity({ ...bound, bindDn: '' }, false).security).toBe('none');
  });

  it('says what plain LDAP exposes, in the form and on a saved source', () => {
    const values = { ...sourceFormValues('Directory', undefined), host: 'dir', security: 'none' as const };
    expect(formCleartextExposure({ ...values, bindDn: 'cn=phone' })).toBe('credentials');
    expect(formCleartextExposure(values)).toBe('entries');
    expect(formCleartextExposure({ ...values, security: 'starttls' })).toBeUndefined();
    const result = sourceConfigOf('ldap', { ...values, bindDn: 'cn=phone' });
    if (!('config' in result)) throw new Error('expected a config');
    const source = { kind: 'ldap', config: result.config } as ContactSourceView;
    expect(sourceCleartextExposure(source)).toBe('credentials');
    const xml = { kind: 'xml', location: 'http://pb', auth: 'none', userName: '', refreshMinutes: 60 };
    expect(sourceCleartextExposure({ kind: 'xml', config: xml } as ContactSourceView)).toBeUndefined();
  });
});
