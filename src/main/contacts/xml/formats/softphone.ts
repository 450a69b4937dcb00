/**
 * Our own format, documented in docs/phonebook-xml.md:
 * <Phonebook format="softphone" version="1"> with Contact elements holding FirstName, LastName,
 * DisplayName, Company, Department, Email and Phone type="work|mobile|home|fax|other".
 */
import type { ContactFields } from '../../contact';
import { PhonebookXmlError } from '../phonebook-xml-error';
import type { XmlElement } from '../../../xml/xml-element';
import { attribute, childrenNamed, childText } from '../../../xml/xml-element';
import { entryFields, phoneTypeOf } from './entry-fields';

export const SOFTPHONE_FORMAT_VERSION = 1;

export function mapSoftphone(root: XmlElement, what: string): ContactFields[] {
  const version = attribute(root, 'version') || '1';
  if (!/^\d+$/.test(version) || Number(version) > SOFTPHONE_FORMAT_VERSION) {
    throw new PhonebookXmlError(
      'unsupportedVersion',
      `${what} is a softphone phonebook of version "${version}"; this softphone reads version ${SOFTPHONE_FORMAT_VERSION}. Update the softphone or export the phonebook as version ${SOFTPHONE_FORMAT_VERSION}.`,
      {
        content: {
          key: 'xmlPhonebook.unsupportedVersion',
          params: { version: version.slice(0, 64), supportedVersion: SOFTPHONE_FORMAT_VERSION },
        },
      },
    );
  }
  return childrenNamed(root, 'Contact').map((contact) =>
    entryFields(
      {
        firstName: childText(contact, 'FirstName'),
        lastName: childText(contact, 'LastName'),
        displayName: childText(contact, 'DisplayName'),
        company: childText(contact, 'Company'),
        department: childText(contact, 'Department'),
        email: childText(contact, 'Email'),
      },
      childrenNamed(contact, 'Phone').map((phone) => ({
        type: phoneTypeOf(attribute(phone, 'type'), 'work'),
        number: phone.text,
      })),
    ),
  );
}
