import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  MAX_PHONES,
  parseWindowsContact,
  phoneTypeOfLabels,
} from '../../../../../src/main/contacts/windows/parse-windows-contact';
import { WindowsContactsError } from '../../../../../src/main/contacts/windows/windows-contacts-error';

const FIXTURES = join(__dirname, '../../../../fixtures/contacts/windows');
const fixture = (name: string): Buffer => readFileSync(join(FIXTURES, name));

const NS =
  'xmlns:c="http://schemas.microsoft.com/Contact" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"';
const contact = (body: string): Buffer =>
  Buffer.from(`<?xml version="1.0"?><c:contact ${NS}>${body}</c:contact>`);

function failure(bytes: Buffer): WindowsContactsError {
  try {
    parseWindowsContact(bytes, 'The contact file x.contact');
  } catch (error) {
    if (error instanceof WindowsContactsError) return error;
    throw error;
  }
  throw new Error('parsed without error');
}

describe('parseWindowsContact', () => {
  it('maps every field of a full contact with umlauts, labels and deleted entries', () => {
    const parsed = parseWindowsContact(fixture('Jürgen Müller.contact'), 'Jürgen Müller.contact');
    expect(parsed.contactId).toBe('0f3c2a8e-5d1b-4c7e-8a9f-3b2d1e0c9a77');
    expect(parsed.fields).toEqual({
      displayName: 'Jürgen Müller',
      firstName: 'Jürgen Hans-Peter',
      lastName: 'Müller',
      company: 'Ärzte GmbH & Co. KG',
      department: 'Kardiologie',
      // the one labelled Preferred, not the first; the xsi:nil one is skipped
      email: 'juergen.mueller@ärzte.example',
      phones: [
        { type: 'work', number: '+49 30 1234567' },
        { type: 'mobile', number: '0171 2222222' },
        { type: 'home', number: '030 7654321' },
        { type: 'fax', number: '+49 30 1234599' },
        { type: 'other', number: '0160 9999999' },
      ],
    });
  });

  it('reads UTF-8 with a BOM and derives the display name from given and family name', () => {
    const parsed = parseWindowsContact(fixture('Anna Schmidt.contact'), 'Anna Schmidt.contact');
    expect(parsed.fields).toMatchObject({
      displayName: 'Anna Schmidt',
      firstName: 'Anna',
      lastName: 'Schmidt',
      phones: [{ type: 'other', number: '040 5551234' }],
    });
  });

  it('reads UTF-16 with a BOM', () => {
    const parsed = parseWindowsContact(fixture('Vertrieb/Björn Weiß.contact'), 'Björn Weiß.contact');
    expect(parsed.fields).toMatchObject({
      displayName: 'Björn Weiß',
      company: 'Straße & Söhne',
      phones: [
        { type: 'work', number: '+43 1 5005000' },
        { type: 'mobile', number: '+43 664 1234567' },
      ],
    });
  });

  it('reads a default namespace and a contact without ContactID or name', () => {
    const parsed = parseWindowsContact(fixture('Vertrieb/Süd/Pforte.contact'), 'Pforte.contact');
    expect(parsed.contactId).toBeUndefined();
    expect(parsed.fields).toMatchObject({
      displayName: 'Pförtnerloge',
      phones: [{ type: 'work', number: '201' }],
    });
  });

  it('refuses a DOCTYPE before any entity is expanded', () => {
    const error = failure(fixture('Entity.contact'));
    expect(error.code).toBe('doctype');
    expect(error.message).toMatch(/The contact file x\.contact contains a DOCTYPE/);
    expect(error.message).not.toContain('root:');
  });

  it('says where malformed XML breaks', () => {
    const error = failure(fixture('Kaputt.contact'));
    expect(error.code).toBe('malformed');
    expect(error.message).toMatch(/The contact file x\.contact is not valid XML: .*line \d+/);
  });

  it('refuses XML that is not a contact, naming its root', () => {
    const error = failure(fixture('Vertrieb/Kein Kontakt.contact'));
    expect(error.code).toBe('notContact');
    expect(error.message).toMatch(/<YealinkIPPhoneDirectory>/);
  });

  it('refuses deep nesting and unknown encodings', () => {
    const deep = contact(`${'<c:X>'.repeat(40)}${'</c:X>'.repeat(40)}`);
    expect(failure(deep).code).toBe('tooDeep');
    const ebcdic = Buffer.from('<?xml version="1.0" encoding="x-unknown-42"?><c:contact/>');
    expect(failure(ebcdic).code).toBe('malformed');
  });

  it('drops control characters and bidi overrides, caps lengths and counts', () => {
    const many = Array.from(
      { length: MAX_PHONES + 5 },
      (_, i) => `<c:PhoneNumber><c:Number>+49 30 ${1000 + i}</c:Number></c:PhoneNumber>`,
    ).join('');
    const parsed = parseWindowsContact(
      contact(
        `<c:NameCollection><c:Name><c:FormattedName>Eve&#x202E;gnp.exe&#x9;&#xA;(1)</c:FormattedName><c:FamilyName>${'x'.repeat(1000)}</c:FamilyName></c:Name></c:NameCollection>` +
          `<c:PhoneNumberCollection><c:PhoneNumber><c:Number>${'1'.repeat(100)}</c:Number></c:PhoneNumber><c:PhoneNumber><c:Number>no digits</c:Number></c:PhoneNumber>${many}</c:PhoneNumberCollection>`,
      ),
      'x',
    );
    expect(parsed.fields.displayName).toBe('Eve gnp.exe (1)');
    expect(parsed.fields.lastName).toHaveLength(256);
    expect(parsed.fields.phones).toHaveLength(MAX_PHONES);
    expect(parsed.fields.phones[0]?.number).toBe('+49 30 1000');
  });
});

describe('phoneTypeOfLabels', () => {
  const type = (...labels: string[]) => phoneTypeOfLabels(new Set(labels.map((l) => l.toLowerCase())));
  it('maps Windows label sets onto phone types', () => {
    expect(type('Voice', 'Business')).toBe('work');
    expect(type('Voice', 'Personal')).toBe('home');
    expect(type('Cellular')).toBe('mobile');
    expect(type('Mobile', 'Business')).toBe('mobile');
    expect(type('Fax', 'Business')).toBe('fax');
    expect(type('Pager')).toBe('other');
    expect(type('Voice')).toBe('other');
    expect(type()).toBe('other');
    expect(type('http://example.com/labels/private')).toBe('other');
  });
});
