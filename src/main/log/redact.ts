/**
 * Removes secrets from anything that is about to be logged. Two layers:
 *
 * 1. the literal values the app has stored or read (keychain, session passwords, tokens), removed
 *    wherever they appear, so a password is redacted even where nothing announces it;
 * 2. the structures secrets travel in:
 *    - credential headers (Authorization, Proxy-Authorization, Cookie, Set-Cookie): the value to the
 *      end of its line and through folded continuation lines (RFC 3261 §7.3.1), also inside a SIP
 *      message quoted in JSON or inspect output (escaped `\r\n`);
 *    - fields whose name says secret (secret-names.ts): JSON `"name": "…"` (also escaped inside a JSON
 *      string), inspect output `name: '…'`, `name=value`, `--name=value`, query strings and form
 *      bodies `?a=1&code=…`;
 *    - the password of a URL's userinfo, `scheme://user:password@host` and `sip:user:password@host`
 *      (RFC 3986 §3.2.1, RFC 3261 §19.1.1), also when it holds an unencoded "/" or "@".
 *
 * The FileLogger runs this on every line, so each step is one linear scan: no pattern has nested or
 * overlapping quantifiers, and the patterns that find names cannot start inside a word, so no name is
 * tried twice.
 */
import { isSecretName } from './secret-names';

export const REDACTED = '[redacted]';

/** Literal secrets shorter than this are redacted only where they stand alone (see addSecret). */
const SHORT_SECRET = 4;
/** Next to these, or at either end of the text, a short secret stands alone. */
const standAlone = String.raw`[\s"'\x60=,;&()[\]{}<>]`;

export class Redactor {
  private readonly literals = new Set<string>();
  private literalPattern: RegExp | undefined;
  private compiled = true;

  /**
   * Remember a secret value so it is removed wherever it appears. A value shorter than 4 characters
   * is removed only where it stands alone, next to whitespace, a quote, `=`, `,`, `;`, `&`, a
   * bracket or either end of the text: a PIN "12" or a password "a" must not turn every timestamp
   * or word containing it into [redacted]. Values of only whitespace cannot be told from layout and
   * are ignored.
   */
  addSecret(value: string): void {
    if (value.trim() === '' || this.literals.has(value)) return;
    this.literals.add(value);
    this.compiled = false;
  }

  redact(text: string): string {
    const literals = this.pattern();
    const out = literals ? text.replace(literals, REDACTED) : text;
    return redactUriPasswords(redactFields(redactCredentialHeaders(out)));
  }

  /** One alternation of every literal, longest first so a secret containing another wins. */
  private pattern(): RegExp | undefined {
    if (this.compiled) return this.literalPattern;
    const sorted = [...this.literals].sort((a, b) => b.length - a.length);
    const long = sorted.filter((value) => value.length >= SHORT_SECRET).map(escapeRegExp);
    const short = sorted.filter((value) => value.length < SHORT_SECRET).map(escapeRegExp);
    const alternatives = [...long];
    if (short.length > 0) {
      alternatives.push(`(?<=^|${standAlone})(?:${short.join('|')})(?=$|${standAlone})`);
    }
    this.literalPattern = new RegExp(alternatives.join('|'), 'g');
    this.compiled = true;
    return this.literalPattern;
  }
}

function escapeRegExp(value: string): string {
  return value.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
}

/** Rebuilds a text from the spans between redacted ranges; unchanged text is returned as is. */
class Rewriter {
  private out = '';
  private copied = 0;
  private changed = false;

  constructor(private readonly text: string) {}

  redact(from: number, to: number): void {
    this.out += this.text.slice(this.copied, from) + REDACTED;
    this.copied = to;
    this.changed = true;
  }

  result(): string {
    return !this.changed ? this.text : this.out + this.text.slice(this.copied);
  }
}

/**
 * Headers whose whole value is a credential, to the end of the line and its folded continuation
 * lines: RFC 3261 §20.7 and §20.28, RFC 6265 §4 (cookies). Other headers with a secret name
 * (`X-Auth-Token`) are fields, whose value is one token.
 */
