import { describe, expect, it } from 'vitest';
import { dialsTopHit, looksLikeName } from '../../../../../src/renderer/features/contacts/search-enter';
import {
  accountForSource,
  contactName,
  dialableNumbers,
} from '../../../../../src/renderer/features/contacts/contact-text';
import { callerName, callerNumber } from '../../../../../src/renderer/features/calls/call-text';
import { contact } from './fixtures';

const hit = contact({
  phones: [
    { type: 'mobile', number: '' },
    { type: 'work', number: '1002' },
  ],
});

describe('Enter in the search field', () => {
  it('tells names from numbers and addresses', () => {
    expect(looksLikeName('mül')).toBe(true);
    expect(looksLikeName('+49 30 123')).toBe(false);
    expect(looksLikeName('alice@example.com')).toBe(false);
    expect(looksLikeName('sip:bob')).toBe(false);
  });

  it('calls the top hit’s first number once the search for exactly this text answered', () => {
    const search = { query: 'mül', result: { hits: [{ contact: hit }] } };
    expect(dialsTopHit(' mül ', search)).toEqual({ contact: hit, number: '1002' });
    expect(dialsTopHit('müll', search)).toBeUndefined();
    expect(dialsTopHit('1002', { query: '1002', result: { hits: [{ contact: hit }] } })).toBeUndefined();
    expect(dialsTopHit('mül', { query: 'mül', result: { hits: [] } })).toBeUndefined();
  });
});

describe('contact text', () => {
  it('names a contact by display name, else first + last name, else company', () => {
    expect(contactName(contact({ displayName: '' }))).toBe('Anna Müller');
    expect(contactName(contact({ displayName: '', firstName: '', lastName: '' }))).toBe('Acme');
  });

  it('offers only numbers that are not empty', () => {
    expect(dialableNumbers(hit)).toEqual([{ type: 'work', number: '1002' }]);
  });

  it('calls from the source’s account when it has one', () => {
    const sources = [
      { id: 'local', useAccountId: '' },
      { id: 'ldap-1', useAccountId: 'acc-2' },
    ];
    expect(accountForSource(sources, 'ldap-1')).toBe('acc-2');
    expect(accountForSource(sources, 'local')).toBeUndefined();
    expect(accountForSource(undefined, 'ldap-1')).toBeUndefined();
  });
});

describe('caller ID in calls and history', () => {
  const ref = { contactId: 'c1', sourceId: 'local', sourceName: 'Local', name: 'Anna Müller' };
  it('prefers the contact’s name over the name the far end sent, with the number underneath', () => {
    const call = { remoteName: 'anna', remoteNumber: '1001', contact: ref };
    expect(callerName(call)).toBe('Anna Müller');
    expect(callerNumber(call)).toBe('1001');
  });

  it('falls back to the sent name, then the number', () => {
    expect(callerName({ remoteName: 'anna', remoteNumber: '1001' })).toBe('anna');
    expect(callerName({ remoteName: ' ', remoteNumber: '1001' })).toBe('1001');
    expect(callerNumber({ remoteName: '', remoteNumber: '1001' })).toBeUndefined();
  });
});
