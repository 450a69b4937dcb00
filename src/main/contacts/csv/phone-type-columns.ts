/**
 * Exports that give a phone's type in its own column next to the number (Google Contacts:
 * "Phone 1 - Type" or "Phone 1 - Label" beside "Phone 1 - Value", with "Mobile", "Work", "* Mobile"
 * for the primary number, "Mobile ::: Work" when one cell holds several numbers). A column mapped to
 * `phoneType` gives the type of each number in the phone column it belongs to; a label we do not know
 * (a custom one) leaves the number with the type its column is mapped to.
 */
import type { PhoneType } from '../contact';
import type { CsvMapping } from './mapping';
import { isPhoneField } from './mapping';

/** Google separates the values of one field in a cell with " ::: ". */
export const multiValueSeparator = ' ::: ';

/**
 * Phone column → its type column. A type column belongs to the phone column with the same header
 * apart from the last word ("Phone 1 - Type" / "Phone 1 - Value", "Telefon 1 - Typ" / "Telefon 1 -
 * Wert"); failing that, to the phone column right after it, then the one right before it.
 */
export function phoneTypeColumns(headers: readonly string[], mapping: CsvMapping): Map<number, number> {
  const paired = new Map<number, number>();
  const isFreePhoneColumn = (column: number): boolean => {
    const field = mapping[column];
    return field !== undefined && field !== null && isPhoneField(field) && !paired.has(column);
  };
  mapping.forEach((field, typeColumn) => {
    if (field !== 'phoneType') return;
    const stem = stemOf(headers[typeColumn] ?? '');
    const sameStem = mapping.findIndex(
      (_, column) => isFreePhoneColumn(column) && stem !== '' && stemOf(headers[column] ?? '') === stem,
    );
    const candidates = [sameStem, typeColumn + 1, typeColumn - 1];
    const phoneColumn = candidates.find((column) => column >= 0 && isFreePhoneColumn(column));
    if (phoneColumn !== undefined) paired.set(phoneColumn, typeColumn);
  });
  return paired;
}

/** "Phone 1 - Type" and "Phone 1 - Value" → "phone1". */
function stemOf(header: string): string {
  return header
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '')
    .replace(/(?:type|label|value|typ|wert|bezeichnung|art)$/u, '');
}

/** English labels as Google writes them, and the German ones of a German account or hand-made file. */
const typeByLabel = new Map<string, PhoneType>([
  ...['mobile', 'cell', 'mobil', 'handy', 'mobiltelefon'].map((l): [string, PhoneType] => [l, 'mobile']),
  ...['work', 'business', 'office', 'arbeit', 'geschäftlich', 'büro', 'dienstlich', 'firma'].map(
    (l): [string, PhoneType] => [l, 'work'],
  ),
  ...['home', 'private', 'privat', 'zuhause', 'zu hause', 'festnetz'].map((l): [string, PhoneType] => [
    l,
    'home',
  ]),
  ...['other', 'main', 'andere', 'sonstige', 'weitere', 'haupt', 'hauptnummer'].map(
    (l): [string, PhoneType] => [l, 'other'],
  ),
]);

/** The type a label names ("* Mobile" → mobile, "Work Fax" → fax), or undefined for a custom label. */
export function phoneTypeOfLabel(label: string): PhoneType | undefined {
  const text = label
    .replace(/^\s*\*\s*/, '')
    .trim()
    .toLowerCase();
  if (/fax/.test(text)) return 'fax';
  return typeByLabel.get(text);
}

/** The label of the index-th number of a cell: its own, or the only one the type cell has. */
export function labelFor(typeCell: string, index: number): string {
  const labels = typeCell.split(multiValueSeparator);
  return labels[index] ?? (labels.length === 1 ? (labels[0] ?? '') : '');
}
