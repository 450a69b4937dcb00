import type { ProvisioningFailureCode } from '../../../shared/contract/provisioning';
import type { UserText } from '../../../shared/contract/user-text';
import { englishText } from '../../i18n/translator';
import type { XmlParseError, XmlParseErrorReason } from '../../xml/xml-parse-error';

/**
 * Why reading an XML phonebook failed. The fetch codes are the provisioning fetcher's (the phonebook
 * is fetched with it); the rest are about the file itself.
 */
export type PhonebookXmlErrorCode =
  | ProvisioningFailureCode
  /** The file contains a DOCTYPE/DTD or entity declaration, which is refused (XXE, "billion laughs"). */
  | 'doctype'
  /** Elements nested deeper than any phonebook needs. */
  | 'tooDeep'
  /** Not well-formed XML. */
  | 'malformed'
  /** Well-formed, but not a phonebook format we know (the message names the root element). */
  | 'unknownFormat'
  /** Our own format with a version newer than this softphone reads. */
  | 'unsupportedVersion'
  /** The local file does not exist or cannot be read. */
  | 'notFound'
  | 'unreadable';

/**
 * One English sentence saying what failed and what to do; never contains a password. `text` is the
 * same as a catalogue code for the UI language, where the failure has one (see phonebookError).
 */
export class PhonebookXmlError extends Error {
  readonly text: UserText | undefined;
  /**
   * A content failure's code without its subject (which file or address): the source adds that with
   * withSubject, since the parser only knows the English `what`.
   */
  readonly content: PhonebookContent | undefined;

  constructor(
    readonly code: PhonebookXmlErrorCode,
    message: string,
    options?: ErrorOptions & { text?: UserText; content?: PhonebookContent },
  ) {
    super(message, options);
    this.name = 'PhonebookXmlError';
    this.text = options?.text;
    this.content = options?.content;
  }

  /** The same failure told as a catalogue code for the given phonebook, where it has a content code. */
  withSubject(subject: PhonebookSubject): PhonebookXmlError {
    if (this.text !== undefined || this.content === undefined) return this;
    const text: UserText = { key: this.content.key, params: { ...subject, ...this.content.params } };
    return new PhonebookXmlError(this.code, this.message, { cause: this.cause, text });
  }
}

/** A content code (`xmlPhonebook.*`, starting with "$t(codes.xmlPhonebook.{{subject}})") and its data. */
export interface PhonebookContent {
  key: UserText['key'];
  params: Record<string, string | number>;
}

/** Which phonebook a content failure is about: `codes.xmlPhonebook.<subject>` names it. */
export interface PhonebookSubject {
  subject: 'subjectFile' | 'subjectUrl';
  location: string;
}

/** A failure told as a catalogue code; its message is the code's English text. */
export function phonebookError(
  code: PhonebookXmlErrorCode,
  text: UserText,
  options?: ErrorOptions,
): PhonebookXmlError {
  return new PhonebookXmlError(code, englishText(text), { ...options, text });
}

/** What a phonebook's reader is told to do after the parser's sentence. */
const PHONEBOOK_ADVICE: Readonly<Record<XmlParseErrorReason, string>> = {
  tooLarge: '. Check that it is a phonebook, or split it.',
  doctype: '. Remove the <!DOCTYPE …> part from the file.',
  tooDeep: ', which no phonebook needs. Check the file.',
  malformed: '. Check the file or ask your administrator.',
  noElement: '. Check the file.',
};

/**
 * The parser's refusal as a content code with its data; the parser's own description of bad XML
 * (from fast-xml-parser, English and technical) travels as a parameter.
 */
function parseContent(error: XmlParseError, maxChars?: number): PhonebookContent | undefined {
  const { parserMessage, line, column, maxDepth } = error.details;
  switch (error.reason) {
    case 'tooLarge':
      return maxChars === undefined
        ? undefined
        : { key: 'xmlPhonebook.tooManyCharacters', params: { max: maxChars } };
    case 'doctype':
      return { key: 'xmlPhonebook.doctype', params: {} };
    case 'noElement':
      return { key: 'xmlPhonebook.noElement', params: {} };
    case 'tooDeep':
      return maxDepth === undefined ? undefined : { key: 'xmlPhonebook.tooDeep', params: { max: maxDepth } };
    case 'malformed':
      if (parserMessage === undefined) return undefined;
      return line !== undefined && column !== undefined
        ? { key: 'xmlPhonebook.malformedAt', params: { detail: parserMessage, line, column } }
        : { key: 'xmlPhonebook.malformed', params: { detail: parserMessage } };
  }
}

/** The safe parser's refusal in a phonebook's words; `maxChars` is the limit the parser was given. */
export function phonebookErrorOfXml(error: XmlParseError, maxChars?: number): PhonebookXmlError {
  const content = parseContent(error, maxChars);
  return new PhonebookXmlError(
    error.reason === 'noElement' ? 'malformed' : error.reason,
    error.withAdvice(PHONEBOOK_ADVICE),
    { cause: error, ...(content ? { content } : {}) },
  );
}
