// Provisioned LDAP sources: the security default when the server gives none (issue #10).
import { describe, expect, it } from 'vitest';
import { planProvisionedSources } from '../../../../../src/main/contacts/sources/provisioned-sources';
import { SourceRecords } from '../../../../../src/main/contacts/sources/source-records';
import { openDatabase } from '../../../../../src/main/db/database';
import { silentLogger } from '../../../../../src/main/log/logger';
import type { ProvisionedContactSource } from '../../../../../src/main/contacts/sources/provisioned-contact-source';
import { parseDeviceKeyValue } from '../../../../../src/main/provisioning/format/device-keyvalue';
import { ContractError } from '../../../../../src/shared/contract';

const ldap = {
  kind: 'ldap',
  host: 'dir.example.com',
  ignoreCertificate: false,
  bindDn: '',
  baseDn: 'dc=example,dc=com',
  resultLimit: 50,
  attributePreset: 'inetOrgPerson',
};

function planned(source: Omit<ProvisionedContactSource, 'key' | 'name'>): Record<string, unknown> {
  const records = new SourceRecords(openDatabase(':memory:'), silentLogger);
  const plan = planProvisionedSources(records, [{ key: 'dir', name: 'Directory', ...source }]);
  return plan.upserts[0]?.record.config as unknown as Record<string, unknown>;
}

describe('planProvisionedSources: LDAP security', () => {
  it('uses StartTLS when a bind password is provisioned without a security', () => {
    expect(planned({ config: ldap, secret: 'bind-secret' })).toMatchObject({ security: 'starttls' });
  });

  it('uses StartTLS for a bind DN, LDAPS on port 636', () => {
    expect(planned({ config: { ...ldap, bindDn: 'cn=phone' } }).security).toBe('starttls');
    expect(planned({ config: { ...ldap, port: 636 }, secret: 's' }).security).toBe('ldaps');
  });

  it('keeps plain LDAP for an anonymous reader', () => {
    expect(planned({ config: ldap }).security).toBe('none');
  });

  it('keeps an explicit none, even with a password', () => {
    expect(planned({ config: { ...ldap, security: 'none' }, secret: 'bind-secret' }).security).toBe('none');
  });

  it('takes host, port and LDAPS from an ldaps:// address', () => {
    expect(planned({ config: { ...ldap, host: 'ldaps://dir.example.com:1636' } })).toMatchObject({
      host: 'dir.example.com',
      port: 1636,
      security: 'ldaps',
    });
    expect(planned({ config: { ...ldap, host: 'ldap://[2001:db8::1]' }, secret: 's' })).toMatchObject({
      host: '2001:db8::1',
      security: 'starttls',
    });
  });

  it('refuses an address whose scheme contradicts the security', () => {
    expect(() => planned({ config: { ...ldap, host: 'ldaps://dir.example.com', security: 'none' } })).toThrow(
      ContractError,
    );
    expect(() => planned({ config: { ...ldap, host: 'ldap://dir.example.com', security: 'ldaps' } })).toThrow(
      /ldap:\/\/ address but config.security is "ldaps"/,
    );
  });

  it('refuses a contradicting scheme, a bad config and the local kind with catalogue codes', () => {
    const refusal = (source: Omit<ProvisionedContactSource, 'key' | 'name'>) => {
      try {
        planned(source);
      } catch (error) {
        return (error as ContractError).toData();
      }
      return expect.fail('not refused');
    };
    expect(refusal({ config: { ...ldap, host: 'ldap://dir.example.com', security: 'ldaps' } })).toEqual({
      code: 'VALIDATION',
      message:
        'contact source "dir": config.host is an ldap:// address but config.security is "ldaps"; make them agree.',
      field: 'contactSources[dir].config.security',
      text: {
        key: 'contactSources.provisionedLdapScheme',
        params: { key: 'dir', scheme: 'ldap', security: '"ldaps"' },
      },
    });
    expect(refusal({ config: { ...ldap, resultLimit: 'many' } })).toMatchObject({
      field: 'contactSources[dir].config.resultLimit',
      text: { key: 'contactSources.provisionedInvalid', params: { key: 'dir', path: 'config.resultLimit' } },
    });
    expect(refusal({ config: { kind: 'local' } })).toMatchObject({
      message: 'contact source "dir": the local address book cannot be provisioned.',
      text: { key: 'contactSources.provisionedLocal', params: { key: 'dir' } },
    });
  });

  it('refuses a provisioned source that changed its kind, by code', () => {
    const records = new SourceRecords(openDatabase(':memory:'), silentLogger);
    const first = planProvisionedSources(records, [{ key: 'dir', name: 'Directory', config: ldap }]);
    records.insert(first.upserts[0]!.record);
    const xml = {
      kind: 'xml',
      location: 'https://pbx/book.xml',
      auth: 'none',
      userName: '',
      refreshMinutes: 60,
    };
    let data: unknown;
    try {
      planProvisionedSources(records, [{ key: 'dir', name: 'Directory', config: xml }]);
    } catch (error) {
      data = (error as ContractError).toData();
    }
    expect(data).toMatchObject({
      message: 'contact source "dir" changed its kind from ldap to xml; give it a new id.',
      text: { key: 'contactSources.provisionedKindChanged', params: { key: 'dir', from: 'ldap', to: 'xml' } },
    });
  });

  it('gives a key=value file with user and password but no ldap.tls_mode StartTLS', () => {
    const file = parseDeviceKeyValue(
      ['ldap.host = dir.example.com', 'ldap.user = cn=phone', 'ldap.password = s3cret'].join('\n'),
    );
    const [source] = file.contactSources;
    if (!source) throw new Error('no LDAP source parsed');
    expect(planned(source)).toMatchObject({ security: 'starttls', bindDn: 'cn=phone' });
    const plain = parseDeviceKeyValue('ldap.host = dir.example.com\nldap.user = cn=phone\nldap.tls_mode = 0');
    const [explicit] = plain.contactSources;
    if (!explicit) throw new Error('no LDAP source parsed');
    expect(planned(explicit).security).toBe('none');
  });
});
