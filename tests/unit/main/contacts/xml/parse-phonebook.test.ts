import { describe, expect, it } from 'vitest';
import { decodeXmlBytes } from '../../../../../src/main/contacts/xml/decode-xml-bytes';
import { parsePhonebook } from '../../../../../src/main/contacts/xml/parse-phonebook';
import { PhonebookXmlError } from '../../../../../src/main/contacts/xml/phonebook-xml-error';

const decl = '<?xml version="1.0" encoding="UTF-8"?>\n';

describe('parsePhonebook formats', () => {
  it('reads Yealink YealinkIPPhoneDirectory (remote phonebook)', () => {
    const { format, entries } = parsePhonebook(
      `${decl}<YealinkIPPhoneDirectory>
  <DirectoryEntry><Name>Alice Doe</Name><Telephone>201</Telephone><Telephone>+49 170 1234567</Telephone></DirectoryEntry>
  <DirectoryEntry><Name>Reception</Name><Telephone>200</Telephone></DirectoryEntry>
</YealinkIPPhoneDirectory>`,
    );
    expect(format).toBe('yealink-directory');
    expect(entries.map((entry) => [entry.displayName, entry.phones.map((phone) => phone.number)])).toEqual([
      ['Alice Doe', ['201', '+49 170 1234567']],
      ['Reception', ['200']],
    ]);
  });

  it('reads Yealink YealinkIPPhoneBook (Menu/Unit with Phone1–3)', () => {
    const { format, entries } = parsePhonebook(
      `${decl}<YealinkIPPhoneBook>
  <Title>Yealink</Title>
  <Menu Name="Sales">
    <Unit Name="Bob Bauer" Phone1="202" Phone2="0170 555" Phone3="" default_photo="Resource:"/>
  </Menu>
  <Menu Name="Support">
    <Unit Name="Carla" Phone1="" Phone2="" Phone3="0301234"/>
  </Menu>
</YealinkIPPhoneBook>`,
    );
    expect(format).toBe('yealink-phonebook');
    expect(entries[0]).toMatchObject({
      displayName: 'Bob Bauer',
      phones: [
        { type: 'work', number: '202' },
        { type: 'mobile', number: '0170 555' },
      ],
    });
    expect(entries[1]?.phones).toEqual([{ type: 'other', number: '0301234' }]);
  });

  it('reads Cisco CiscoIPPhoneDirectory and ignores Title, Prompt and SoftKeyItem', () => {
    const { format, entries } = parsePhonebook(
      `<CiscoIPPhoneDirectory>
  <Title>Company</Title><Prompt>Select</Prompt>
  <DirectoryEntry><Name>Dan</Name><Telephone>203</Telephone></DirectoryEntry>
  <SoftKeyItem><Name>Dial</Name><URL>SoftKey:Dial</URL><Position>1</Position></SoftKeyItem>
</CiscoIPPhoneDirectory>`,
    );
    expect(format).toBe('cisco');
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ displayName: 'Dan', phones: [{ type: 'work', number: '203' }] });
  });

  it('reads Snom SnomIPPhoneDirectory', () => {
    const { format, entries } = parsePhonebook(
      `${decl}<SnomIPPhoneDirectory><Title>Menu</Title>
  <DirectoryEntry><Name>Eve</Name><Telephone>204</Telephone></DirectoryEntry>
</SnomIPPhoneDirectory>`,
    );
    expect(format).toBe('snom-directory');
    expect(entries[0]).toMatchObject({ displayName: 'Eve', phones: [{ type: 'work', number: '204' }] });
  });

  it('reads the Snom tbook with number types', () => {
    const { format, entries } = parsePhonebook(
      `${decl}<tbook complete="true">
  <item context="active" type="none" fav="false" mod="true" index="0">
    <name>Frank Fischer</name><first_name>Frank</first_name><last_name>Fischer</last_name>
    <organization>ACME</organization><email>frank@example.com</email>
    <number>0171 999</number><number_type>mobile</number_type>
  </item>
  <item context="active" type="none" fav="false" mod="true" index="1">
    <name>Gina</name><number>205</number><number_type>sip</number_type>
  </item>
</tbook>`,
    );
    expect(format).toBe('snom-tbook');
    expect(entries[0]).toMatchObject({
      displayName: 'Frank Fischer',
      firstName: 'Frank',
      lastName: 'Fischer',
      company: 'ACME',
      email: 'frank@example.com',
      phones: [{ type: 'mobile', number: '0171 999' }],
    });
    expect(entries[1]?.phones).toEqual([{ type: 'work', number: '205' }]);
  });

  it('reads Fanvil PhoneBook with Telephone, Mobile and Other', () => {
    const { format, entries } = parsePhonebook(
      `${decl}<PhoneBook>
  <DirectoryEntry><Name>Hans</Name><Telephone>206</Telephone><Mobile>0172 1</Mobile><Other>0301</Other><Ring>Default</Ring><Group>Staff</Group></DirectoryEntry>
</PhoneBook>`,
    );
    expect(format).toBe('fanvil');
    expect(entries[0]?.phones).toEqual([
      { type: 'work', number: '206' },
      { type: 'mobile', number: '0172 1' },
      { type: 'other', number: '0301' },
    ]);
  });

  it('reads Grandstream AddressBook', () => {
    const { format, entries } = parsePhonebook(
      `${decl}<AddressBook>
  <version>1</version>
  <pbgroup><id>1</id><name>Work</name></pbgroup>
  <Contact>
    <FirstName>Ida</FirstName><LastName>Imhof</LastName><Company>ACME</Company><Department>Sales</Department>
    <Phone type="Work"><phonenumber>207</phonenumber><accountindex>1</accountindex></Phone>
    <Phone type="Cell"><phonenumber>0173 2</phonenumber><accountindex>1</accountindex></Phone>
    <Phone type="Home"><phonenumber>0302</phonenumber><accountindex>1</accountindex></Phone>
    <Group>1</Group>
  </Contact>
</AddressBook>`,
    );
    expect(format).toBe('grandstream');
    expect(entries[0]).toMatchObject({
      firstName: 'Ida',
      lastName: 'Imhof',
      displayName: '',
      company: 'ACME',
      department: 'Sales',
      phones: [
        { type: 'work', number: '207' },
        { type: 'mobile', number: '0173 2' },
        { type: 'home', number: '0302' },
      ],
    });
  });

  it('reads our own softphone format and refuses a newer version', () => {
    const { format, entries } = parsePhonebook(
      `${decl}<Phonebook format="softphone" version="1">
  <Contact>
    <FirstName>Jana</FirstName><LastName>Jäger</LastName><DisplayName>Jana J.</DisplayName><Company>ACME</Company>
    <Phone type="work">208</Phone><Phone type="mobile">0174 3</Phone><Phone type="fax">0303</Phone><Phone type="pager">9</Phone>
  </Contact>
</Phonebook>`,
    );
    expect(format).toBe('softphone');
    expect(entries[0]).toMatchObject({
      firstName: 'Jana',
      lastName: 'Jäger',
      displayName: 'Jana J.',
      phones: [
        { type: 'work', number: '208' },
        { type: 'mobile', number: '0174 3' },
        { type: 'fax', number: '0303' },
        { type: 'other', number: '9' },
      ],
    });
    expect(() => parsePhonebook('<Phonebook format="softphone" version="2"/>')).toThrow(
      expect.objectContaining({ code: 'unsupportedVersion' }),
    );
  });
});

