/**
 * Grandstream's phonebook.xml (GXP/GRP/WP phones, "Phonebook XML Download"): AddressBook with
 * Contact elements holding FirstName, LastName, Company, Department, Mail, and Phone type="Work|Home|
 * Cell|Fax" with phonenumber and accountindex children. accountindex is the phone's SIP account and
 * is ignored; a Phone without type counts as work.
 */
import type { ContactFields } from '../../contact';
import type { XmlElement } from '../../../xml/xml-element';
import { attribute, childrenNamed, childText } from '../../../xml/xml-element';
import { entryFields, phoneTypeOf } from './entry-fields';

export function mapGrandstream(root: XmlElement): ContactFields[] {
  return childrenNamed(root, 'Contact').map((contact) =>
    entryFields(
      {
        firstName: childText(contact, 'FirstName'),
        lastName: childText(contact, 'LastName'),
        company: childText(contact, 'Company'),
        department: childText(contact, 'Department'),
        email: childText(contact, 'Mail', 'Email'),
      },
      childrenNamed(contact, 'Phone').map((phone) => ({
        type: phoneTypeOf(attribute(phone, 'type'), 'work'),
        // some exports put the number directly into Phone
        number: childText(phone, 'phonenumber') || phone.text,
      })),
    ),
  );
}