const credentialHeaders =
  /(?:(?<![\w\\-])|(?<=\\[nrt]))(?:proxy-authorization|authorization|set-cookie|cookie)[ \t]*:[ \t]*/gi;

function redactCredentialHeaders(text: string): string {
  const rewriter = new Rewriter(text);
  credentialHeaders.lastIndex = 0;
  for (let match = credentialHeaders.exec(text); match; match = credentialHeaders.exec(text)) {
    const start = match.index + match[0].length;
    // a quoted value is a field of inspect output (`authorization: 'Bearer …'`): redactFields
    if (text[start] === '"' || text[start] === "'") continue;
    const end = foldedValueEnd(text, start);
    if (end === start) continue;
    rewriter.redact(start, end);
    credentialHeaders.lastIndex = end;
  }
  return rewriter.result();
}

/**
 * The end of a header value that starts at `start`: its line, and each following line that starts
 * with SP or HT, which RFC 3261 §7.3.1 folds into the same value.
 */
function foldedValueEnd(text: string, start: number): number {
  let end = lineEnd(text, start);
  for (;;) {
    const next = end + lineBreakLength(text, end);
    if (next === end || (text[next] !== ' ' && text[next] !== '\t')) return end;
    end = lineEnd(text, next);
  }
}

function lineEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i++) if (lineBreakLength(text, i) > 0) return i;
  return text.length;
}

/** The length of the line break at `at`, 0 if there is none: CRLF, LF, CR, or their escapes. */
function lineBreakLength(text: string, at: number): number {
  const char = text[at];
  if (char === '\n') return 1;
  if (char === '\r') return text[at + 1] === '\n' ? 2 : 1;
  if (char !== '\\') return 0;
  // a SIP message inside a JSON or inspect string: `\r\n` as escapes
  if (text[at + 1] === 'n') return 2;
  if (text[at + 1] !== 'r') return 0;
  return text[at + 2] === '\\' && text[at + 3] === 'n' ? 4 : 2;
}

/**
 * A field's name and separator: `"name": `, `'name': `, `name: `, `name=`, `--name=`, `\"name\":`
 * (JSON inside a JSON string). Group 1 is the name, group 2 the separator.
 */
