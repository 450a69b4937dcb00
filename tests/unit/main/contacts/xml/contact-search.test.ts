import { describe, expect, it } from 'vitest';
import type { Contact } from '../../../../../src/main/contacts/contact';
import { emptyContactFields } from '../../../../../src/main/contacts/contact';
import { contactMatches } from '../../../../../src/main/contacts/xml/contact-search';

function contact(lastName: string, company = ''): Contact {
  return { ...emptyContactFields(), id: lastName, sourceId: 'xml', lastName, company };
}

describe('contactMatches (sources filtered locally)', () => {
  it('applies the German spelling rules both ways (#13)', () => {
    expect(contactMatches(contact('Müller'), 'Mueller')).toBe(true);
    expect(contactMatches(contact('Mueller'), 'Müller')).toBe(true);
    expect(contactMatches(contact('Schoessler'), 'schöß')).toBe(true);
    expect(contactMatches(contact('Kranz', 'Hauptstraße 5'), 'strasse')).toBe(true);
    expect(contactMatches(contact('Kranz', 'Hauptstrasse 5'), 'Straße')).toBe(true);
    expect(contactMatches(contact('Bäcker'), 'baeck')).toBe(true);
    // The plain fold still matches, and nothing else does.
    expect(contactMatches(contact('Müller'), 'muller')).toBe(true);
    expect(contactMatches(contact('Müller'), 'meier')).toBe(false);
  });
});
