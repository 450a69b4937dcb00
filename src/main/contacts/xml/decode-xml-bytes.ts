/**
 * Bytes of an XML file to text, honouring a byte order mark or the encoding named in the XML
 * declaration (XML 1.0 §4.3.3, https://www.w3.org/TR/xml/#charencoding): phonebooks exported by older
 * PBXs and phones are often ISO-8859-1 or Windows-1252.
 */
import iconv from 'iconv-lite';
import { PhonebookXmlError } from './phonebook-xml-error';

const DECLARED_ENCODING = /^<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z0-9._-]+)["']/;

/** The encoding named in the XML declaration at the start of `text`, lower-cased, if any. */
export function declaredEncoding(text: string): string | undefined {
  return DECLARED_ENCODING.exec(text.replace(/^\uFEFF/, '').trimStart())?.[1]?.toLowerCase();
}

export function decodeXmlBytes(bytes: Buffer, what = 'The XML file'): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return bytes.subarray(3).toString('utf8');
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return iconv.decode(bytes.subarray(2), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return iconv.decode(bytes.subarray(2), 'utf-16be');
  // the declaration itself is ASCII in every encoding a phonebook uses
  const encoding = declaredEncoding(bytes.subarray(0, 200).toString('latin1'));
  if (encoding === undefined || encoding === 'utf-8' || encoding === 'utf8') return bytes.toString('utf8');
  const named: string = encoding; // encodingExists narrows its argument
  if (!iconv.encodingExists(encoding)) {
    throw new PhonebookXmlError(
      'malformed',
      `${what} declares the character encoding "${named}", which the softphone cannot read. Save it as UTF-8.`,
      { content: { key: 'xmlPhonebook.unknownEncoding', params: { encoding: named.slice(0, 64) } } },
    );
  }
  return iconv.decode(bytes, encoding);
}
