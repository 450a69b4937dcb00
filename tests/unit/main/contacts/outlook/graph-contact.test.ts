import { describe, expect, it } from 'vitest';
import { isRemovedItem, mapGraphContact } from '../../../../../src/main/contacts/outlook/graph-contact';
import { isExpiredDeltaState } from '../../../../../src/main/contacts/outlook/outlook-contacts-client';

describe('mapGraphContact', () => {
  it('maps names, company, the first email and business, mobile and home phones', () => {
    expect(
      mapGraphContact({
        '@odata.etag': 'W/"x"',
        id: 'AAMkAD1',
        givenName: 'Anna',
        surname: 'Schmidt',
        displayName: 'Schmidt, Anna',
        companyName: 'ACME',
        department: 'Einkauf',
        emailAddresses: [
          { name: 'n', address: '' },
          { name: 'Anna', address: 'anna@example.com' },
        ],
        businessPhones: ['+49 30 1', '+49 30 2'],
        homePhones: ['+49 30 3'],
        mobilePhone: '+49 170 4',
      }),
    ).toEqual({
      id: 'AAMkAD1',
      firstName: 'Anna',
      lastName: 'Schmidt',
      displayName: 'Schmidt, Anna',
      company: 'ACME',
      department: 'Einkauf',
      email: 'anna@example.com',
      phones: [
        { type: 'work', number: '+49 30 1' },
        { type: 'work', number: '+49 30 2' },
        { type: 'mobile', number: '+49 170 4' },
        { type: 'home', number: '+49 30 3' },
      ],
    });
  });

  it('takes null and wrong-typed fields as empty', () => {
    expect(
      mapGraphContact({
        id: 'x',
        givenName: null,
        surname: 5,
        companyName: { a: 1 },
        emailAddresses: 'a@b',
        businessPhones: '+49 1',
        homePhones: [null, 7, '+49 2'],
        mobilePhone: null,
      }),
    ).toEqual({
      id: 'x',
      firstName: '',
      lastName: '',
      displayName: '',
      company: '',
      department: '',
      email: '',
      phones: [{ type: 'home', number: '+49 2' }],
    });
    expect(mapGraphContact({ givenName: 'no id' })).toBeUndefined();
    expect(mapGraphContact([])).toBeUndefined();
  });

  it('recognises removed items and expired delta state', () => {
    expect(isRemovedItem({ id: 'x', '@removed': { reason: 'deleted' } })).toBe(true);
    expect(isRemovedItem({ id: 'x' })).toBe(false);
    expect(isExpiredDeltaState(410, undefined)).toBe(true);
    expect(isExpiredDeltaState(400, { error: { code: 'SyncStateNotFound', message: '' } })).toBe(true);
    expect(isExpiredDeltaState(400, { error: { code: 'resyncRequired' } })).toBe(true);
    expect(isExpiredDeltaState(400, { error: { code: 'BadRequest' } })).toBe(false);
  });
});
