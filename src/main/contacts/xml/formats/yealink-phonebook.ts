/**
 * Yealink's local contact file (YealinkIPPhoneBook, as exported from the phone's web UI):
 * groups as Menu Name="…", each contact a Unit with Name, Phone1 (office), Phone2 (mobile) and
 * Phone3 (other) attributes. Units directly under the root are read too.
 */
import type { ContactFields } from '../../contact';
import type { XmlElement } from '../../../xml/xml-element';
import { attribute, childrenNamed } from '../../../xml/xml-element';
import { entryFields } from './entry-fields';

function mapUnit(unit: XmlElement): ContactFields {
  return entryFields({ displayName: attribute(unit, 'Name') }, [
    { type: 'work', number: attribute(unit, 'Phone1') },
    { type: 'mobile', number: attribute(unit, 'Phone2') },
    { type: 'other', number: attribute(unit, 'Phone3') },
  ]);
}

export function mapYealinkPhoneBook(root: XmlElement): ContactFields[] {
  const units = [
    ...childrenNamed(root, 'Unit'),
    ...childrenNamed(root, 'Menu').flatMap((menu) => childrenNamed(menu, 'Unit')),
  ];
  return units.map(mapUnit);
}
