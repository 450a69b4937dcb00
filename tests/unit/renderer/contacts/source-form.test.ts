import { describe, expect, it } from 'vitest';
import { contactSourceConfigSchema } from '../../../../src/shared/contract';
import {
  formFieldOf,
  sourceConfigOf,
  sourceFormValues,
} from '../../../../src/renderer/features/settings/contact-sources/source-form';

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
});
