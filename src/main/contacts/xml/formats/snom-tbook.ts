/**
 * Snom's phone book file (tbook, as the phone's "Directory" page imports and exports it): one item
 * per number, with name, first_name, last_name, organization, email, number and number_type
 * (sip, business, fixed, home, mobile, fax).
 */
import type { ContactFields } from '../../contact';
import type { XmlElement } from '../../../xml/xml-element';
import { childrenNamed, childText } from '../../../xml/xml-element';
import { entryFields, phoneTypeOf } from './entry-fields';

export function mapSnomTbook(root: XmlElement): ContactFields[] {
  return childrenNamed(root, 'item').map((item) =>
    entryFields(
      {
        displayName: childText(item, 'name'),
        firstName: childText(item, 'first_name'),
        lastName: childText(item, 'last_name'),
        company: childText(item, 'organization'),
        email: childText(item, 'email'),
      },
      [{ type: phoneTypeOf(childText(item, 'number_type'), 'work'), number: childText(item, 'number') }],
    ),
  );
}
