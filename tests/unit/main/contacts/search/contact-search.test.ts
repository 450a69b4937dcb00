import { beforeEach, describe, expect, it } from 'vitest';
import type { ContactFields } from '../../../../../src/main/contacts/contact';
import { emptyContactFields } from '../../../../../src/main/contacts/contact';
import { LocalContactSource } from '../../../../../src/main/contacts/local/local-contact-source';
import { LocalContactStore } from '../../../../../src/main/contacts/local/local-contact-store';
import { ContactSearch } from '../../../../../src/main/contacts/search/contact-search';
import { openDatabase } from '../../../../../src/main/db/database';

let store: LocalContactStore;
let search: ContactSearch;

function add(patch: Partial<ContactFields>, ...numbers: string[]) {
  return store.add({
    ...emptyContactFields(),
    ...patch,
    phones: numbers.map((number) => ({ type: 'work' as const, number })),
  });
}

const names = (query: string, limit?: number) =>
  search.searchLocal(query, limit).map((m) => m.contact.displayName);

beforeEach(() => {
  const db = openDatabase(':memory:');
  store = new LocalContactStore(db, { defaultCountry: () => 'DE' });
  search = new ContactSearch(db, { defaultCountry: () => 'DE' });
});

describe('ContactSearch.search', () => {
  it('finds Müller from "mül", "Mul", "MUEL"-free prefixes, in any case and without umlauts', () => {
    add({ firstName: 'Hans', lastName: 'Müller' }, '201');
    add({ firstName: 'Jürgen', lastName: 'Schmidt' }, '202');
    expect(names('mül')).toEqual(['Hans Müller']);
    expect(names('Mul')).toEqual(['Hans Müller']);
    expect(names('MÜLLER')).toEqual(['Hans Müller']);
    expect(names('jurg')).toEqual(['Jürgen Schmidt']);
    expect(names('hans mü')).toEqual(['Hans Müller']);
    expect(names('xyz')).toEqual([]);
  });

  it('applies the German spelling rules both ways: ä/ae, ö/oe, ü/ue, ß/ss (#13)', () => {
    add({ firstName: 'Hans', lastName: 'Müller' }, '201');
    add({ firstName: 'Eva', lastName: 'Mueller' }, '202');
    add({ lastName: 'Kranz', company: 'Straßenbau Bäcker' }, '203');
    add({ firstName: 'Jörg', lastName: 'Schoessler' }, '204');
    add({ lastName: 'Mustermann' }, '205');
    expect(names('Mueller').sort()).toEqual(['Eva Mueller', 'Hans Müller']);
    expect(names('Müller').sort()).toEqual(['Eva Mueller', 'Hans Müller']);
    expect(names('mue').sort()).toEqual(['Eva Mueller', 'Hans Müller']);
    expect(names('strasse')).toEqual(['Kranz']);
    expect(names('Strassenbau')).toEqual(['Kranz']);
    expect(names('straßenb')).toEqual(['Kranz']);
    expect(names('Baecker')).toEqual(['Kranz']);
    expect(names('joerg')).toEqual(['Jörg Schoessler']);
    expect(names('Schößler')).toEqual(['Jörg Schoessler']);
    // The plain fold still works for names without German spelling.
    expect(names('muller')).toEqual(['Hans Müller']);
  });

  it('keeps the German spelling of a contact after it is edited', () => {
    const contact = add({ lastName: 'Meier' }, '201');
    store.edit(contact.id, { ...contact, lastName: 'Möller' });
    const lastNames = (query: string) => search.searchLocal(query).map((m) => m.contact.lastName);
    expect(lastNames('Moeller')).toEqual(['Möller']);
    expect(lastNames('Möller')).toEqual(['Möller']);
  });

  it('finds numbers by contains on the digits, in any written form', () => {
    add({ lastName: 'Berlin' }, '+49 30 1234567');
    add({ lastName: 'Munich' }, '089 7654321');
    expect(names('1234')).toEqual(['Berlin']);
    expect(names('030 123')).toEqual(['Berlin']);
    expect(names('+4989')).toEqual(['Munich']);
    expect(names('4567')).toEqual(['Berlin']);
    expect(names('654')).toEqual(['Munich']);
  });

  it('ranks exact and prefix matches before word and contains matches, then by name', () => {
    add({ lastName: 'Anna' }, '301');
    add({ firstName: 'Anna', lastName: 'Zimmer' }, '302');
    add({ lastName: 'Annabel' }, '303');
    add({ company: 'Hanna GmbH' }, '304');
    add({ firstName: 'Maria Anna', lastName: 'Koch' }, '305');
    add({ lastName: 'Berg' }, '0301 555');
    add({ lastName: 'Cold' }, '555 0301');
    expect(search.searchLocal('anna').map((m) => [m.contact.displayName, m.rank])).toEqual([
      ['Anna', 'exact'],
      ['Anna Zimmer', 'prefix'],
      ['Annabel', 'prefix'],
      ['Maria Anna Koch', 'word'],
    ]);
    expect(search.searchLocal('0301').map((m) => [m.contact.displayName, m.rank])).toEqual([
      ['Berg', 'prefix'],
      ['Cold', 'contains'],
    ]);
    expect(search.searchLocal('301').map((m) => [m.contact.displayName, m.rank])).toEqual([
      ['Anna', 'exact'],
      ['Berg', 'contains'],
      ['Cold', 'contains'],
    ]);
  });

  it('honours the limit', () => {
    store.importAll(
      Array.from({ length: 30 }, (_, i) => ({
        ...emptyContactFields(),
        lastName: `Meier ${String(i).padStart(2, '0')}`,
        phones: [{ type: 'work' as const, number: `${100 + i}` }],
      })),
    );
    expect(names('mei', 5)).toEqual(['Meier 00', 'Meier 01', 'Meier 02', 'Meier 03', 'Meier 04']);
    expect(names('mei')).toHaveLength(20);
    expect(names('mei', 0)).toEqual([]);
    expect(names('mei', 10_000)).toHaveLength(30);
  });

  it('never throws on FTS5 syntax or other hostile input', () => {
    add({ firstName: 'Hans', lastName: 'Müller' }, '+49 30 1234567');
    const hostile = [
      '"',
      '""',
      '*',
      'mül*',
      'NEAR(',
      'NEAR(a b)',
      '-',
      '-mül',
      ':',
      'last_name:mül',
      '^mül',
      'a OR b',
      'AND',
      'NOT',
      '(',
      ')',
      '{last_name}: x',
      "'; DROP TABLE contacts; --",
      '\u0000',
      '%_',
      '+',
      '#',
      '*#',
      '"1234"',
      'x'.repeat(10_000),
      '1'.repeat(10_000),
      '🙂',
    ];
    for (const query of hostile) {
      expect(() => search.searchLocal(query), JSON.stringify(query.slice(0, 20))).not.toThrow();
    }
    expect(names('"mül"')).toEqual(['Hans Müller']);
    expect(names('NEAR(mül')).toEqual([]);
    expect(names('-mül')).toEqual(['Hans Müller']);
    expect(names('last_name:mül')).toEqual([]);
    expect(names('(030) 1234')).toEqual(['Hans Müller']);
  });
});

