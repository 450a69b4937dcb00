/**
 * One Windows Contacts file (*.contact, the XML format of the Windows Contacts folder, namespace
 * http://schemas.microsoft.com/Contact) mapped onto ContactFields:
 *
 * ```
 * <c:contact xmlns:c="http://schemas.microsoft.com/Contact">
 *   <c:ContactIDCollection><c:ContactID><c:Value>guid</c:Value></c:ContactID></c:ContactIDCollection>
 *   <c:NameCollection><c:Name>
 *     <c:FormattedName/> <c:GivenName/> <c:MiddleName/> <c:FamilyName/>
 *   </c:Name></c:NameCollection>
 *   <c:PhoneNumberCollection><c:PhoneNumber>
 *     <c:Number/> <c:LabelCollection><c:Label>Voice</c:Label><c:Label>Business</c:Label></c:LabelCollection>
 *   </c:PhoneNumber></c:PhoneNumberCollection>
 *   <c:EmailAddressCollection><c:EmailAddress><c:Address/></c:EmailAddress></c:EmailAddressCollection>
 *   <c:PositionCollection><c:Position><c:Company/> <c:Department/> <c:JobTitle/></c:Position></c:PositionCollection>
 * </c:contact>
 * ```
 *
 * Windows marks a deleted collection entry with xsi:nil="true" instead of removing it; those are
 * skipped. Namespace prefixes are dropped by the parser, so "c:" or a default namespace both work.
 * Labels are the public ones of icontact.h (CONTACTLABEL_PUB_*); URI labels of other programs are
 * ignored.
 */
import type { ContactFields, ContactPhone, PhoneType } from '../contact';
import { displayNameOf, emptyContactFields } from '../contact';
import { decodeXmlBytes } from '../xml/decode-xml-bytes';
import { PhonebookXmlError } from '../xml/phonebook-xml-error';
import { parseXmlSafely } from '../../xml/parse-xml-safely';
import type { XmlElement } from '../../xml/xml-element';
import { attribute, childrenNamed, childText } from '../../xml/xml-element';
import type { XmlParseErrorReason } from '../../xml/xml-parse-error';
import { XmlParseError } from '../../xml/xml-parse-error';
import { WindowsContactsError } from './windows-contacts-error';

/** Longest text value kept (names, company, mail); longer ones are cut. */
export const MAX_TEXT_LENGTH = 256;
/** Longest phone number kept; a longer value is not a phone number. */
export const MAX_PHONE_LENGTH = 64;
export const MAX_PHONES = 30;
/** Contact files nest five levels (contact, collection, entry, label collection, label). */
const MAX_DEPTH = 12;

export interface ParsedWindowsContact {
  fields: ContactFields;
  /** The first ContactID's Value, if the file has one. */
  contactId?: string;
}

const controlCharacters =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** One line of text: control and bidi-override characters removed, white space collapsed, length capped. */
function clean(text: string, max = MAX_TEXT_LENGTH): string {
  return text.replace(controlCharacters, ' ').replace(/\s+/g, ' ').trim().slice(0, max);
}

function isNil(element: XmlElement): boolean {
  return attribute(element, 'nil').toLowerCase() === 'true';
}

/** The live (not xsi:nil) entries of a collection, e.g. NameCollection → Name. */
function entries(root: XmlElement, collection: string, entry: string): XmlElement[] {
  return childrenNamed(root, collection)
    .flatMap((element) => childrenNamed(element, entry))
    .filter((element) => !isNil(element));
}

function labelsOf(element: XmlElement): Set<string> {
  const labels = new Set<string>();
  for (const collection of childrenNamed(element, 'LabelCollection')) {
    for (const label of childrenNamed(collection, 'Label')) labels.add(label.text.trim().toLowerCase());
  }
  return labels;
}

/**
 * Windows writes a type as a set of labels: Voice+Business is the work phone, Voice+Personal the
 * home phone, Cellular the mobile, Fax+Business/Personal a fax, Pager a pager.
 */
export function phoneTypeOfLabels(labels: ReadonlySet<string>): PhoneType {
  if (labels.has('fax')) return 'fax';
  if (labels.has('cellular') || labels.has('mobile') || labels.has('pcs')) return 'mobile';
  if (labels.has('pager')) return 'other';
  if (labels.has('business')) return 'work';
  if (labels.has('personal')) return 'home';
  return 'other';
}

