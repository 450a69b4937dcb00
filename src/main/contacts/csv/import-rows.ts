/**
 * Table rows + mapping → contacts, applying the manual's rules for a contact ("Add Contact"): at least
 * one phone number, and at least one of last name, display name or company. A row that breaks a rule,
 * or whose field count differs from the header's, is reported and left out; the rest are returned.
 * Nothing is stored here: the caller shows both counts and, when the user confirms ("import the valid
 * rows"), hands `contacts` to the store's all-or-nothing importAll; or cancels.
 *
 * Cell text is cleaned by clean-text.ts (control characters removed; formula prefixes kept as text).
 */
import type { ContactFields, ContactPhone } from '../contact';
import { emptyContactFields } from '../contact';
import { cleanField } from './clean-text';
import type { CsvField, CsvMapping, CsvPhoneField, CsvTextField } from './mapping';
import { isPhoneField, phoneTypeOf } from './mapping';
import type { CsvTable } from './parse';

export const csvRowErrorCodes = [
  'QUOTES',
  'TOO_FEW_COLUMNS',
  'TOO_MANY_COLUMNS',
  'NO_PHONE',
  'NO_NAME',
  'NOT_A_NUMBER',
  'TOO_LONG',
] as const;
export type CsvRowErrorCode = (typeof csvRowErrorCodes)[number];

/** One problem in one row; a row can have several. The renderer translates by code. */
export interface CsvRowError {
  /** 1-based, the header being row 1: the row number a spreadsheet shows. */
  row: number;
  code: CsvRowErrorCode;
  /** English, naming the row and the column or field, e.g. "Row 7: no phone number — …". */
  message: string;
  /** The header of the offending column, when one column is at fault. */
  column?: string;
}

export interface CsvImportResult {
  /** The valid rows, in file order, ready for importAll. */
  contacts: ContactFields[];
  errors: CsvRowError[];
  /** Rows that will be imported (= contacts.length). */
  validCount: number;
  /** Rows left out because of at least one error. */
  invalidCount: number;
  /** Rows with no data at all, skipped silently. */
  blankCount: number;
}

export interface CsvImportOptions {
  /** Longest text field kept; longer is an error. Default 500. */
  maxFieldLength?: number;
}

const maxPhoneLength = 64;

export function importRows(
  table: CsvTable,
  mapping: CsvMapping,
  options: CsvImportOptions = {},
): CsvImportResult {
  const contacts: ContactFields[] = [];
  const errors: CsvRowError[] = [];
  let invalidCount = 0;
  let blankCount = 0;
  const quoteIssues = new Map(table.issues.map((issue) => [issue.row, issue.message]));
  table.rows.forEach((cells, index) => {
    const row = index + 2;
    if (cells.every((cell) => cell.trim() === '')) {
      blankCount++;
      return;
    }
    const quoteIssue = quoteIssues.get(row);
    const rowErrors = quoteIssue
      ? [{ row, code: 'QUOTES' as const, message: quoteIssue }]
      : (shapeErrors(table.headers, cells, row) ?? contactOf(table.headers, cells, mapping, row, options));
    if (Array.isArray(rowErrors)) {
      errors.push(...rowErrors);
      invalidCount++;
    } else {
      contacts.push(rowErrors);
    }
  });
  return { contacts, errors, validCount: contacts.length, invalidCount, blankCount };
}

/**
 * A row with more fields than the header is refused unless the extra ones are empty (a trailing
 * separator); one with fewer is refused: either way the columns may have shifted (an unquoted
 * separator or quote), and guessing would put numbers into names.
 */
function shapeErrors(headers: string[], cells: string[], row: number): CsvRowError[] | undefined {
  if (cells.length < headers.length) {
    return [
      {
        row,
        code: 'TOO_FEW_COLUMNS',
        message: `Row ${row}: ${cells.length} columns, but the header has ${headers.length} — check the separator and quotes in this row.`,
      },
    ];
  }
  if (cells.slice(headers.length).some((cell) => cell.trim() !== '')) {
    return [
      {
        row,
        code: 'TOO_MANY_COLUMNS',
        message: `Row ${row}: ${cells.length} columns, but the header has ${headers.length} — a value probably contains the separator without quotes.`,
      },
    ];
  }
  return undefined;
}

