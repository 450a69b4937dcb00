/**
 * An XML phonebook's text to contact fields: parsed safely, its format recognised from the root
 * element (not from the file name or Content-Type, which servers get wrong), then mapped.
 */
import type { ContactFields } from '../contact';
import { mapDirectoryEntries } from './formats/directory-entry';
import { mapGrandstream } from './formats/grandstream';
import { mapSnomTbook } from './formats/snom-tbook';
import { mapSoftphone } from './formats/softphone';
import { mapYealinkPhoneBook } from './formats/yealink-phonebook';
import type { ParseXmlOptions } from '../../xml/parse-xml-safely';
import { parseXmlSafely } from '../../xml/parse-xml-safely';
import type { XmlElement } from '../../xml/xml-element';
import { attribute, childNamed } from '../../xml/xml-element';
import { XmlParseError } from '../../xml/xml-parse-error';
import { PhonebookXmlError, phonebookErrorOfXml } from './phonebook-xml-error';

export const phonebookFormats = [
  'softphone',
  'yealink-directory',
  'yealink-phonebook',
  'cisco',
  'snom-directory',
  'snom-tbook',
  'fanvil',
  'grandstream',
] as const;
export type PhonebookFormat = (typeof phonebookFormats)[number];

export interface ParsedPhonebook {
  format: PhonebookFormat;
  /** In document order; entries without any name or number are already left out. */
  entries: ContactFields[];
}

const SUPPORTED_ROOTS =
  'Phonebook (softphone), YealinkIPPhoneDirectory, YealinkIPPhoneBook, CiscoIPPhoneDirectory, SnomIPPhoneDirectory, tbook, PhoneBook (Fanvil), AddressBook (Grandstream)';

/** The format from the root element; throws unknownFormat naming the root. */
export function detectPhonebookFormat(root: XmlElement, what = 'The XML file'): PhonebookFormat {
  switch (root.name.toLowerCase()) {
    case 'yealinkipphonedirectory':
      return 'yealink-directory';
    case 'yealinkipphonebook':
      return 'yealink-phonebook';
    case 'ciscoipphonedirectory':
      return 'cisco';
    case 'snomipphonedirectory':
      return 'snom-directory';
    case 'tbook':
      return 'snom-tbook';
    case 'fanvilipphonedirectory':
      return 'fanvil';
    case 'addressbook':
      return 'grandstream';
    case 'phonebook': {
      // ours says format="softphone"; Fanvil's PhoneBook has DirectoryEntry children and no format
      const format = attribute(root, 'format').toLowerCase();
      if (format === 'softphone') return 'softphone';
      if (format === '' && !childNamed(root, 'Contact')) return 'fanvil';
      if (format === '') return 'softphone';
      throw new PhonebookXmlError(
        'unknownFormat',
        `${what} is a <${root.name}> of format "${attribute(root, 'format')}", which the softphone does not know. Supported: ${SUPPORTED_ROOTS}.`,
        {
          content: {
            key: 'xmlPhonebook.unknownFormat',
            params: {
              root: root.name,
              format: attribute(root, 'format').slice(0, 64),
              supported: SUPPORTED_ROOTS,
            },
          },
        },
      );
    }
    default:
      throw new PhonebookXmlError(
        'unknownFormat',
        `${what} has the root element <${root.name}>, which is not a phonebook format the softphone knows. Supported: ${SUPPORTED_ROOTS}.`,
        {
          content: {
            key: 'xmlPhonebook.unknownRoot',
            params: { root: root.name.slice(0, 128), supported: SUPPORTED_ROOTS },
          },
        },
      );
  }
}

function mapEntries(format: PhonebookFormat, root: XmlElement, what: string): ContactFields[] {
  switch (format) {
    case 'softphone':
      return mapSoftphone(root, what);
    case 'yealink-phonebook':
      return mapYealinkPhoneBook(root);
    case 'snom-tbook':
      return mapSnomTbook(root);
    case 'grandstream':
      return mapGrandstream(root);
    case 'yealink-directory':
    case 'cisco':
    case 'snom-directory':
    case 'fanvil':
      return mapDirectoryEntries(root);
  }
}

function isBlank(fields: ContactFields): boolean {
  return (
    fields.phones.length === 0 &&
    !fields.displayName &&
    !fields.firstName &&
    !fields.lastName &&
    !fields.company
  );
}

/** Throws PhonebookXmlError; the manual's name/phone filters are the source's job, not this. */
export function parsePhonebook(text: string, options: ParseXmlOptions = {}): ParsedPhonebook {
  const what = options.what ?? 'The XML file';
  let root: XmlElement;
  try {
    root = parseXmlSafely(text, { ...options, what });
  } catch (error) {
    if (error instanceof XmlParseError) throw phonebookErrorOfXml(error, options.maxChars);
    throw error;
  }
  const format = detectPhonebookFormat(root, what);
  return { format, entries: mapEntries(format, root, what).filter((fields) => !isBlank(fields)) };
}