describe('ContactSearch.callerId', () => {
  it('matches E.164, national and spaced forms of the same number', () => {
    const berlin = add({ lastName: 'Berlin' }, '030 1234567');
    const intl = add({ lastName: 'Intl' }, '+49 89 7654321');
    for (const form of ['+49301234567', '0301234567', '030 1234567', '0049301234567', 'sip:0301234567@pbx']) {
      expect(search.callerId(form, 'DE')?.id, form).toBe(berlin.id);
    }
    expect(search.callerId('089 7654321', 'DE')?.id).toBe(intl.id);
    expect(search.callerId('+49897654321', 'DE')?.id).toBe(intl.id);
  });

  it('matches internal extensions by digits', () => {
    const ext = add({ lastName: 'Reception' }, '201');
    expect(search.callerId('201', 'DE')?.id).toBe(ext.id);
    expect(search.callerId('sip:201@pbx.example', 'DE')?.id).toBe(ext.id);
    expect(search.callerId('2010', 'DE')).toBeUndefined();
  });

  it('returns nothing for unknown, empty and anonymous numbers', () => {
    add({ lastName: 'Berlin' }, '030 1234567');
    for (const number of ['+49301234568', '', 'anonymous', 'sip:anonymous@anonymous.invalid']) {
      expect(search.callerId(number, 'DE'), number).toBeUndefined();
    }
  });

  it('prefers the most recently edited contact when two share a number', () => {
    let now = 1;
    const db = openDatabase(':memory:');
    const timed = new LocalContactStore(db, { defaultCountry: () => 'DE', now: () => now++ });
    const lookup = new ContactSearch(db, { defaultCountry: () => 'DE' });
    const phones = [{ type: 'work' as const, number: '201' }];
    const first = timed.add({ ...emptyContactFields(), lastName: 'Old', phones });
    const second = timed.add({ ...emptyContactFields(), lastName: 'New', phones });
    expect(lookup.callerId('201', 'DE')?.id).toBe(second.id);
    timed.edit(first.id, { ...first, lastName: 'Edited' });
    expect(lookup.callerId('201', 'DE')?.lastName).toBe('Edited');
  });
});

describe('LocalContactSource', () => {
  it('answers search and lookup, and rejects when already aborted', async () => {
    const contact = add({ lastName: 'Müller' }, '030 1234567');
    const source = new LocalContactSource(search);
    expect((await source.search('mül', 10)).map((c) => c.id)).toEqual([contact.id]);
    expect((await source.lookupNumber('+49301234567'))?.id).toBe(contact.id);
    const controller = new AbortController();
    controller.abort(new Error('typed on'));
    await expect(source.search('mül', 10, controller.signal)).rejects.toThrow('typed on');
    expect(source.status()).toEqual({ state: 'ready' });
  });
});
