import { describe, expect, it } from 'vitest';
import { resolveLdapConfig } from '../../../../../src/main/contacts/ldap/ldap-config';
import { buildSearchFilter, filterToString } from '../../../../../src/main/contacts/ldap/ldap-filter';
import { parseDeviceKeyValue } from '../../../../../src/main/provisioning/format/device-keyvalue';
import { readLdapFilterTemplate } from '../../../../../src/main/provisioning/format/ldap-filter-template';
import { contactSourceConfigSchema } from '../../../../../src/shared/contract';

// A PBX's directory block for its desk phones (Yealink key names; % is what the user types).
const directory = `
ldap.enable = 1
ldap.name = Company directory
ldap.host = ldap.example.com
ldap.base = ou=people,dc=example,dc=com
ldap.name_filter = (&(objectClass=inetOrgPerson)(|(cn=*%*)(sn=%*)(displayName=*%)))
ldap.number_filter = (|(telephoneNumber=%)(mobile=%)(ipPhone=*%*))
`;

function ldapConfig(text: string) {
  const doc = parseDeviceKeyValue(text);
  const source = doc.contactSources.find((s) => s.key === 'ldap');
  return { doc, config: (source?.config ?? {}) as Record<string, unknown> };
}

describe('LDAP name and number filters from a device file', () => {
  it('become the attributes the provisioned directory searches, not unknown keys', () => {
    const { doc, config } = ldapConfig(directory);
    expect(doc.unknownKeys).toEqual([]);
    expect(config).toMatchObject({
      kind: 'ldap',
      attributes: {
        search: ['cn', 'sn', 'displayName'],
        phones: [
          { attribute: 'telephoneNumber', type: 'work' },
          { attribute: 'mobile', type: 'mobile' },
          { attribute: 'ipPhone', type: 'work' },
        ],
        objectClasses: ['inetOrgPerson'],
      },
    });
    // what the contact sources validate before applying (after choosing the default security)
    expect(contactSourceConfigSchema.safeParse({ ...config, security: 'starttls' }).success).toBe(true);
  });

  it('searches with them, and what the user types stays a value (RFC 4515 escapes), never filter syntax', () => {
    const { config } = ldapConfig(directory);
    const { kind: _kind, ...settings } = config;
    const resolved = resolveLdapConfig({ ...settings, id: 'ldap' } as Parameters<
      typeof resolveLdapConfig
    >[0]);
    const filter = filterToString(buildSearchFilter('*)(uid=*', resolved.attributes));
    expect(filter).toBe(
      '(&(|(objectClass=inetOrgPerson))(|(cn=*\\2a\\29\\28uid=\\2a*)(sn=*\\2a\\29\\28uid=\\2a*)(displayName=*\\2a\\29\\28uid=\\2a*)))',
    );
    expect(filterToString(buildSearchFilter('030 1234', resolved.attributes))).toContain(
      '(|(telephoneNumber=*0301234*)(mobile=*0301234*)(ipPhone=*0301234*))',
    );
  });

  it('reads a single item, a bare item and escaped objectClass values', () => {
    expect(readLdapFilterTemplate('(cn=%)')).toEqual({ attributes: ['cn'], objectClasses: [] });
    expect(readLdapFilterTemplate('sn=%')).toEqual({ attributes: ['sn'], objectClasses: [] });
    expect(readLdapFilterTemplate('(&(objectClass=per\\73on)(cn=%))')).toEqual({
      attributes: ['cn'],
      objectClasses: ['person'],
    });
  });

  it('refuses, with the line, a filter the search cannot honour', () => {
    for (const filter of [
      '(!(cn=%))',
      '(&(cn=%)(ou=Sales))',
      '(cn>=%)',
      '(|(cn=%)',
      '(cn=a\\2)',
      '(c n=%)',
    ]) {
      expect(() => parseDeviceKeyValue(`ldap.host = dir.example.com\nldap.name_filter = ${filter}`)).toThrow(
        /Line 2: ldap\.name_filter/,
      );
    }
  });

  it('keeps the preset when the file has no filters', () => {
    const { config } = ldapConfig('ldap.host = dir.example.com');
    expect(config).not.toHaveProperty('attributes');
  });
});
