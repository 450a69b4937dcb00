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
import { labelFor, multiValueSeparator, phoneTypeColumns, phoneTypeOfLabel } from './phone-type-columns';
import type { CsvTable } from './parse';
import type { UserText } from '../../../shared/contract/user-text';
import { worded } from '../../i18n/translator';

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
  /** The same as a catalogue code with parameters, which the import dialog shows in the UI language. */
  text?: UserText;
  /** The header of the offending column, when one column is at fault. */
  column?: string;
}

function rowText(
  key: UserText['key'],
  params: Record<string, string | number>,
): Pick<CsvRowError, 'message' | 'text'> {
  const { text, english } = worded(key, params);
  return { message: english, text };
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
  const quoteIssues = new Map(table.issues.map((issue) => [issue.row, issue.detail]));
  const typeColumns = phoneTypeColumns(table.headers, mapping);
  table.rows.forEach((cells, index) => {
    const row = index + 2;
    if (cells.every((cell) => cell.trim() === '')) {
      blankCount++;
      return;
    }
    const quoteIssue = quoteIssues.get(row);
    const rowErrors = quoteIssue
      ? [{ row, code: 'QUOTES' as const, ...rowText('csvRow.quotes', { row, detail: quoteIssue }) }]
      : (shapeErrors(table.headers, cells, row) ??
        contactOf(table.headers, cells, { mapping, typeColumns }, row, options));
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
        ...rowText('csvRow.tooFewColumns', { row, cells: cells.length, headers: headers.length }),
      },
    ];
  }
  if (cells.slice(headers.length).some((cell) => cell.trim() !== '')) {
    return [
      {
        row,
        code: 'TOO_MANY_COLUMNS',
        ...rowText('csvRow.tooManyColumns', { row, cells: cells.length, headers: headers.length }),
      },
    ];
  }
  return undefined;
}

function contactOf(
  headers: string[],
  cells: string[],
  { mapping, typeColumns }: { mapping: CsvMapping; typeColumns: Map<number, number> },
  row: number,
  options: CsvImportOptions,
): ContactFields | CsvRowError[] {
  const maxLength = options.maxFieldLength ?? 500;
  const contact = emptyContactFields();
  const errors: CsvRowError[] = [];
  mapping.forEach((field, column) => {
    const value = cleanField(cells[column] ?? '');
    if (field === null || field === 'phoneType' || value === '') return;
    const header = headers[column] ?? `Column ${column + 1}`;
    if (isPhoneField(field)) {
      const typeColumn = typeColumns.get(column);
      const typeCell = typeColumn === undefined ? '' : cleanField(cells[typeColumn] ?? '');
      phoneNumbersIn(value).forEach((number, index) => {
        const error = phoneError(number, header, row);
        const type = phoneTypeOfLabel(labelFor(typeCell, index)) ?? phoneTypeOf(field);
        if (error) errors.push(error);
        else contact.phones.push({ type, number } satisfies ContactPhone);
      });
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
      ...emptyColumnsText('noPhone', row, columnsOf(headers, mapping, isPhoneFieldOrNull)),
    });
  }
  if (!contact.lastName && !contact.displayName && !contact.company) {
    errors.push({
      row,
      code: 'NO_NAME',
      ...emptyColumnsText('noName', row, columnsOf(headers, mapping, isNameField)),
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
    .split(multiValueSeparator)
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
    ...rowText('csvRow.notANumber', { row, number, column: header }),
  };
}

function tooLong(row: number, header: string, max: number): CsvRowError {
  return {
    row,
    code: 'TOO_LONG',
    column: header,
    ...rowText('csvRow.tooLong', { row, column: header, max }),
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
  return headers
    .filter((_, i) => which(mapping[i] ?? null))
    .map((name) => `"${name}"`)
    .join(', ');
}

/** A row missing what the mapped (and empty) columns should give; `columns` is "" when none is mapped. */
function emptyColumnsText(
  what: 'noPhone' | 'noName',
  row: number,
  columns: string,
): Pick<CsvRowError, 'message' | 'text'> {
  return columns === ''
    ? rowText(`csvRow.${what}Unassigned`, { row })
    : rowText(`csvRow.${what}`, { row, columns });
}
