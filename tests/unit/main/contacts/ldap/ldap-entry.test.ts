import type { Entry } from 'ldapts';
import { describe, expect, it } from 'vitest';
import {
  activeDirectoryAttributes,
  inetOrgPersonAttributes,
} from '../../../../../src/main/contacts/ldap/ldap-config';
import {
  contactFromEntry,
  MAX_PHONES,
  MAX_TEXT_LENGTH,
  requestedAttributes,
} from '../../../../../src/main/contacts/ldap/ldap-entry';

const map = (entry: Entry) => contactFromEntry(entry, 'ldap:test', inetOrgPersonAttributes);

describe('contactFromEntry', () => {
  it('skips an entry whose DN is longer than a contact id may be (it cannot be shortened)', () => {
    expect(map({ dn: `cn=${'x'.repeat(9000)},dc=example,dc=com`, cn: 'X', telephoneNumber: '1' })).toBe(
      undefined,
    );
  });

  it('maps an inetOrgPerson with multi-valued phones', () => {
    const contact = map({
      dn: 'cn=Jürgen Müller,ou=people,dc=example,dc=com',
      cn: 'Jürgen Müller',
      givenName: 'Jürgen',
      SN: 'Müller',
      o: 'Ärzte GmbH',
      ou: ['Kardiologie', 'Berlin'],
      mail: 'j@example.com',
      telephoneNumber: ['+49 30 1', '+49 30 2'],
      mobile: '+49 170 3',
      homePhone: [],
      facsimileTelephoneNumber: '+49 30 9',
    });
    expect(contact).toEqual({
      id: 'cn=Jürgen Müller,ou=people,dc=example,dc=com',
      sourceId: 'ldap:test',
      firstName: 'Jürgen',
      lastName: 'Müller',
      displayName: 'Jürgen Müller',
      company: 'Ärzte GmbH',
      department: 'Kardiologie',
      email: 'j@example.com',
      phones: [
        { type: 'work', number: '+49 30 1' },
        { type: 'work', number: '+49 30 2' },
        { type: 'mobile', number: '+49 170 3' },
        { type: 'fax', number: '+49 30 9' },
      ],
    });
  });

  it('maps Active Directory attributes', () => {
    const contact = contactFromEntry(
      {
        dn: 'CN=Eva,OU=Staff,DC=corp,DC=local',
        displayName: 'Eva Braun-Koch',
        company: 'Corp',
        department: 'IT',
        ipPhone: '201',
        otherTelephone: ['+49 89 1', '+49 89 2'],
        otherMobile: '+49 151 1',
      },
      'ldap:ad',
      activeDirectoryAttributes,
    );
    expect(contact).toMatchObject({
      displayName: 'Eva Braun-Koch',
      company: 'Corp',
      department: 'IT',
      phones: [
        { type: 'work', number: '201' },
        { type: 'work', number: '+49 89 1' },
        { type: 'work', number: '+49 89 2' },
        { type: 'mobile', number: '+49 151 1' },
      ],
    });
  });

  it('gives empty fields for missing attributes', () => {
    expect(map({ dn: 'cn=x', telephoneNumber: '201' })).toMatchObject({
      firstName: '',
      lastName: '',
      displayName: '',
      company: '',
      phones: [{ type: 'work', number: '201' }],
    });
  });

  it('drops entries without a DN or without anything to show', () => {
    expect(map({ dn: '' })).toBeUndefined();
    expect(map({ dn: 'cn=x', mail: 'only@mail' })).toBeUndefined();
    expect(map({ cn: 'x' } as unknown as Entry)).toBeUndefined();
  });

  it('drops binary and garbled values', () => {
    const contact = map({
      dn: 'cn=x',
      cn: [Buffer.from([0xff, 0xd8, 0xff, 0x00]), 'Real Name'],
      sn: 'bad\uFFFDvalue',
      givenName: Buffer.from('Grüße', 'utf8'),
      telephoneNumber: ['12\u000034', Buffer.from([0x89, 0x50]), '+49 1'],
    } as unknown as Entry);
    expect(contact).toMatchObject({
      displayName: 'Real Name',
      lastName: '',
      firstName: 'Grüße',
      phones: [{ type: 'work', number: '+49 1' }],
    });
  });

  it('cuts huge values and caps the number of phones', () => {
    const contact = map({
      dn: 'cn=x',
      cn: 'n'.repeat(1_000_000),
      telephoneNumber: Array.from({ length: 1000 }, (_, i) => `+49 ${i}`),
      mobile: Array.from({ length: 1000 }, (_, i) => `+49 17${i}`),
      homePhone: `1${'2'.repeat(100)}`,
    });
    expect(contact?.displayName).toHaveLength(MAX_TEXT_LENGTH);
    expect(contact?.phones.length).toBeLessThanOrEqual(MAX_PHONES);
    expect(contact?.phones.some((p) => p.type === 'home')).toBe(false);
  });

  it('skips values without digits and duplicate numbers', () => {
    const contact = map({
      dn: 'cn=x',
      cn: 'X',
      telephoneNumber: ['n/a', '201', '201', '  '],
    });
    expect(contact?.phones).toEqual([{ type: 'work', number: '201' }]);
  });
});

describe('requestedAttributes', () => {
  it('lists each mapped attribute once', () => {
    const names = requestedAttributes(inetOrgPersonAttributes);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(expect.arrayContaining(['cn', 'telephoneNumber', 'mobile', 'o']));
  });
});
