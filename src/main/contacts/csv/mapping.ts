/**
 * Which CSV column fills which contact field. suggestMapping reads the header names (English and
 * German, as Outlook and Google Contacts export them, and common hand-made names); the user can change
 * every column in the dialog before importing.
 *
 * A mapping has one entry per column: a field, or null for "ignore". Several columns may map to phone
 * fields (each non-empty cell becomes a number). Several columns may also map to the same text field
 * (e.g. "E-mail Address" and "E-mail 2 Address"): the first non-empty cell, left to right, is used.
 */
import type { UserText } from '../../../shared/contract/user-text';
import { worded } from '../../i18n/translator';
import type { PhoneType } from '../contact';
import { phoneTypes } from '../contact';
import { contactTextFields } from '../../../shared/contract/contacts';

export const csvTextFields = contactTextFields;
export type CsvTextField = (typeof csvTextFields)[number];
export type CsvPhoneField = `phone:${PhoneType}`;
/** A column naming the type of the numbers in the phone column beside it (see phone-type-columns.ts). */
export type CsvPhoneTypeField = 'phoneType';
export type CsvField = CsvTextField | CsvPhoneField | CsvPhoneTypeField;
export type CsvMapping = (CsvField | null)[];

export const csvFields: readonly CsvField[] = [
  ...csvTextFields,
  ...phoneTypes.map((type): CsvPhoneField => `phone:${type}`),
  'phoneType',
];

export function isPhoneField(field: CsvField): field is CsvPhoneField {
  return field.startsWith('phone:');
}

export function phoneTypeOf(field: CsvPhoneField): PhoneType {
  return field.slice('phone:'.length) as PhoneType;
}

/**
 * Header names by field, written as people write them; compared after normalizeHeader (case, umlauts,
 * punctuation and a trailing number such as "Business Phone 2" do not matter).
 */
const aliases: Record<CsvField, string[]> = {
  firstName: ['First Name', 'Firstname', 'Given Name', 'Forename', 'Vorname'],
  lastName: ['Last Name', 'Lastname', 'Surname', 'Family Name', 'Nachname', 'Familienname'],
  displayName: ['Display Name', 'Full Name', 'Anzeigename', 'Vollständiger Name', 'Name'],
  company: [
    'Company',
    'Company Name',
    'Organization',
    'Organisation',
    'Organization Name',
    'Organization 1 - Name',
    'Firma',
    'Firmenname',
    'Unternehmen',
  ],
  department: ['Department', 'Organization Department', 'Organization 1 - Department', 'Abteilung'],
  email: [
    'E-mail Address',
    'E-mail',
    'Email Address',
    'Mail',
    'E-mail 1 - Value',
    'E-mail 2 Address',
    'E-mail 3 Address',
    'E-Mail-Adresse',
    'E-Mail 2: Adresse',
    'E-Mail 3: Adresse',
  ],
  'phone:work': [
    'Business Phone',
    'Work Phone',
    'Office Phone',
    'Company Main Phone',
    'Phone Work',
    'Telefon geschäftlich',
    'Telefon Firma',
    'Telefon Büro',
    'Geschäftlich',
    'Büro',
    'Dienstlich',
  ],
  'phone:mobile': [
    'Mobile Phone',
    'Mobile',
    'Cell Phone',
    'Cell',
    'Car Phone',
    'Mobiltelefon',
    'Mobil',
    'Handy',
    'Autotelefon',
  ],
  'phone:home': ['Home Phone', 'Phone Home', 'Private Phone', 'Telefon privat', 'Privat'],
  'phone:fax': [
    'Business Fax',
    'Home Fax',
    'Other Fax',
    'Fax',
    'Telefax',
    'Fax geschäftlich',
    'Fax privat',
    'Weiteres Fax',
  ],
  'phone:other': [
    'Other Phone',
    'Primary Phone',
    'Phone',
    'Phone Number',
    'Telephone',
    'Number',
    'Callback',
    "Assistant's Phone",
    'Phone 1 - Value',
    'Telefon 1 - Wert',
    'Weiteres Telefon',
    'Haupttelefon',
    'Telefon',
    'Telefonnummer',
    'Rufnummer',
    'Nummer',
    'Rückmeldung',
    'Telefon Assistent',
  ],
  phoneType: ['Phone 1 - Type', 'Phone 1 - Label', 'Telefon 1 - Typ', 'Telefon 1 - Label'],
};

const fieldByAlias = new Map<string, CsvField>(
  csvFields.flatMap((field) =>
    aliases[field].map((alias): [string, CsvField] => [normalizeHeader(alias), field]),
  ),
);

/** "E-Mail 2: Adresse" → "emailadresse", "Telefon geschäftlich 2" → "telefongeschaftlich". */
export function normalizeHeader(header: string): string {
  return header
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]/g, '')
    .replace(/(?<=[a-z])\d+$/, '')
    .replace(/^(email|phone|organization|telefon)\d+/, '$1');
}

/**
 * One field (or null) per header. Text fields go to their first matching column, except e-mail, whose
 * numbered columns all map (the first non-empty one wins). A lone "Name" beside a first-name column is
 * the last name (German "Name, Vorname"); otherwise it is the display name (Google's "Name").
 */
export function suggestMapping(headers: readonly string[]): CsvMapping {
  const mapping: CsvMapping = headers.map((header) => fieldByAlias.get(normalizeHeader(header)) ?? null);
  const nameColumn = headers.findIndex((header) => normalizeHeader(header) === 'name');
  if (nameColumn >= 0 && mapping.includes('firstName') && !mapping.includes('lastName')) {
    mapping[nameColumn] = 'lastName';
  }
  const taken = new Set<CsvField>();
  return mapping.map((field) => {
    if (field === null || isPhoneField(field) || field === 'phoneType' || field === 'email') return field;
    if (taken.has(field)) return null;
    taken.add(field);
    return field;
  });
}

/** What makes a mapping unusable before any row is read: English text for the log, a code for the dialog. */
export interface CsvMappingProblem {
  code: 'NO_PHONE_COLUMN' | 'NO_NAME_COLUMN' | 'WRONG_LENGTH';
  message: string;
  text: UserText;
}

function problem(code: CsvMappingProblem['code'], key: UserText['key'], params = {}): CsvMappingProblem {
  const { text, english } = worded(key, params);
  return { code, message: english, text };
}

/** The manual's rules at column level: some column for a number and one for a name or company. */
export function checkMapping(mapping: CsvMapping, columnCount: number): CsvMappingProblem[] {
  const problems: CsvMappingProblem[] = [];
  if (mapping.length !== columnCount) {
    problems.push(
      problem('WRONG_LENGTH', 'csv.mappingLength', { entries: mapping.length, columns: columnCount }),
    );
  }
  if (!mapping.some((field) => field !== null && isPhoneField(field))) {
    problems.push(problem('NO_PHONE_COLUMN', 'csv.noPhoneColumn'));
  }
  if (!mapping.some((field) => field === 'lastName' || field === 'displayName' || field === 'company')) {
    problems.push(problem('NO_NAME_COLUMN', 'csv.noNameColumn'));
  }
  return problems;
}
