/**
 * The small element tree parse-xml-safely produces: names, attributes, child elements and the text
 * directly inside an element, with entities already decoded. Readers (phonebook formats, contact
 * files, BLF's dialog-info) use the helpers here, which match names case-insensitively because
 * phonebook generators disagree on case.
 */
export interface XmlElement {
  /** Without a namespace prefix. */
  name: string;
  attributes: Readonly<Record<string, string>>;
  children: readonly XmlElement[];
  /** The element's own text and CDATA, concatenated and trimmed (child elements' text excluded). */
  text: string;
}

function same(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** Child elements with this name. */
export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((child) => same(child.name, name));
}

/** The first child element with this name. */
export function childNamed(element: XmlElement, name: string): XmlElement | undefined {
  return element.children.find((child) => same(child.name, name));
}

/** The trimmed text of the first child with any of these names, or ''. */
export function childText(element: XmlElement, ...names: string[]): string {
  for (const name of names) {
    const child = childNamed(element, name);
    if (child?.text) return child.text;
  }
  return '';
}

/** The trimmed value of an attribute (name matched case-insensitively), or ''. */
export function attribute(element: XmlElement, name: string): string {
  for (const [key, value] of Object.entries(element.attributes)) {
    if (same(key, name)) return value.trim();
  }
  return '';
}