function phonesOf(root: XmlElement): ContactPhone[] {
  const phones: ContactPhone[] = [];
  for (const phone of entries(root, 'PhoneNumberCollection', 'PhoneNumber')) {
    const number = clean(childText(phone, 'Number'), Number.MAX_SAFE_INTEGER);
    if (!number || number.length > MAX_PHONE_LENGTH || !/\d/.test(number)) continue;
    if (phones.some((known) => known.number === number)) continue;
    phones.push({ type: phoneTypeOfLabels(labelsOf(phone)), number });
    if (phones.length >= MAX_PHONES) break;
  }
  return phones;
}

/** The address labelled Preferred, else the first one. */
function emailOf(root: XmlElement): string {
  const addresses = entries(root, 'EmailAddressCollection', 'EmailAddress').filter((e) =>
    clean(childText(e, 'Address')),
  );
  const preferred = addresses.find((address) => labelsOf(address).has('preferred')) ?? addresses[0];
  return preferred ? clean(childText(preferred, 'Address')) : '';
}

function contactIdOf(root: XmlElement): string | undefined {
  for (const id of entries(root, 'ContactIDCollection', 'ContactID')) {
    const value = clean(childText(id, 'Value'), 128);
    if (value) return value;
  }
  return undefined;
}

/** Maps a parsed document; throws WindowsContactsError('notContact') for another root element. */
export function mapWindowsContact(root: XmlElement, what: string): ParsedWindowsContact {
  if (root.name.toLowerCase() !== 'contact') {
    throw new WindowsContactsError(
      'notContact',
      `${what} is XML but not a Windows contact (its root element is <${root.name.slice(0, 64)}>). Check the file or remove it from the folder.`,
    );
  }
  const name = entries(root, 'NameCollection', 'Name')[0];
  const position = entries(root, 'PositionCollection', 'Position')[0];
  const fields: ContactFields = {
    ...emptyContactFields(),
    displayName: name ? clean(childText(name, 'FormattedName')) : '',
    firstName: name ? clean(`${childText(name, 'GivenName')} ${childText(name, 'MiddleName')}`) : '',
    lastName: name ? clean(childText(name, 'FamilyName')) : '',
    company: position ? clean(childText(position, 'Company')) : '',
    department: position ? clean(childText(position, 'Department')) : '',
    email: emailOf(root),
    phones: phonesOf(root),
  };
  // the manual's rule when the file has no FormattedName: first + last name, else the company
  fields.displayName = displayNameOf(fields);
  const contactId = contactIdOf(root);
  return contactId ? { fields, contactId } : { fields };
}

/** What a contact file's reader is told to do after the parser's sentence. */
const CONTACT_FILE_ADVICE: Readonly<Record<XmlParseErrorReason, string>> = {
  tooLarge: '. Check that it is a contact file, or split it.',
  doctype: '. Remove the <!DOCTYPE …> part from the file.',
  tooDeep: ', which no contact file needs. Check the file.',
  malformed: '. Check the file or ask your administrator.',
  noElement: '. Check the file.',
};

/**
 * Bytes of a .contact file (UTF-8 with or without BOM, UTF-16 with BOM, or the encoding its XML
 * declaration names) to a contact. Throws WindowsContactsError naming `what` and the problem.
 */
export function parseWindowsContact(bytes: Buffer, what: string, maxChars?: number): ParsedWindowsContact {
  let root: XmlElement;
  try {
    const text = decodeXmlBytes(bytes, what);
    root = parseXmlSafely(text, { what, maxDepth: MAX_DEPTH, ...(maxChars ? { maxChars } : {}) });
  } catch (error) {
    if (error instanceof XmlParseError) {
      const code = error.reason === 'noElement' ? 'malformed' : error.reason;
      throw new WindowsContactsError(code, error.withAdvice(CONTACT_FILE_ADVICE), { cause: error });
    }
    // decodeXmlBytes: an encoding it cannot read
    if (error instanceof PhonebookXmlError) {
      throw new WindowsContactsError('malformed', error.message, { cause: error });
    }
    throw error;
  }
  return mapWindowsContact(root, what);
}

/** Whether a contact carries anything to show or dial. */
export function hasContent(fields: ContactFields): boolean {
  return Boolean(
    fields.displayName || fields.firstName || fields.lastName || fields.company || fields.phones.length > 0,
  );
}
