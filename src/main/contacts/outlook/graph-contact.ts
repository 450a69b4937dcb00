/**
 * Microsoft Graph `contact` (https://learn.microsoft.com/graph/api/resources/contact) → contact. We
 * $select only what we map; every field may be null or missing in an answer, and wrong types are
 * skipped. Graph v1.0 has no fax or "other" numbers on a contact: businessPhones, mobilePhone and
 * homePhones are all there is.
 */
import { isRecord, stringField } from '../oauth/http-json';
import { PhoneList, textOf } from '../oauth/cloud-fields';
import type { CloudContact } from '../oauth/cloud-sync-result';

export const GRAPH_CONTACT_SELECT = [
  'givenName',
  'surname',
  'displayName',
  'companyName',
  'department',
  'emailAddresses',
  'businessPhones',
  'homePhones',
  'mobilePhone',
].join(',');

export function graphContactId(item: unknown): string | undefined {
  if (!isRecord(item)) return undefined;
  const id = stringField(item, 'id');
  return id && id.length <= 512 ? id : undefined;
}

/** In a delta round, a deleted contact is `{ "id": "…", "@removed": { "reason": "deleted" } }`. */
export function isRemovedItem(item: unknown): boolean {
  return isRecord(item) && item['@removed'] !== undefined;
}

export function mapGraphContact(item: unknown): CloudContact | undefined {
  const id = graphContactId(item);
  if (!id || !isRecord(item)) return undefined;
  const phones = new PhoneList();
  for (const number of listOf(item['businessPhones'])) phones.add('work', number);
  phones.add('mobile', item['mobilePhone']);
  for (const number of listOf(item['homePhones'])) phones.add('home', number);
  const email = listOf(item['emailAddresses']).find(
    (address) => isRecord(address) && textOf(address['address']) !== '',
  );
  return {
    id,
    firstName: textOf(item['givenName']),
    lastName: textOf(item['surname']),
    displayName: textOf(item['displayName']),
    company: textOf(item['companyName']),
    department: textOf(item['department']),
    email: isRecord(email) ? textOf(email['address']) : '',
    phones: phones.list(),
  };
}

function listOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
