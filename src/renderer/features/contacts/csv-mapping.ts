import type { CsvPreviewView } from '../../../shared/contract';
import { csvFieldNames } from '../../../shared/contract';

export type CsvField = (typeof csvFieldNames)[number];
/** One entry per column: the contact field it fills, or null to ignore the column. */
export type CsvMapping = readonly (CsvField | null)[];

export function isCsvField(value: string): value is CsvField {
  return (csvFieldNames as readonly string[]).includes(value);
}

/** The mapping after a (re-)preview: the user's choices kept where the columns are still the same. */
export function mappingAfterPreview(
  preview: CsvPreviewView,
  previous: { headers: readonly string[]; mapping: CsvMapping } | undefined,
): CsvMapping {
  return preview.headers.map((header, index) => {
    const sameColumn = previous !== undefined && previous.headers[index] === header;
    return sameColumn ? (previous.mapping[index] ?? null) : (preview.mapping[index] ?? null);
  });
}

export function withColumn(mapping: CsvMapping, column: number, value: string): CsvMapping {
  const field = value === '' ? null : isCsvField(value) ? value : null;
  return mapping.map((current, index) => (index === column ? field : current));
}

/** Problems the dialog can tell before asking main (main checks the same and says so too). */
export type MappingProblem = 'noPhone' | 'noName';

export function mappingProblem(mapping: CsvMapping): MappingProblem | undefined {
  if (!mapping.some((field) => field !== null && field.startsWith('phone:'))) return 'noPhone';
  if (!mapping.some((field) => field === 'lastName' || field === 'displayName' || field === 'company'))
    return 'noName';
  return undefined;
}
