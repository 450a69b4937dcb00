import { describe, expect, it } from 'vitest';
import { decodeXmlReferences, parseXmlSafely } from '../../../../src/main/xml/parse-xml-safely';
import { XmlParseError } from '../../../../src/main/xml/xml-parse-error';

function reasonOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof XmlParseError) return error.reason;
    throw error;
  }
  return undefined;
}

describe('parseXmlSafely', () => {
  it('decodes the five predefined entities and character references once, nothing else', () => {
    const root = parseXmlSafely(
      '<r a="A&amp;B"><t>M&amp;M &lt;x&gt; &quot;q&apos; &#228;&#xE4; &amp;lt; &nbsp; &foo;</t><c><![CDATA[a &amp; b]]></c></r>',
    );
    expect(root.attributes['a']).toBe('A&B');
    expect(root.children[0]?.text).toBe('M&M <x> "q\' ää &lt; &nbsp; &foo;');
    expect(root.children[1]?.text).toBe('a &amp; b');
  });

  it('leaves invalid character references as written', () => {
    expect(decodeXmlReferences('&#0;&#xD800;&#x110000;')).toBe('&#0;&#xD800;&#x110000;');
  });

  it('refuses a DOCTYPE, an external entity and billion laughs before parsing', () => {
    const xxe = '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><r>&x;</r>';
    const laughs =
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">' +
      '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]><lolz>&lol3;</lolz>';
    const doctypeOnly = '<!doctype html><html/>';
    const entityOnly = '<r><!ENTITY x "y"></r>';
    for (const document of [xxe, laughs, doctypeOnly, entityOnly]) {
      expect(reasonOf(() => parseXmlSafely(document))).toBe('doctype');
    }
    expect(() => parseXmlSafely(xxe, { what: 'The phonebook file a.xml' })).toThrow(
      /The phonebook file a\.xml contains a DOCTYPE/,
    );
  });

  it('refuses deep nesting quickly instead of hanging or overflowing the stack', () => {
    const deep = '<a>'.repeat(100_000) + '</a>'.repeat(100_000);
    const started = Date.now();
    expect(reasonOf(() => parseXmlSafely(deep))).toBe('tooDeep');
    expect(Date.now() - started).toBeLessThan(2000);
    expect(reasonOf(() => parseXmlSafely('<a><b><c>x</c></b></a>', { maxDepth: 2 }))).toBe('tooDeep');
    expect(reasonOf(() => parseXmlSafely('<a><b><c>x</c></b></a>', { maxDepth: 3 }))).toBeUndefined();
  });

  it('refuses a document over the size limit', () => {
    expect(reasonOf(() => parseXmlSafely(`<r>${'x'.repeat(200)}</r>`, { maxChars: 100 }))).toBe('tooLarge');
    // the parser's own words name no phonebook: BLF and contact files use it too
    expect(() => parseXmlSafely(`<r>${'x'.repeat(200)}</r>`, { maxChars: 100 })).toThrow(
      /^The XML document is larger than 100 characters\.$/,
    );
  });

  it('refuses malformed XML with line and column', () => {
    expect(() => parseXmlSafely('<r>\n<a></b></r>')).toThrow(/not valid XML: .*line 2/);
    expect(reasonOf(() => parseXmlSafely(''))).toBe('malformed');
    expect(reasonOf(() => parseXmlSafely('just text'))).toBe('malformed');
  });

  it('drops namespace prefixes and a byte order mark', () => {
    const root = parseXmlSafely('\uFEFF<?xml version="1.0"?><p:r xmlns:p="urn:x"><p:e>1</p:e></p:r>');
    expect(root.name).toBe('r');
    expect(root.children[0]?.name).toBe('e');
  });
});