function contactOf(
  headers: string[],
  cells: string[],
  mapping: CsvMapping,
  row: number,
  options: CsvImportOptions,
): ContactFields | CsvRowError[] {
  const maxLength = options.maxFieldLength ?? 500;
  const contact = emptyContactFields();
  const errors: CsvRowError[] = [];
  mapping.forEach((field, column) => {
    const value = cleanField(cells[column] ?? '');
    if (field === null || value === '') return;
    const header = headers[column] ?? `Column ${column + 1}`;
    if (isPhoneField(field)) {
      for (const number of phoneNumbersIn(value)) {
        const error = phoneError(number, header, row);
        if (error) errors.push(error);
        else contact.phones.push({ type: phoneTypeOf(field), number } satisfies ContactPhone);
      }
    } else if (value.length > maxLength) {
      errors.push(tooLong(row, header, maxLength));
    } else if (contact[field] === '') {
      contact[field] = value;
    }
  });
  if (contact.phones.length === 0 && !errors.some((e) => e.code === 'NOT_A_NUMBER')) {
    errors.push({
      row,
      code: 'NO_PHONE',
      message: `Row ${row}: no phone number (${columnsOf(headers, mapping, isPhoneFieldOrNull)}) — at least one number is needed.`,
    });
  }
  if (!contact.lastName && !contact.displayName && !contact.company) {
    errors.push({
      row,
      code: 'NO_NAME',
      message: `Row ${row}: no last name, display name or company (${columnsOf(headers, mapping, isNameField)}) — at least one is needed.`,
    });
  }
  return errors.length > 0 ? errors : contact;
}

/**
 * Google Contacts puts several numbers into one cell separated by " ::: ". Spreadsheet tricks for
 * keeping a leading zero or plus ('0301234, ="0301234") are unwrapped: they are text, not formulas.
 */
function phoneNumbersIn(value: string): string[] {
  return value
    .split(' ::: ')
    .map((part) =>
      part
        .trim()
        .replace(/^="(.*)"$/, '$1')
        .replace(/^'(?=[+\d(])/, '')
        .trim(),
    )
    .filter((part) => part !== '');
}

/** A number needs a digit (or is a SIP address); letters-only cells like "n/a" are refused. */
function phoneError(number: string, header: string, row: number): CsvRowError | undefined {
  if (number.length > maxPhoneLength) return tooLong(row, header, maxPhoneLength);
  if (/\d/.test(number) || /^[^\s@]+@[^\s@]+$/.test(number)) return undefined;
  return {
    row,
    code: 'NOT_A_NUMBER',
    column: header,
    message: `Row ${row}: "${number}" in column "${header}" is not a phone number.`,
  };
}

function tooLong(row: number, header: string, max: number): CsvRowError {
  return {
    row,
    code: 'TOO_LONG',
    column: header,
    message: `Row ${row}: column "${header}" is longer than ${max} characters.`,
  };
}

function isPhoneFieldOrNull(field: CsvField | null): field is CsvPhoneField {
  return field !== null && isPhoneField(field);
}

function isNameField(field: CsvField | null): field is CsvTextField {
  return field === 'lastName' || field === 'displayName' || field === 'company';
}

/** "columns Business Phone, Mobile Phone" or "no column assigned", for the messages. */
function columnsOf(
  headers: string[],
  mapping: CsvMapping,
  which: (field: CsvField | null) => boolean,
): string {
  const names = headers.filter((_, i) => which(mapping[i] ?? null)).map((name) => `"${name}"`);
  return names.length === 0 ? 'no column is assigned' : `columns ${names.join(', ')} are empty`;
}
