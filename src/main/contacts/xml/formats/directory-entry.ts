/**
 * The "IP phone directory" shape several vendors share: a root with DirectoryEntry elements, each
 * with a Name and one or more Telephone elements.
 *
 * - Cisco CiscoIPPhoneDirectory (Cisco IP Phone Services XML objects): Name, Telephone.
 * - Yealink YealinkIPPhoneDirectory (remote phonebook): Name, up to three Telephone.
 * - Snom SnomIPPhoneDirectory (Snom minibrowser): Name, Telephone.
 * - Fanvil PhoneBook / FanvilIPPhoneDirectory: Name, Telephone (office), Mobile, Other.
 *
 * Telephone counts as work unless it carries a type or label attribute; Title, Prompt and SoftKeyItem
 * elements are ignored.
 */
import type { ContactFields, ContactPhone } from '../../contact';
import type { XmlElement } from '../../../xml/xml-element';
import { attribute, childrenNamed, childText } from '../../../xml/xml-element';
import { entryFields, phoneTypeOf } from './entry-fields';

export function mapDirectoryEntries(root: XmlElement): ContactFields[] {
  return childrenNamed(root, 'DirectoryEntry').map((entry) => {
    const phones: ContactPhone[] = [];
    for (const telephone of childrenNamed(entry, 'Telephone')) {
      const label = attribute(telephone, 'type') || attribute(telephone, 'label');
      phones.push({ type: phoneTypeOf(label, 'work'), number: telephone.text });
    }
    for (const mobile of childrenNamed(entry, 'Mobile')) phones.push({ type: 'mobile', number: mobile.text });
    for (const other of childrenNamed(entry, 'Other')) phones.push({ type: 'other', number: other.text });
    return entryFields({ displayName: childText(entry, 'Name') }, phones);
  });
}
