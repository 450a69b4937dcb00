import { BerWriter, EqualityFilter, FilterParser, OrFilter, SubstringFilter } from 'ldapts';
import { describe, expect, it } from 'vitest';
import { inetOrgPersonAttributes } from '../../../../../src/main/contacts/ldap/ldap-config';
import {
  buildSearchFilter,
  escapeFilterValue,
  filterToString,
  MAX_QUERY_WORDS,
  parseLdapQuery,
} from '../../../../../src/main/contacts/ldap/ldap-filter';

const plain = { ...inetOrgPersonAttributes, objectClasses: [], search: ['cn'], phones: [] };

describe('escapeFilterValue (RFC 4515 §3)', () => {
  it('escapes the filter metacharacters and NUL', () => {
    expect(escapeFilterValue('*')).toBe('\\2a');
    expect(escapeFilterValue('(')).toBe('\\28');
    expect(escapeFilterValue(')')).toBe('\\29');
    expect(escapeFilterValue('\\')).toBe('\\5c');
    expect(escapeFilterValue('\0')).toBe('\\00');
    expect(escapeFilterValue('*)(uid=*')).toBe('\\2a\\29\\28uid=\\2a');
  });

  it('escapes non-ASCII as its UTF-8 bytes', () => {
    expect(escapeFilterValue('Müller')).toBe('M\\c3\\bcller');
    expect(escapeFilterValue('Ä')).toBe('\\c3\\84');
    expect(escapeFilterValue('€')).toBe('\\e2\\82\\ac');
  });

  it('leaves plain ASCII alone', () => {
    expect(escapeFilterValue('John Smith-Jones +49 (0)')).toBe('John Smith-Jones +49 \\280\\29');
  });

  it('round-trips ASCII metacharacters through ldapts’ parser', () => {
    const value = 'a*)(x\\y';
    const parsed = FilterParser.parseString(`(cn=${escapeFilterValue(value)})`);
    expect((parsed as unknown as { value: string }).value).toBe(value);
  });

  // Why the source sends filter objects, never strings: ldapts 9.2's FilterParser turns each
  // escaped byte into one character, so an RFC 4515 string with escaped UTF-8 reaches the
  // server as different bytes (ü = \c3\bc becomes "Ã¼", 4 bytes). If this starts to fail,
  // ldapts fixed it; the structural filters stay correct either way.
  it('documents ldapts’ mis-decoding of escaped UTF-8 in filter strings', () => {
    const parsed = FilterParser.parseString(`(cn=${escapeFilterValue('Mü')})`);
    expect((parsed as unknown as { value: string }).value).toBe('M\u00c3\u00bc');
    const writer = new BerWriter();
    new EqualityFilter({ attribute: 'cn', value: 'Mü' }).write(writer);
    expect(writer.buffer.toString('hex')).toContain(Buffer.from('Mü').toString('hex'));
  });
});

describe('parseLdapQuery', () => {
  it('splits words and drops control characters', () => {
    expect(parseLdapQuery('  Jürgen \u0000 Müller\n')).toEqual({ words: ['Jürgen', 'Müller'] });
  });

  it('recognises number-like queries and keeps their digits', () => {
    expect(parseLdapQuery('+49 (30) 123-45')).toEqual({
      words: ['+49', '(30)', '123-45'],
      digits: '493012345',
    });
    expect(parseLdapQuery('Room 12').digits).toBeUndefined();
  });

  it('caps the number of words', () => {
    expect(parseLdapQuery('a b c d e f g h i j').words).toHaveLength(MAX_QUERY_WORDS);
  });
});

describe('buildSearchFilter', () => {
  it('keeps hostile input as one literal substring, structurally', () => {
    const filter = buildSearchFilter('*)(uid=*', plain);
    expect(filter).toBeInstanceOf(SubstringFilter);
    expect((filter as SubstringFilter).any).toEqual(['*)(uid=*']);
    expect(filterToString(filter)).toBe('(cn=*\\2a\\29\\28uid=\\2a*)');
  });

  it('needs every word in one of the name attributes', () => {
    const filter = buildSearchFilter('jür mül', { ...plain, search: ['cn', 'sn'] });
    expect(filterToString(filter)).toBe(
      '(&(|(cn=*j\\c3\\bcr*)(sn=*j\\c3\\bcr*))(|(cn=*m\\c3\\bcl*)(sn=*m\\c3\\bcl*)))',
    );
  });

  it('also matches a number query in the phone attributes by its digits', () => {
    const filter = buildSearchFilter('30 1234', inetOrgPersonAttributes);
    expect(filterToString(filter)).toBe(
      '(&(|(objectClass=inetOrgPerson))(|(&' +
        '(|(cn=*30*)(displayName=*30*)(givenName=*30*)(sn=*30*)(o=*30*))' +
        '(|(cn=*1234*)(displayName=*1234*)(givenName=*1234*)(sn=*1234*)(o=*1234*)))' +
        '(|(telephoneNumber=*301234*)(mobile=*301234*)(homePhone=*301234*)(facsimileTelephoneNumber=*301234*))))',
    );
  });

  it('lists the directory for an empty query', () => {
    expect(filterToString(buildSearchFilter('   ', inetOrgPersonAttributes))).toBe(
      '(|(objectClass=inetOrgPerson))',
    );
    expect(filterToString(buildSearchFilter('', plain))).toBe('(|(cn=*))');
  });

  it('encodes to BER without throwing for odd input', () => {
    for (const query of ['\\', '\u0000', '😀', 'x'.repeat(10_000), '((((']) {
      const filter = buildSearchFilter(query, inetOrgPersonAttributes);
      expect(() => filter.write(new BerWriter())).not.toThrow();
    }
    expect(buildSearchFilter('a', { ...plain, search: ['cn', 'sn'] })).toBeInstanceOf(OrFilter);
  });
});
