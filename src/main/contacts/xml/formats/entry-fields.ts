import type { ContactFields, ContactPhone, PhoneType } from '../../contact';
import { emptyContactFields } from '../../contact';

/** ContactFields from what a mapper found; numbers that are empty after trimming are dropped. */
export function entryFields(
  found: Partial<Omit<ContactFields, 'phones'>>,
  phones: ContactPhone[],
): ContactFields {
  const fields = emptyContactFields();
  for (const key of ['firstName', 'lastName', 'displayName', 'company', 'department', 'email'] as const) {
    fields[key] = (found[key] ?? '').trim();
  }
  fields.phones = phones
    .map((phone) => ({ type: phone.type, number: phone.number.trim() }))
    .filter((phone) => phone.number !== '');
  return fields;
}

/** A vendor's or our phone type label to ours; unknown labels are "other". */
export function phoneTypeOf(label: string, fallback: PhoneType = 'other'): PhoneType {
  switch (label.trim().toLowerCase()) {
    case '':
      return fallback;
    case 'work':
    case 'office':
    case 'business':
    case 'sip':
    case 'fixed':
    case 'extension':
      return 'work';
    case 'mobile':
    case 'cell':
    case 'cellphone':
      return 'mobile';
    case 'home':
    case 'private':
      return 'home';
    case 'fax':
      return 'fax';
    default:
      return 'other';
  }
}
