/**
 * Parses an untrusted XML document (a phonebook, a contact file, a NOTIFY body) without the classic XML
 * attacks: no DTD at all, so no external entities (XXE) and no entity expansion ("billion laughs");
 * a size limit; a depth limit, so deep nesting fails fast instead of exhausting the stack.
 *
 * fast-xml-parser runs with processEntities: false and htmlEntities: false, so it replaces nothing;
 * we then decode only the five predefined entities and character references ourselves, in one pass,
 * so "&amp;lt;" stays "&lt;" (XML 1.0 §4.6, https://www.w3.org/TR/xml/#sec-predefined-ent).
 * Any other "&name;" is left as written. A DOCTYPE is refused before the parser sees the text.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { XmlElement } from './xml-element';
import { XmlParseError } from './xml-parse-error';

export interface ParseXmlOptions {
  /** Largest accepted document in characters; default 5 MiB. */
  maxChars?: number;
  /** Deepest accepted element nesting; default 32 (phonebooks need 4). */
  maxDepth?: number;
  /** Names the document in error messages, e.g. the file path or URL; default "The XML document". */
  what?: string;
}

export const DEFAULT_MAX_XML_CHARS = 5 * 1024 * 1024;
export const DEFAULT_MAX_XML_DEPTH = 32;

/** Markup declarations only a DTD has; any of them refuses the document. */
const DTD_MARKUP = /<!\s*(DOCTYPE|ENTITY|ELEMENT|ATTLIST|NOTATION)\b/i;

const PREDEFINED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};
const REFERENCE = /&(?:#x([0-9a-fA-F]{1,6})|#([0-9]{1,7})|(amp|lt|gt|quot|apos));/g;

/** The five predefined entities and character references; everything else stays as written. */
export function decodeXmlReferences(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(REFERENCE, (whole, hex?: string, decimal?: string, name?: string) => {
    if (name) return PREDEFINED[name] ?? whole;
    const code = hex !== undefined ? Number.parseInt(hex, 16) : Number(decimal);
    // XML 1.0 Char production: no NUL, no surrogates, nothing past U+10FFFF
    const valid =
      code === 0x9 ||
      code === 0xa ||
      code === 0xd ||
      (code >= 0x20 && code <= 0xd7ff) ||
      (code >= 0xe000 && code <= 0xfffd) ||
      (code >= 0x10000 && code <= 0x10ffff);
    return valid ? String.fromCodePoint(code) : whole;
  });
}

/** fast-xml-parser's preserveOrder node: one element name → its ordered children, plus ":@" attributes. */
type OrderedNode = Record<string, unknown>;

function toElement(node: OrderedNode): XmlElement | undefined {
  const name = Object.keys(node).find((key) => key !== ':@' && !key.startsWith('#'));
  if (name === undefined) return undefined;
  const rawAttributes = (node[':@'] ?? {}) as Record<string, unknown>;
  const attributes: Record<string, string> = {};
  for (const [key, value] of Object.entries(rawAttributes)) {
    attributes[key] = decodeXmlReferences(String(value));
  }
  const children: XmlElement[] = [];
  let text = '';
  for (const child of (node[name] ?? []) as OrderedNode[]) {
    if ('#text' in child) text += decodeXmlReferences(String(child['#text']));
    else if ('#cdata' in child) {
      // CDATA is literal: no references decoded inside it
      for (const part of child['#cdata'] as OrderedNode[])
        text += String((part['#text'] as string | number | undefined) ?? '');
    } else {
      const element = toElement(child);
      if (element) children.push(element);
    }
  }
  return { name, attributes, children, text: text.trim() };
}

/** The document's root element. Throws XmlParseError. */
export function parseXmlSafely(input: string, options: ParseXmlOptions = {}): XmlElement {
  const what = options.what ?? 'The XML document';
  const maxChars = options.maxChars ?? DEFAULT_MAX_XML_CHARS;
  const maxDepth = options.maxDepth ?? DEFAULT_MAX_XML_DEPTH;
  if (input.length > maxChars) {
    throw new XmlParseError('tooLarge', what, `is larger than ${maxChars} characters`);
  }
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  if (DTD_MARKUP.test(text)) {
    throw new XmlParseError(
      'doctype',
      what,
      'contains a DOCTYPE or entity declaration, which is refused for security reasons',
    );
  }
  const validation = XMLValidator.validate(text);
  if (validation !== true) {
    const { msg, line, col } = validation.err;
    throw new XmlParseError(
      'malformed',
      what,
      `is not valid XML: ${msg} (line ${line}, column ${col})`,
      undefined,
      { parserMessage: msg, line, column: col },
    );
  }
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    processEntities: false,
    htmlEntities: false,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    cdataPropName: '#cdata',
    removeNSPrefix: true,
    ignoreDeclaration: true,
    ignorePiTags: true,
    // the library counts levels below the root element
    maxNestedTags: Math.max(1, maxDepth - 1),
  });
  let nodes: OrderedNode[];
  try {
    nodes = parser.parse(text) as OrderedNode[];
  } catch (error) {
    if (error instanceof Error && /nested tags/i.test(error.message)) {
      throw new XmlParseError(
        'tooDeep',
        what,
        `nests elements more than ${maxDepth} levels deep`,
        { cause: error },
        { maxDepth },
      );
    }
    const detail = error instanceof Error ? error.message : String(error);
    throw new XmlParseError(
      'malformed',
      what,
      `could not be read as XML: ${detail}`,
      { cause: error },
      { parserMessage: detail },
    );
  }
  const root = nodes.map(toElement).find((element) => element !== undefined);
  if (!root) throw new XmlParseError('noElement', what, 'contains no XML element');
  return root;
}
