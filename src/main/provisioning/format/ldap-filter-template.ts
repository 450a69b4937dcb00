/**
 * A device file's LDAP search filter template (`ldap.name_filter = (|(cn=%)(sn=%))`, where `%` stands
 * for what the user typed) → the attributes our directory search matches. The search never splices
 * text into a filter string: it builds ldapts filter objects, sent as BER (contacts/ldap/ldap-filter.ts),
 * so what the user types cannot change a filter's structure. A template is therefore read (RFC 4515
 * syntax, escapes `\2a` and friends decoded) into attribute names, not kept as text.
 *
 * What can be represented: an OR (or a single item) of `attribute=…%…` items, optionally inside an AND
 * with fixed `objectClass=value` items. Each `%` item becomes a searched attribute (substring match,
 * whatever `*` around the `%` say). Anything else (a NOT, another fixed condition, `>=`, `~=`) cannot
 * be honoured and is refused with a reason, which the caller reports.
 */

const ATTRIBUTE = /^[A-Za-z][A-Za-z0-9-]{0,63}$/;
const MAX_TEMPLATE = 2048;

export interface LdapFilterTemplate {
  /** Attributes compared with the typed text, in the template's order. */
  attributes: string[];
  /** Fixed `objectClass=…` conditions the entries must meet (empty: none given). */
  objectClasses: string[];
}

/** Why a template cannot be used; the caller names the device key with it. */
export class LdapFilterTemplateError extends Error {}

type Node =
  | { kind: 'and' | 'or'; children: Node[] }
  | { kind: 'not'; child: Node }
  | { kind: 'item'; attribute: string; operator: string; value: string; placeholder: boolean };

export function readLdapFilterTemplate(template: string): LdapFilterTemplate {
  const text = template.trim();
  if (text.length > MAX_TEMPLATE) throw new LdapFilterTemplateError('is too long');
  // Some PBXs write a single item without parentheses: cn=%
  const source = text.startsWith('(') ? text : `(${text})`;
  const parser = new Parser(source);
  const root = parser.filter();
  if (!parser.atEnd()) throw new LdapFilterTemplateError('has text after the filter');

  const attributes: string[] = [];
  const objectClasses: string[] = [];
  const searched = (node: Node): boolean => {
    if (node.kind === 'item' && node.placeholder && node.operator === '=') {
      attributes.push(node.attribute);
      return true;
    }
    if (node.kind === 'or') return node.children.every(searched);
    return false;
  };
  const fixedClass = (node: Node): boolean => {
    if (node.kind !== 'item' || node.operator !== '=' || node.attribute.toLowerCase() !== 'objectclass')
      return false;
    if (node.placeholder || !ATTRIBUTE.test(node.value)) return false;
    objectClasses.push(node.value);
    return true;
  };
  let ok: boolean;
  if (root.kind === 'and') {
    const rest = root.children.filter((child) => !fixedClass(child));
    ok = rest.length === 1 && rest[0] !== undefined && searched(rest[0]);
  } else {
    ok = searched(root);
  }
  if (!ok || attributes.length === 0) {
    throw new LdapFilterTemplateError(
      'can only be an OR of attribute=% items, optionally with objectClass conditions',
    );
  }
  return { attributes: [...new Set(attributes)], objectClasses: [...new Set(objectClasses)] };
}

/** RFC 4515 §3 filter syntax, far enough for templates. */
class Parser {
  private at = 0;

  constructor(private readonly text: string) {}

  atEnd(): boolean {
    return this.at === this.text.length;
  }

  filter(): Node {
    this.expect('(');
    const op = this.text[this.at];
    let result: Node;
    if (op === '&' || op === '|') {
      this.at++;
      const children: Node[] = [];
      while (this.text[this.at] === '(') children.push(this.filter());
      if (children.length === 0) throw new LdapFilterTemplateError('has an empty & or |');
      result = { kind: op === '&' ? 'and' : 'or', children };
    } else if (op === '!') {
      this.at++;
      result = { kind: 'not', child: this.filter() };
    } else {
      result = this.item();
    }
    this.expect(')');
    return result;
  }

  private item(): Node {
    const match = /^([A-Za-z][A-Za-z0-9-]*)(=|~=|>=|<=)/.exec(this.text.slice(this.at));
    if (!match?.[1] || !match[2]) throw new LdapFilterTemplateError('has an item without attribute=value');
    if (!ATTRIBUTE.test(match[1])) throw new LdapFilterTemplateError('names an invalid attribute');
    this.at += match[0].length;
    let value = '';
    let placeholder = false;
    while (this.at < this.text.length && this.text[this.at] !== ')') {
      const char = this.text[this.at] ?? '';
      if (char === '(') throw new LdapFilterTemplateError('has an unescaped "(" in a value');
      if (char === '\\') {
        const hex = this.text.slice(this.at + 1, this.at + 3);
        if (!/^[0-9a-fA-F]{2}$/.test(hex)) throw new LdapFilterTemplateError('has an invalid \\ escape');
        value += String.fromCharCode(parseInt(hex, 16));
        this.at += 3;
      } else {
        // a literal % is written \25 (RFC 4515); a bare one is the template's placeholder
        if (char === '%') placeholder = true;
        value += char;
        this.at++;
      }
    }
    return { kind: 'item', attribute: match[1], operator: match[2], value, placeholder };
  }

  private expect(char: string): void {
    if (this.text[this.at] !== char) throw new LdapFilterTemplateError(`is malformed: "${char}" expected`);
    this.at++;
  }
}