const fieldName =
  /(?:(?<![\w.\\-])|(?<=\\[nrt]))(?:-{1,2}|\\?["'])?(\w[\w.-]*)(?:\\?["'])?[ \t]*([:=])[ \t]*/g;
/** Where a bare value ends in a query string or form body, and anywhere else. */
const queryValueEnd = /[&#\s"'<>]/g;
const bareValueEnd = /[\s,;&}\])"'<>]/g;

/**
 * The next stop character at or after a position. It remembers its last answer, which holds for every
 * position up to it, so the forward-moving scans of one text cost one pass in all.
 */
class NextStop {
  private from = -1;
  private found = -1;

  constructor(
    private readonly text: string,
    private readonly stop: RegExp,
  ) {}

  at(start: number): number {
    if (start >= this.from && start <= this.found) return this.found;
    this.stop.lastIndex = start;
    this.from = start;
    this.found = this.stop.exec(this.text)?.index ?? this.text.length;
    return this.found;
  }
}

/** The part of a field's value to redact, and where scanning resumes. */
interface ValueSpan {
  from: number;
  to: number;
  end: number;
}

function redactFields(text: string): string {
  const rewriter = new Rewriter(text);
  const queryStops = new NextStop(text, queryValueEnd);
  const bareStops = new NextStop(text, bareValueEnd);
  fieldName.lastIndex = 0;
  for (let match = fieldName.exec(text); match; match = fieldName.exec(text)) {
    const name = match[1]!;
    const separator = match[2]!;
    const start = match.index + match[0].length;
    const before = text[match.index - 1];
    const afterQueryMark = separator === '=' && (before === '?' || before === '&');
    const secret = isSecretName(name, afterQueryMark);
    // the first pair of a form body (`code=…&state=…`) has no "?" or "&" before it, but one after
    if (!secret && !(separator === '=' && isSecretName(name, true))) continue;
    const value = fieldValue(text, start, afterQueryMark ? queryStops : bareStops);
    if (!value || !(secret || text[value.end] === '&')) continue;
    rewriter.redact(value.from, value.to);
    fieldName.lastIndex = value.end;
  }
  return rewriter.result();
}

function fieldValue(text: string, start: number, stops: NextStop): ValueSpan | undefined {
  const first = text[start];
  if (first === '"' || first === "'" || first === '`') {
    const close = closingQuote(text, start + 1, first);
    return close > start + 1 ? { from: start + 1, to: close, end: close + 1 } : undefined;
  }
  const second = text[start + 1];
  if (first === '\\' && (second === '"' || second === "'")) {
    const close = closingEscapedQuote(text, start + 2, second);
    return close > start + 2 ? { from: start + 2, to: close, end: close + 2 } : undefined;
  }
  // `{`/`[`: an object or array, whose own fields are looked at (also an earlier [redacted])
  if (first === undefined || first === '{' || first === '[') return undefined;
  const end = stops.at(start);
  const bare = text.slice(start, end);
  if (bare === '' || bare === 'null' || bare === 'undefined') return undefined;
  return { from: start, to: end, end };
}

/** The index of the quote that closes a string opened before `from`; unterminated: its line's end. */
function closingQuote(text: string, from: number, quote: string): number {
  for (let i = from; i < text.length; i++) {
    const char = text[i];
    if (char === '\\') i++;
    else if (char === quote || char === '\n' || char === '\r') return i;
  }
  return text.length;
}

/** Like closingQuote for `\"…\"`: the next `\"` that is not itself escaped (`\\\"`). */
function closingEscapedQuote(text: string, from: number, quote: string): number {
  for (let i = from; i < text.length; i++) {
    const char = text[i];
    if (char === '\n' || char === '\r') return i;
    if (char === '\\' && text[i + 1] === quote && text[i - 1] !== '\\') return i;
  }
  return text.length;
}

/** Where a URL with an authority or a SIP URI starts; cannot start inside a word. */
const uriStart = /(?:(?<![\w+.\\-])|(?<=\\[nrt]))(?:[a-z][a-z0-9+.-]*:\/\/|sips?:)/gi;
/** The first character after a URI as it appears in a log line. */
const uriEnd = /[\s"'`<>\\]/g;
/** A port (digits, then the path, query or fragment), not a password. */
const portThenPath = /^\d+[/?#]/;

/**
 * Userinfo runs from the first ":" to the LAST "@" of the URI, so an unencoded "/" or "@" in the
 * password stays inside it. That may also hide a path segment with an "@" (over-redacting is the
 * safe side); a URI with no ":" before its "@" (`sip:alice@example.com`) or with a port before a
 * path (`https://host:8443/a@b`) has no password and is left alone.
 */
function redactUriPasswords(text: string): string {
  const rewriter = new Rewriter(text);
  uriStart.lastIndex = 0;
  for (let match = uriStart.exec(text); match; match = uriStart.exec(text)) {
    const start = match.index + match[0].length;
    uriEnd.lastIndex = start;
    const end = uriEnd.exec(text)?.index ?? text.length;
    uriStart.lastIndex = end;
    const uri = text.slice(start, end);
    const at = uri.lastIndexOf('@');
    const colon = uri.indexOf(':');
    if (at < 0 || colon < 0 || colon > at) continue;
    if (/[/?#@[\]]/.test(uri.slice(0, colon))) continue;
    const password = uri.slice(colon + 1, at);
    if (password === '' || password === REDACTED || portThenPath.test(password)) continue;
    rewriter.redact(start + colon + 1, start + at);
  }
  return rewriter.result();
}
