import { describe, expect, it } from 'vitest';
import type { ContactFields } from '../../../../../src/main/contacts/contact';
import { emptyContactFields } from '../../../../../src/main/contacts/contact';
import { ContactValidationError } from '../../../../../src/main/contacts/local/contact-rules';
import {
  ContactImportError,
  ContactNotFoundError,
  LocalContactStore,
  fromHistory,
} from '../../../../../src/main/contacts/local/local-contact-store';
import { openDatabase } from '../../../../../src/main/db/database';

function setup() {
  const db = openDatabase(':memory:');
  let country = 'DE';
  const store = new LocalContactStore(db, { defaultCountry: () => country, now: () => 1000 });
  return { db, store, setCountry: (c: string) => (country = c) };
}

function fields(patch: Partial<ContactFields>): ContactFields {
  return { ...emptyContactFields(), phones: [{ type: 'work', number: '+49 30 1234567' }], ...patch };
}

function refusal(run: () => unknown): ContactValidationError {
  try {
    run();
  } catch (error) {
    if (error instanceof ContactValidationError) return error;
    throw error;
  }
  throw new Error('expected a ContactValidationError');
}

describe('LocalContactStore', () => {
  it('refuses a contact without any number, naming the field', () => {
    const { store } = setup();
    const error = refusal(() =>
      store.add(fields({ lastName: 'Müller', phones: [{ type: 'work', number: '  ' }] })),
    );
    expect(error.field).toBe('phones');
    expect(error.message).toMatch(/phone number/);
  });

  it('refuses a contact with neither last name, display name nor company', () => {
    const { store } = setup();
    const error = refusal(() => store.add(fields({ firstName: 'Hans' })));
    expect(error.field).toBe('lastName');
    expect(error.message).toMatch(/last name, a display name or a company/);
    expect(store.add(fields({ company: 'ACME' })).displayName).toBe('ACME');
    expect(store.add(fields({ displayName: 'Reception' })).displayName).toBe('Reception');
  });

  it('refuses bad phone rows by position and type', () => {
    const { store } = setup();
    const bad = refusal(() =>
      store.add(
        fields({
          lastName: 'X',
          phones: [
            { type: 'work', number: '201' },
            { type: 'work', number: 'abc' },
          ],
        }),
      ),
    );
    expect(bad.field).toBe('phones.1.number');
    expect(bad.message).toMatch(/^Phone 2:/);
    const type = refusal(() =>
      store.add(fields({ lastName: 'X', phones: [{ type: 'pager' as 'work', number: '201' }] })),
    );
    expect(type.field).toBe('phones.0.type');
  });

  it('derives the display name from first + last name, else the company', () => {
    const { store } = setup();
    expect(store.add(fields({ firstName: ' Hans ', lastName: 'Müller', company: 'ACME' })).displayName).toBe(
      'Hans Müller',
    );
    expect(store.add(fields({ company: 'ACME GmbH' })).displayName).toBe('ACME GmbH');
  });

  it('adds, reads, edits and deletes contacts with any number of typed phones', () => {
    const { store, db } = setup();
    const added = store.add(
      fields({
        firstName: 'Erika',
        lastName: 'Mustermann',
        email: 'erika@example.org',
        phones: [
          { type: 'work', number: '030 1234567' },
          { type: 'mobile', number: '+49 171 1234567' },
          { type: 'other', number: '201' },
        ],
      }),
    );
    expect(added.sourceId).toBe('local');
    expect(store.get(added.id)).toEqual(added);

    const edited = store.edit(added.id, {
      ...added,
      company: 'ACME',
      phones: [{ type: 'home', number: '202' }],
    });
    expect(store.get(added.id)).toEqual(edited);
    expect(store.get(added.id)?.phones).toEqual([{ type: 'home', number: '202' }]);
    expect(db.prepare('SELECT count(*) FROM contact_phones').pluck().get()).toBe(1);

    expect(store.delete(added.id)).toBe(true);
    expect(store.get(added.id)).toBeUndefined();
    expect(store.delete(added.id)).toBe(false);
    expect(db.prepare('SELECT count(*) FROM contact_phones').pluck().get()).toBe(0);
    expect(() => store.edit(added.id, added)).toThrow(ContactNotFoundError);
  });

  it('imports all contacts in one transaction and returns counts', () => {
    const { store, db } = setup();
    const counts = store.importAll([
      fields({ lastName: 'A' }),
      fields({
        lastName: 'B',
        phones: [
          { type: 'work', number: '201' },
          { type: 'mobile', number: '202' },
        ],
      }),
    ]);
    expect(counts).toEqual({ contacts: 2, phones: 3 });
    expect(db.prepare('SELECT count(*) FROM contacts').pluck().get()).toBe(2);
  });

  it('imports nothing when one row is bad, naming the row and field', () => {
    const { store, db } = setup();
    store.add(fields({ lastName: 'Existing' }));
    let error: unknown;
    try {
      store.importAll([
        fields({ lastName: 'A' }),
        fields({ lastName: 'B' }),
        fields({ firstName: 'Nameless' }),
      ]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ContactImportError);
    expect((error as ContactImportError).index).toBe(2);
    expect((error as ContactImportError).validation.field).toBe('lastName');
    expect((error as Error).message).toMatch(/^Row 3: .*Nothing was imported\.$/);
    expect(db.prepare('SELECT count(*) FROM contacts').pluck().get()).toBe(1);
  });

  it('rolls back an import that fails while writing', () => {
    const { store, db } = setup();
    db.exec(`CREATE TRIGGER boom BEFORE INSERT ON contacts WHEN new.last_name = 'Boom'
             BEGIN SELECT RAISE(ABORT, 'disk full'); END`);
    expect(() => store.importAll([fields({ lastName: 'A' }), fields({ lastName: 'Boom' })])).toThrow(
      /disk full/,
    );
    expect(db.prepare('SELECT count(*) FROM contacts').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM contact_phones').pluck().get()).toBe(0);
  });

  it('re-keys numbers when the default country changes', () => {
    const { store, db, setCountry } = setup();
    setCountry('US');
    store.add(fields({ lastName: 'A', phones: [{ type: 'work', number: '030 1234567' }] }));
    const key = db.prepare('SELECT normalized FROM contact_phones').pluck();
    expect(key.get()).toBe('0301234567');
    setCountry('DE');
    expect(store.rekey()).toBe(1);
    expect(key.get()).toBe('+49301234567');
  });
});

describe('fromHistory', () => {
  it('drafts a contact from a history entry', () => {
    expect(fromHistory(' 0301234567 ', 'Erika Maria Mustermann')).toMatchObject({
      firstName: 'Erika Maria',
      lastName: 'Mustermann',
      phones: [{ type: 'work', number: '0301234567' }],
    });
    expect(fromHistory('201', '')).toMatchObject({
      firstName: '',
      lastName: '',
      phones: [{ number: '201' }],
    });
  });
});
