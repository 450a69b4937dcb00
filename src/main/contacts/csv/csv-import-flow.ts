/**
 * The CSV import dialog's two requests: preview (encoding, separator, first rows, suggested mapping)
 * and import (check only, or store the valid rows all or nothing). The file travels as base64 because
 * the renderer reads it from a file input; it is decoded and parsed here, never in the renderer.
 */
import type { CsvImportResultView, CsvPreviewView } from '../../../shared/contract';
import { ContractError } from '../../../shared/contract';
import type { UserText } from '../../../shared/contract/user-text';
import type { ContactFields } from '../contact';
import { contactsRefusal } from '../contacts-refusal';
import { CsvImportError } from './csv-import-error';
import type { CsvEncoding } from './decode';
import { decodeCsv, detectEncoding } from './decode';
import { importRows } from './import-rows';
import type { CsvMapping, CsvMappingProblem } from './mapping';
import { checkMapping, suggestMapping } from './mapping';
import type { CsvSeparator } from './parse';
import { parseCsv, preview } from './parse';

const previewRows = 10;

function bytesOf(base64: string): Buffer {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(base64)) {
    throw contactsRefusal('INVALID_PARAMS', 'csv.notBase64', {}, 'data');
  }
  return Buffer.from(base64, 'base64');
}

function asContractError(error: unknown): never {
  if (error instanceof CsvImportError) {
    throw new ContractError('VALIDATION', error.message, 'data', error.text);
  }
  throw error;
}

/** One text for the mapping's problems (at most three): a problem's code, or the codes in a row. */
function mappingText(problems: readonly CsvMappingProblem[]): UserText {
  const [first, second, third] = problems.map((p) => p.text.key.replace(/^csv\./, ''));
  if (problems.length === 1) return problems[0]!.text;
  if (third === undefined) return { key: 'csv.twoProblems', params: { first: first!, second: second! } };
  return { key: 'csv.threeProblems', params: { first: first!, second: second!, third } };
}

export function csvPreviewOf(data: string, encoding?: CsvEncoding, separator?: CsvSeparator): CsvPreviewView {
  const bytes = bytesOf(data);
  try {
    const chosen = encoding ?? detectEncoding(bytes);
    const text = decodeCsv(bytes, chosen);
    const shown = preview(text, separator, previewRows);
    const table = parseCsv(text, shown.separator);
    return {
      encoding: chosen,
      separator: shown.separator,
      headers: shown.headers,
      rows: shown.rows,
      rowCount: table.rows.length,
      mapping: suggestMapping(shown.headers),
    };
  } catch (error) {
    return asContractError(error);
  }
}

export function csvImportOf(
  request: {
    data: string;
    encoding: CsvEncoding;
    separator: CsvSeparator;
    mapping: CsvMapping;
    dryRun: boolean;
  },
  store: (contacts: ContactFields[]) => number,
): CsvImportResultView {
  const bytes = bytesOf(request.data);
  let result;
  try {
    const table = parseCsv(decodeCsv(bytes, request.encoding), request.separator);
    const problems = checkMapping(request.mapping, table.headers.length);
    if (problems.length > 0) {
      throw new ContractError(
        'VALIDATION',
        problems.map((p) => p.message).join(' '),
        'mapping',
        mappingText(problems),
      );
    }
    result = importRows(table, request.mapping);
  } catch (error) {
    return asContractError(error);
  }
  const imported = request.dryRun || result.contacts.length === 0 ? 0 : store(result.contacts);
  return {
    imported,
    validCount: result.validCount,
    invalidCount: result.invalidCount,
    blankCount: result.blankCount,
    errors: result.errors.slice(0, 1000),
  };
}
