import { describe, expect, it } from 'vitest';
import { emptyContactFields } from '../../../../../src/main/contacts/contact';
import { noContactFilters } from '../../../../../src/main/contacts/contact-source';
import { LocalContactStore } from '../../../../../src/main/contacts/local/local-contact-store';
import { ContactSearch } from '../../../../../src/main/contacts/search/contact-search';
import type { SourceContact } from '../../../../../src/main/contacts/store/source-cache';
import { SourceCache } from '../../../../../src/main/contacts/store/source-cache';
import { openDatabase } from '../../../../../src/main/db/database';

function setup() {
  const db = openDatabase(':memory:');
  const country = () => 'DE';
  return {
    db,
    cache: new SourceCache(db, country, () => 5),
    local: new LocalContactStore(db, { defaultCountry: country }),
    search: new ContactSearch(db, { defaultCountry: country }),
  };
}

function remote(id: string, lastName: string, number: string): SourceContact {
  return { ...emptyContactFields(), id, lastName, phones: number ? [{ type: 'work', number }] : [] };
}

describe('SourceCache', () => {
  it('replaces a source copy completely, and search and caller ID find the copy', () => {
    const { cache, search } = setup();
    cache.replaceAll(
      'xml:a',
      [remote('1', 'Müller', '+49 30 111'), remote('2', 'Schulz', '030 222')],
      noContactFilters,
    );
    expect(search.searchLocal('mül').map((m) => m.contact.lastName)).toEqual(['Müller']);
    expect(search.callerId('+4930222')?.lastName).toBe('Schulz');

    expect(cache.replaceAll('xml:a', [remote('3', 'Neu', '333')], noContactFilters)).toBe(1);
    expect(search.searchLocal('mül')).toEqual([]);
    expect(search.callerId('+4930222')).toBeUndefined();
  });

  it('never touches local contacts or other sources', () => {
    const { cache, local, search } = setup();
    local.add({ ...emptyContactFields(), lastName: 'Local', phones: [{ type: 'work', number: '201' }] });
    cache.replaceAll('xml:b', [remote('1', 'Other', '202')], noContactFilters);
    cache.replaceAll('xml:a', [remote('1', 'Gone', '203')], noContactFilters);
    cache.clear('xml:a');
    expect(search.searchLocal('local')).toHaveLength(1);
    expect(search.searchLocal('other')).toHaveLength(1);
    expect(() => cache.clear('local')).toThrow(/remote/);
  });

  it('applies the filters when writing, so hidden entries are never stored', () => {
    const { cache } = setup();
    const count = cache.replaceAll(
      'xml:a',
      [remote('1', 'Named', '1'), remote('2', '', '2'), remote('3', 'No phone', '')],
      { hideWithoutName: true, hideWithoutPhone: true },
    );
    expect(count).toBe(1);
  });

  it('applies an incremental sync: upserts, deletions, and a changed contact the filter now hides', () => {
    const { cache, search } = setup();
    const filters = { hideWithoutName: false, hideWithoutPhone: true };
    cache.replaceAll(
      'google:g',
      [remote('a', 'Alpha', '1'), remote('b', 'Beta', '2'), remote('c', 'Gamma', '3')],
      filters,
    );
    const count = cache.applyChanges(
      'google:g',
      [remote('a', 'Alpha Neu', '1'), remote('b', 'Beta', ''), remote('d', 'Delta', '4')],
      ['c'],
      filters,
    );
    expect(count).toBe(2);
    expect(search.searchLocal('alpha')[0]?.contact.lastName).toBe('Alpha Neu');
    expect(search.searchLocal('beta')).toEqual([]);
    expect(search.searchLocal('gamma')).toEqual([]);
  });

  it('cleans hostile remote data: overlong text clipped, unknown phone types, duplicate ids, blank ids', () => {
    const { cache, search } = setup();
    const hostile = {
      ...remote('x', 'A'.repeat(10_000), '+49 30 999'),
      phones: [{ type: 'pager' as 'work', number: '+49 30 999' }],
    };
    expect(
      cache.replaceAll('xml:h', [hostile, { ...hostile }, remote('', 'NoId', '1')], noContactFilters),
    ).toBe(1);
    const found = search.callerId('+4930999');
    expect(found?.lastName).toHaveLength(256);
    expect(found?.phones[0]?.type).toBe('other');
  });
});
