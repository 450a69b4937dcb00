import { describe, expect, it } from 'vitest';
import type { CsvPreviewView } from '../../../../../src/shared/contract';
import {
  mappingAfterPreview,
  mappingProblem,
  withColumn,
} from '../../../../../src/renderer/features/contacts/csv-mapping';

function preview(headers: string[], mapping: CsvPreviewView['mapping']): CsvPreviewView {
  return { encoding: 'utf8', separator: ';', headers, rows: [], rowCount: 0, mapping };
}

describe('CSV column mapping', () => {
  it('starts from the preview’s suggestion', () => {
    expect(mappingAfterPreview(preview(['Name', 'Tel'], ['lastName', 'phone:work']), undefined)).toEqual([
      'lastName',
      'phone:work',
    ]);
  });

  it('keeps the user’s choice for columns that stayed the same after a re-preview', () => {
    const before = { headers: ['Name', 'Tel', 'Firma'], mapping: ['displayName', null, 'company'] as const };
    const next = preview(['Name', 'Mobil', 'Firma'], ['lastName', 'phone:mobile', null]);
    expect(mappingAfterPreview(next, before)).toEqual(['displayName', 'phone:mobile', 'company']);
  });

  it('sets one column, "" ignores it, unknown values are ignored too', () => {
    const start = ['lastName', null] as const;
    expect(withColumn(start, 1, 'phone:home')).toEqual(['lastName', 'phone:home']);
    expect(withColumn(start, 0, '')).toEqual([null, null]);
    expect(withColumn(start, 0, 'password')).toEqual([null, null]);
  });

  it('needs a phone column and a name column, as main does', () => {
    expect(mappingProblem(['lastName', null])).toBe('noPhone');
    expect(mappingProblem(['firstName', 'phone:work'])).toBe('noName');
    expect(mappingProblem(['company', 'phone:work'])).toBeUndefined();
  });

  it('offers the phone type column and does not count it as a phone column (#13)', () => {
    expect(withColumn(['company', null, 'phone:other'], 1, 'phoneType')).toEqual([
      'company',
      'phoneType',
      'phone:other',
    ]);
    expect(mappingProblem(['company', 'phoneType'])).toBe('noPhone');
  });
});
