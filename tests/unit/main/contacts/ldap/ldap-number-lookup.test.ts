import { describe, expect, it } from 'vitest';
import type { Contact } from '../../../../../src/main/contacts/contact';
import { emptyContactFields } from '../../../../../src/main/contacts/contact';
import {
  inetOrgPersonAttributes,
  type LdapAttributeMap,
} from '../../../../../src/main/contacts/ldap/ldap-config';
import { filterToString } from '../../../../../src/main/contacts/ldap/ldap-filter';
import {
  contactWithNumber,
  numberLookupFilters,
} from '../../../../../src/main/contacts/ldap/ldap-number-lookup';

const oneAttribute: LdapAttributeMap = {
  ...inetOrgPersonAttributes,
  objectClasses: [],
  phones: [{ attribute: 'telephoneNumber', type: 'work' as const }],
};

function texts(normalized: string, attributes: LdapAttributeMap = oneAttribute): string[] {
  return numberLookupFilters(normalized, attributes).map(filterToString);
}

function contact(id: string, ...numbers: string[]): Contact {
  return {
    ...emptyContactFields(),
    id,
    sourceId: 'ldap:x',
    displayName: id,
    phones: numbers.map((number) => ({ type: 'work' as const, number })),
  };
}

describe('numberLookupFilters', () => {
  it('asks for the last seven digits, then for them in order with anything between', () => {
    expect(texts('+49301234567')).toEqual([
      '(telephoneNumber=*1234567*)',
      '(telephoneNumber=*1*2*3*4*5*6*7*)',
    ]);
  });

  it('asks for an extension at the end of the stored number only', () => {
    expect(texts('201')).toEqual(['(telephoneNumber=*201)']);
  });

  it('covers every phone attribute once and the object classes', () => {
    const [first] = texts('+49301234567', inetOrgPersonAttributes);
    expect(first).toBe(
      '(&(objectClass=inetOrgPerson)(|(telephoneNumber=*1234567*)(mobile=*1234567*)(homePhone=*1234567*)(facsimileTelephoneNumber=*1234567*)))',
    );
    const doubled: LdapAttributeMap = {
      ...oneAttribute,
      objectClasses: ['user', 'contact'],
      phones: [
        { attribute: 'telephoneNumber', type: 'work' as const },
        { attribute: 'telephoneNumber', type: 'other' as const },
      ],
    };
    expect(texts('201', doubled)).toEqual([
      '(&(|(objectClass=user)(objectClass=contact))(telephoneNumber=*201))',
    ]);
  });

  it('sends only digits, so nothing in a key can change the filter', () => {
    expect(texts('*)(cn=*')).toEqual([]);
    expect(texts('')).toEqual([]);
    expect(texts('2\\2a0)(x=*1')).toEqual(['(telephoneNumber=*2201)']);
    for (const text of texts('+49 (30) 123*4567#')) expect(text).toMatch(/^\(telephoneNumber=[\d*]+\)$/);
  });

  it('asks nothing when no phone attribute is mapped', () => {
    expect(texts('+49301234567', { ...oneAttribute, phones: [] })).toEqual([]);
  });
});

describe('contactWithNumber', () => {
  const candidates = [
    contact('munich', '+49 89 1234567'),
    contact('berlin', 'x', '030 / 123 45 67'),
    contact('reception', '201'),
  ];

  it('picks the candidate whose number has the same key, not just the same tail', () => {
    expect(contactWithNumber(candidates, '+49301234567', 'DE')?.id).toBe('berlin');
    expect(contactWithNumber(candidates, '+49891234567', 'DE')?.id).toBe('munich');
  });

  it('matches extensions by their digits', () => {
    expect(contactWithNumber(candidates, '201', 'DE')?.id).toBe('reception');
    expect(contactWithNumber([contact('did', '+49 30 5550201')], '201', 'DE')).toBeUndefined();
  });

  it('needs the default country to read national numbers', () => {
    expect(contactWithNumber([contact('national', '030 1234567')], '+49301234567', 'DE')?.id).toBe(
      'national',
    );
    expect(contactWithNumber([contact('national', '030 1234567')], '+49301234567', '')).toBeUndefined();
  });

  it('finds nothing among no candidates or for an empty key', () => {
    expect(contactWithNumber([], '+49301234567', 'DE')).toBeUndefined();
    expect(contactWithNumber(candidates, '', 'DE')).toBeUndefined();
  });
});