describe('parsePhonebook edge cases', () => {
  it('names the unknown root element', () => {
    let caught: unknown;
    try {
      parsePhonebook('<contacts><c/></contacts>', { what: 'The phonebook file x.xml' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(PhonebookXmlError);
    expect((caught as PhonebookXmlError).code).toBe('unknownFormat');
    expect((caught as PhonebookXmlError).message).toMatch(/x\.xml has the root element <contacts>/);
  });

  it("turns the safe parser's refusals into phonebook errors with a phonebook's advice", () => {
    const what = { what: 'The phonebook file x.xml' };
    const refusal = (text: string, options = {}) => {
      try {
        parsePhonebook(text, { ...what, ...options });
      } catch (error) {
        return error;
      }
      return undefined;
    };
    const doctype = refusal('<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>');
    expect(doctype).toBeInstanceOf(PhonebookXmlError);
    expect(doctype).toMatchObject({
      code: 'doctype',
      message:
        'The phonebook file x.xml contains a DOCTYPE or entity declaration, which is refused for security reasons. Remove the <!DOCTYPE …> part from the file.',
    });
    expect(refusal('<a><b><c>x</c></b></a>', { maxDepth: 2 })).toMatchObject({
      code: 'tooDeep',
      message:
        'The phonebook file x.xml nests elements more than 2 levels deep, which no phonebook needs. Check the file.',
    });
    expect(refusal(`<tbook>${' '.repeat(200)}</tbook>`, { maxChars: 100 })).toMatchObject({
      code: 'tooLarge',
      message:
        'The phonebook file x.xml is larger than 100 characters. Check that it is a phonebook, or split it.',
    });
    expect(refusal('<tbook>\n<a></b></tbook>')).toMatchObject({
      code: 'malformed',
      message: expect.stringMatching(
        /^The phonebook file x\.xml is not valid XML: .*\(line 2, column \d+\)\. Check the file or ask your administrator\.$/,
      ) as string,
    });
  });

  it('accepts an empty phonebook of every format', () => {
    for (const empty of [
      '<YealinkIPPhoneDirectory/>',
      '<CiscoIPPhoneDirectory><Title>t</Title></CiscoIPPhoneDirectory>',
      '<tbook/>',
      '<AddressBook></AddressBook>',
      '<Phonebook format="softphone" version="1"/>',
      '<PhoneBook/>',
    ]) {
      expect(parsePhonebook(empty).entries).toEqual([]);
    }
  });

  it('keeps entries with only a name or only a number, drops entries with neither', () => {
    const { entries } = parsePhonebook(`<CiscoIPPhoneDirectory>
  <DirectoryEntry><Name>No Number</Name></DirectoryEntry>
  <DirectoryEntry><Name></Name><Telephone>209</Telephone></DirectoryEntry>
  <DirectoryEntry><Name> </Name><Telephone> </Telephone></DirectoryEntry>
</CiscoIPPhoneDirectory>`);
    expect(entries.map((entry) => [entry.displayName, entry.phones.length])).toEqual([
      ['No Number', 0],
      ['', 1],
    ]);
  });

  it('reads umlauts from UTF-8 and from an ISO-8859-1 declared file', () => {
    const xml = (encoding: string): string =>
      `<?xml version="1.0" encoding="${encoding}"?>\n<CiscoIPPhoneDirectory><DirectoryEntry><Name>Jürgen Müßig-Öztürk</Name><Telephone>210</Telephone></DirectoryEntry></CiscoIPPhoneDirectory>`;
    const utf8 = decodeXmlBytes(Buffer.from(xml('UTF-8'), 'utf8'));
    const latin1 = decodeXmlBytes(Buffer.from(xml('ISO-8859-1'), 'latin1'));
    const bom = decodeXmlBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(xml('UTF-8'))]));
    for (const text of [utf8, latin1, bom]) {
      expect(parsePhonebook(text).entries[0]?.displayName).toBe('Jürgen Müßig-Öztürk');
    }
    expect(() => decodeXmlBytes(Buffer.from(xml('x-klingon')))).toThrow(/cannot read/);
  });
});
