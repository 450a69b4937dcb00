/**
 * People API `Person` (https://developers.google.com/people/api/rest/v1/people#Person) → contact.
 * Only the fields we request in personFields are read: names, organizations, emailAddresses,
 * phoneNumbers, metadata. Every field is optional in the API, and any of them may be missing or of
 * the wrong type in a broken answer; such values are skipped, never trusted.
 */
import type { PhoneType } from '../contact';
import { isRecord, stringField } from '../oauth/http-json';
import { PhoneList, textOf } from '../oauth/cloud-fields';
import type { CloudContact } from '../oauth/cloud-sync-result';

export const GOOGLE_PERSON_FIELDS = 'names,organizations,emailAddresses,phoneNumbers,metadata';

/**
 * PhoneNumber.type holds Google's canonical values (or the user's own label):
 * home, work, mobile, homeFax, workFax, otherFax, pager, workMobile, workPager, main, googleVoice, other.
 */
const phoneTypeOf: Record<string, PhoneType> = {
  home: 'home',
  work: 'work',
  mobile: 'mobile',
  workmobile: 'mobile',
  homefax: 'fax',
  workfax: 'fax',
  otherfax: 'fax',
  main: 'work',
};

export function googlePhoneType(type: unknown): PhoneType {
  return typeof type === 'string' ? (phoneTypeOf[type.toLowerCase()] ?? 'other') : 'other';
}

/** `resourceName` ("people/c123…") is the stable id; undefined when the record has none. */
export function googlePersonId(person: unknown): string | undefined {
  if (!isRecord(person)) return undefined;
  const id = stringField(person, 'resourceName');
  return id && id.length <= 256 ? id : undefined;
}

/** On an incremental sync, a deleted contact comes as a Person with metadata.deleted = true. */
export function isDeletedPerson(person: unknown): boolean {
  return isRecord(person) && isRecord(person['metadata']) && person['metadata']['deleted'] === true;
}

export function mapGooglePerson(person: unknown): CloudContact | undefined {
  const id = googlePersonId(person);
  if (!id || !isRecord(person)) return undefined;
  const name = primaryOf(person['names']);
  const organization = primaryOf(person['organizations']);
  const email = primaryOf(person['emailAddresses']);
  const phones = new PhoneList();
  for (const phone of recordsOf(person['phoneNumbers'])) {
    phones.add(googlePhoneType(phone['type']), phone['value']);
  }
  return {
    id,
    firstName: textOf(name?.['givenName']),
    lastName: textOf(name?.['familyName']),
    displayName: textOf(name?.['displayName']),
    company: textOf(organization?.['name']),
    department: textOf(organization?.['department']),
    email: textOf(email?.['value']),
    phones: phones.list(),
  };
}

function recordsOf(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.filter(isRecord) : [];
}

/** The entry whose FieldMetadata.primary is true, else the first one. */
function primaryOf(value: unknown): Record<string, unknown> | undefined {
  const records = recordsOf(value);
  return (
    records.find((record) => isRecord(record['metadata']) && record['metadata']['primary'] === true) ??
    records[0]
  );
}
