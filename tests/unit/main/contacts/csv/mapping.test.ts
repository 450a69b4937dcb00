import { describe, expect, it } from 'vitest';
import { checkMapping, normalizeHeader, suggestMapping } from '../../../../../src/main/contacts/csv/mapping';

/** Headers as the named program exports them (abridged, order kept). */
const outlookEnglish = [
  'Title',
  'First Name',
  'Middle Name',
  'Last Name',
  'Suffix',
  'Company',
  'Department',
  'Job Title',
  'Business Street',
  'Business Fax',
  'Business Phone',
  'Business Phone 2',
  'Home Fax',
  'Home Phone',
  'Mobile Phone',
  'Other Phone',
  'Pager',
  'E-mail Address',
  'E-mail Type',
  'E-mail Display Name',
  'E-mail 2 Address',
  'Notes',
];
const outlookGerman = [
  'Anrede',
  'Vorname',
  'Weitere Vornamen',
  'Nachname',
  'Suffix',
  'Firma',
  'Abteilung',
  'Position',
  'Straße geschäftlich',
  'Fax geschäftlich',
  'Telefon geschäftlich',
  'Telefon geschäftlich 2',
  'Fax privat',
  'Telefon privat',
  'Mobiltelefon',
  'Weiteres Telefon',
  'Pager',
  'E-Mail-Adresse',
  'E-Mail-Typ',
  'E-Mail: Angezeigter Name',
  'E-Mail 2: Adresse',
  'Notizen',
];
const googleCurrent = [
  'First Name',
  'Middle Name',
  'Last Name',
  'Nickname',
  'File As',
  'Organization Name',
  'Organization Title',
  'Organization Department',
  'Notes',
  'Labels',
  'E-mail 1 - Label',
  'E-mail 1 - Value',
  'Phone 1 - Label',
  'Phone 1 - Value',
  'Phone 2 - Label',
  'Phone 2 - Value',
];
const googleLegacy = [
  'Name',
  'Given Name',
  'Additional Name',
  'Family Name',
  'Group Membership',
  'E-mail 1 - Type',
  'E-mail 1 - Value',
  'Phone 1 - Type',
  'Phone 1 - Value',
  'Organization 1 - Type',
  'Organization 1 - Name',
  'Organization 1 - Department',
];

function mapped(headers: string[]): Record<string, string> {
  const mapping = suggestMapping(headers);
  return Object.fromEntries(headers.flatMap((header, i) => (mapping[i] ? [[header, mapping[i]]] : [])));
}

describe('suggestMapping', () => {
  it('maps an English Outlook export', () => {
    expect(mapped(outlookEnglish)).toEqual({
      'First Name': 'firstName',
      'Last Name': 'lastName',
      Company: 'company',
      Department: 'department',
      'Business Fax': 'phone:fax',
      'Business Phone': 'phone:work',
      'Business Phone 2': 'phone:work',
      'Home Fax': 'phone:fax',
      'Home Phone': 'phone:home',
      'Mobile Phone': 'phone:mobile',
      'Other Phone': 'phone:other',
      'E-mail Address': 'email',
      'E-mail 2 Address': 'email',
    });
  });

  it('maps a German Outlook export the same way', () => {
    const english = suggestMapping(outlookEnglish);
    expect(suggestMapping(outlookGerman)).toEqual(english);
  });

  it('maps a Google Contacts export', () => {
    expect(mapped(googleCurrent)).toEqual({
      'First Name': 'firstName',
      'Last Name': 'lastName',
      'Organization Name': 'company',
      'Organization Department': 'department',
      'E-mail 1 - Value': 'email',
      'Phone 1 - Label': 'phoneType',
      'Phone 1 - Value': 'phone:other',
      'Phone 2 - Label': 'phoneType',
      'Phone 2 - Value': 'phone:other',
    });
  });

  it('maps a legacy Google export, whose "Name" is the display name', () => {
    expect(mapped(googleLegacy)).toEqual({
      Name: 'displayName',
      'Given Name': 'firstName',
      'Family Name': 'lastName',
      'E-mail 1 - Value': 'email',
      'Phone 1 - Type': 'phoneType',
      'Phone 1 - Value': 'phone:other',
      'Organization 1 - Name': 'company',
      'Organization 1 - Department': 'department',
    });
  });

  it('maps the type and value columns of a Google export with German headers (#13)', () => {
    expect(
      suggestMapping(['Name', 'Telefon 1 - Typ', 'Telefon 1 - Wert', 'Telefon 2 - Typ', 'Telefon 2 - Wert']),
    ).toEqual(['displayName', 'phoneType', 'phone:other', 'phoneType', 'phone:other']);
  });

  it('maps hand-made German headers, reading "Name" beside "Vorname" as the last name', () => {
    expect(
      suggestMapping(['Name', 'Vorname', 'Anzeigename', 'Handy', 'Telefon', 'Fax', 'E-Mail', 'Sonstiges']),
    ).toEqual([
      'lastName',
      'firstName',
      'displayName',
      'phone:mobile',
      'phone:other',
      'phone:fax',
      'email',
      null,
    ]);
  });

  it('ignores case, spacing and punctuation', () => {
    expect(suggestMapping(['  FIRST_NAME ', 'lastname', 'e-mail', 'MOBILE-PHONE'])).toEqual([
      'firstName',
      'lastName',
      'email',
      'phone:mobile',
    ]);
    expect(normalizeHeader('Telefon geschäftlich 2')).toBe(normalizeHeader('telefon geschaftlich'));
  });

  it('gives a text field other than e-mail to its first column only', () => {
    expect(suggestMapping(['Company', 'Firma', 'Display Name', 'Anzeigename'])).toEqual([
      'company',
      null,
      'displayName',
      null,
    ]);
  });
});

describe('checkMapping', () => {
  it('accepts a mapping with a number and a name column', () => {
    expect(checkMapping(['lastName', 'phone:work'], 2)).toEqual([]);
  });

  it('asks for a phone column and a name column', () => {
    const codes = checkMapping(['firstName', null, 'email'], 3).map((problem) => problem.code);
    expect(codes).toEqual(['NO_PHONE_COLUMN', 'NO_NAME_COLUMN']);
  });

  it('notices a mapping that does not fit the columns', () => {
    expect(checkMapping(['company', 'phone:home'], 3).map((problem) => problem.code)).toEqual([
      'WRONG_LENGTH',
    ]);
  });
});
