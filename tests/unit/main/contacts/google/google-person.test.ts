import { describe, expect, it } from 'vitest';
import { isExpiredSyncToken } from '../../../../../src/main/contacts/google/google-contacts-client';
import {
  googlePhoneType,
  isDeletedPerson,
  mapGooglePerson,
} from '../../../../../src/main/contacts/google/google-person';

describe('mapGooglePerson', () => {
  it('maps the primary name, organization and email and every phone', () => {
    expect(
      mapGooglePerson({
        resourceName: 'people/c42',
        etag: '%Eg',
        names: [
          { displayName: 'Other', givenName: 'O', familyName: 'X' },
          {
            metadata: { primary: true },
            displayName: 'Jürgen Weiß',
            givenName: 'Jürgen',
            familyName: 'Weiß',
          },
        ],
        organizations: [{ name: 'ACME GmbH', department: 'Vertrieb', title: 'CEO' }],
        emailAddresses: [
          { value: 'old@example.com' },
          { value: 'jw@example.com', metadata: { primary: true } },
        ],
        phoneNumbers: [
          { value: '+49 30 1', type: 'work' },
          { value: '+49 170 2', type: 'mobile' },
          { value: '+49 30 3', type: 'home' },
          { value: '+49 30 4', type: 'workFax' },
          { value: '+49 30 5', type: 'pager' },
          { value: '+49 30 6', type: 'Büro Nord' },
          { value: '+49 30 7' },
          { value: ' +49 (30) 1 ', type: 'home' },
        ],
      }),
    ).toEqual({
      id: 'people/c42',
      firstName: 'Jürgen',
      lastName: 'Weiß',
      displayName: 'Jürgen Weiß',
      company: 'ACME GmbH',
      department: 'Vertrieb',
      email: 'jw@example.com',
      phones: [
        { type: 'work', number: '+49 30 1' },
        { type: 'mobile', number: '+49 170 2' },
        { type: 'home', number: '+49 30 3' },
        { type: 'fax', number: '+49 30 4' },
        { type: 'other', number: '+49 30 5' },
        { type: 'other', number: '+49 30 6' },
        { type: 'other', number: '+49 30 7' },
      ],
    });
  });

  it('maps Google’s phone types onto ours', () => {
    expect(
      [
        'home',
        'work',
        'mobile',
        'homeFax',
        'workFax',
        'otherFax',
        'pager',
        'workMobile',
        'workPager',
        'main',
        'googleVoice',
        'other',
      ].map(googlePhoneType),
    ).toEqual([
      'home',
      'work',
      'mobile',
      'fax',
      'fax',
      'fax',
      'other',
      'mobile',
      'other',
      'work',
      'other',
      'other',
    ]);
    expect(googlePhoneType(undefined)).toBe('other');
    expect(googlePhoneType(3)).toBe('other');
  });

  it('survives hostile values: wrong types, control characters, huge text', () => {
    const contact = mapGooglePerson({
      resourceName: 'people/c1',
      names: { givenName: 'not a list' },
      organizations: [null, 'x', { name: 'A\u202eB\u0000C', department: 7 }],
      emailAddresses: [{ value: ['a'] }],
      phoneNumbers: [{ value: '1'.repeat(65) }, { value: null }, 'string', { value: '201', type: {} }],
      metadata: 'x',
    });
    expect(contact).toEqual({
      id: 'people/c1',
      firstName: '',
      lastName: '',
      displayName: '',
      company: 'ABC',
      department: '',
      email: '',
      phones: [{ type: 'other', number: '201' }],
    });
    expect(mapGooglePerson({ names: [{ givenName: 'no id' }] })).toBeUndefined();
    expect(mapGooglePerson('people/c1')).toBeUndefined();
    expect(
      mapGooglePerson({ resourceName: 'people/c2', names: [{ givenName: 'x'.repeat(10_000) }] })?.firstName,
    ).toHaveLength(256);
  });

  it('recognises deleted people and expired sync tokens', () => {
    expect(isDeletedPerson({ resourceName: 'people/c1', metadata: { deleted: true } })).toBe(true);
    expect(isDeletedPerson({ resourceName: 'people/c1', metadata: { deleted: 'true' } })).toBe(false);
    expect(isExpiredSyncToken(410, undefined)).toBe(true);
    expect(
      isExpiredSyncToken(400, {
        error: {
          code: 400,
          status: 'FAILED_PRECONDITION',
          details: [{ '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason: 'EXPIRED_SYNC_TOKEN' }],
        },
      }),
    ).toBe(true);
    expect(isExpiredSyncToken(400, { error: { code: 400, status: 'INVALID_ARGUMENT' } })).toBe(false);
    expect(isExpiredSyncToken(200, { error: { details: [{ reason: 'EXPIRED_SYNC_TOKEN' }] } })).toBe(false);
  });
});
