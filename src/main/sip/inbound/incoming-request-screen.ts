/**
 * Screens every message from the network before sip.js's UserAgent sees it, and answers the malformed
 * requests that sip.js would otherwise accept, mishandle or throw on (e.g. an INVITE whose body has no
 * Content-Type made sip.js throw "Content disposition undefined" from a promise nobody caught, which
 * stopped the process).
 *
 * What it refuses, in RFC 3261's order (§8.2):
 * - a Request-URI sip.js can't parse (tel:, unknown schemes): 416 (§8.2.2.1, RFC 4475 unkscm);
 * - a SIP version other than 2.0: 505 (§8.1.1.1, RFC 4475 badvers);
 * - header fields that can appear only once, appearing twice: 400 (§7.3.1, RFC 4475 multi01,
 *   mcl01);
 * - a Content-Length that is not a non-negative number: 400 (§20.14, RFC 4475 ncl);
 * - a CSeq whose method is not the request's, or whose number is 2^31 or more, or a Max-Forwards over
 *   255: 400 (§8.1.1.5, §20.22, RFC 4475 mismatch01/02, scalar02);
 * - an INVITE for us whose Accept leaves out SDP (the only answer we can give): 406 (§21.4.7, RFC 4475
 *   §3.3.? sdp01);
 * - a body without Content-Type: 400 (§20.15: "If the body is not empty, the Content-Type header field
 *   MUST be present");
 * - for requests to us: a Require with option tags we don't support, 420 with Unsupported (§8.2.2.3,
 *   RFC 4475 bext01; sip.js leaves this as a TODO); a Content-Encoding we can't decode, 415 with Accept-Encoding; a body that an
 *   INVITE, UPDATE or PRACK carries and we can't handle (anything but application/sdp) unless its
 *   Content-Disposition says handling=optional, 415 with Accept (§8.2.3, RFC 5621 §3.2, RFC 4475
 *   §3.3.11 sdp01 and invut).
 * - a PRACK outside a dialog: 481 (RFC 3262 §3; sip.js throws on it);
 * - a grammar-parsed header field over 8 KB: 513 Message Too Large, answered without parsing it (see
 *   GRAMMAR_HEADERS); a body over 64 KB: 413 Request Entity Too Large (§21.4.11, §21.5.14);
 * - a request sip.js's parser refuses (a request line, Via, From, To, Contact… that does not parse,
 *   RFC 4475 §3.1.2): 400, where sip.js would drop it; for a request line with stray whitespace
 *   (lwsstart, trws, lwsruri) the reason phrase says where it is (requestLineFault).
 * Everything else goes to sip.js, which answers the rest (405, 416, 404, 420, 481, …).
 *
 * Answers, not silence: a PBX retransmits an unanswered INVITE for 32 s and then counts us as gone. A
 * request that does not parse is answered from the fields an answer copies (§8.2.6.2), read by a plain
 * scan (see answerableSkeleton): a Via with a sent-by, From, To, Call-ID and a numeric CSeq, none
 * holding a control character (it would be echoed into the answer). Dropped, unanswered, are only
 * requests without them (nothing to address an answer to), ACKs (never answered, §17.2.1) and
 * responses (§18.1.2).
 *
 * The screen never throws: a message it can't make sense of goes to sip.js as before, whose transport
 * handler catches what it throws.
 */
import { Core } from 'sip.js';

type IncomingRequestMessage = Core.IncomingRequestMessage;

export interface ScreenedReply {
  statusCode: number;
  reasonPhrase?: string;
  extraHeaders?: string[];
}

export interface IncomingRequestScreenOptions {
  /** The UserAgent's own handler (`transport.onMessage` as sip.js set it). */
  deliver(text: string): void;
  /** Answers a request without a transaction (sip.js's `userAgentCore.replyStateless`). */
  reply(message: IncomingRequestMessage, reply: ScreenedReply): void;
  /** The user part of the account's address: content checks apply only to requests for us. */
  ownUser(): string | undefined;
  /** The option tags the UserAgent supports (RFC 3261 §8.2.2.3), e.g. 100rel, replaces. */
  supportedOptionTags(): readonly string[];
  /** sip.js's logger for its parser. */
  parserLogger: Parameters<typeof Core.Parser.parseMessage>[1];
  warn(message: string): void;
}

/** The only body type our media bridge understands (src/main/sip/bridge). */
const SUPPORTED_BODY = 'application/sdp';
/** Methods whose body is a session description the UA must be able to process. */
const OFFER_METHODS = new Set(['INVITE', 'UPDATE', 'PRACK']);
/** RFC 3261 §7.3.1: header fields that are not lists; two of them make the request malformed. */
const SINGLE_HEADERS = new Map([
  ['from', 'From'],
  ['to', 'To'],
  ['call-id', 'Call-ID'],
  ['cseq', 'CSeq'],
  ['max-forwards', 'Max-Forwards'],
  ['content-length', 'Content-Length'],
  ['content-type', 'Content-Type'],
]);
/** RFC 3261 §7.3.3 (and RFC 3515, 3892, 3265): compact header names. */
const COMPACT_FORMS = new Map([
  ['f', 'from'],
  ['t', 'to'],
  ['i', 'call-id'],
  ['l', 'content-length'],
  ['c', 'content-type'],
  ['e', 'content-encoding'],
  ['m', 'contact'],
  ['v', 'via'],
  ['k', 'supported'],
  ['s', 'subject'],
  ['r', 'refer-to'],
  ['b', 'referred-by'],
  ['o', 'event'],
  ['u', 'allow-events'],
  ['x', 'session-expires'],
]);

/** A Content-Length (or compact l:) header line whose value is not a non-negative integer. */
/** Bodies a phone handles are small (an SDP is a few KB, a BLF or MWI NOTIFY less): over this, 413. */
export const MAX_BODY_LENGTH = 64 * 1024;

const BAD_CONTENT_LENGTH = /^(?:content-length|l)[ \t]*:(?![ \t]*[0-9]+[ \t]*\r?$)[^\r\n]*\r?\n/gim;
const REQUEST_LINE = /^([^ \r\n]+) ([^ \r\n]+) SIP\/([0-9]+\.[0-9]+)\r?\n/;

export class IncomingRequestScreen {
  constructor(private readonly options: IncomingRequestScreenOptions) {}

  /** Use as the transport's onMessage. */
  receive(text: string): void {
    let verdict: Verdict;
    try {
      verdict = this.check(text);
    } catch (error) {
      this.options.warn(`Screening an incoming message failed, passed on as is: ${String(error)}`);
      verdict = { pass: true };
    }
    if (verdict.pass) {
      this.options.deliver(text);
      return;
    }
    if ('drop' in verdict) {
      this.options.warn(`Dropped a SIP request: ${verdict.drop}`);
      return;
    }
    const { message, reply, detail } = verdict;
    this.options.warn(
      `Refused ${message.method} from ${message.from?.uri.toString() ?? 'an unknown sender'} with ` +
        `${reply.statusCode} ${reply.reasonPhrase ?? ''}`.trimEnd() +
        (detail ? ` (${detail})` : ''),
    );
    if (message.method !== 'ACK') this.options.reply(message, reply);
  }

  /**
   * Checks on the raw text: sip.js's grammar parser is the expensive part of a message (it decodes its
   * whole bytecode on every call), so a request is parsed here only when it is refused.
   */
  private check(text: string): Verdict {
    if (text.startsWith('SIP/')) return { pass: true }; // a response: sip.js matches or drops it
    const line = REQUEST_LINE.exec(text);
    // a request line sip.js can't parse (RFC 4475 lwsstart, trws, lwsruri): it would drop the request
    if (!line) return answerUnparsed(text, 400, requestLineFault(text)) ?? { pass: true };
    const [, method, uri, version] = line as unknown as [string, string, string, string];
    const refuseParsed = (
      statusCode: number,
      reason: string,
      extra: string[] = [],
      source = text,
    ): Verdict => {
      const message = this.parse(source);
      if (message && addressable(message)) return refuse(message, statusCode, reason, extra);
      return answerUnparsed(text, statusCode, reason, extra) ?? { pass: true };
    };
    if (version !== '2.0') {
      return refuseParsed(505, 'Version Not Supported', [], text.replace(REQUEST_LINE, `$1 $2 SIP/2.0\r\n`));
    }
    const oversized = oversizedParsedHeader(text);
    if (oversized) {
      // never handed to the grammar (its cost grows with the field): answered from the plain scan
      return answerUnparsed(text, 513, 'Message Too Large') ?? { pass: false, drop: oversized };
    }
    if (bodyOf(text).length > MAX_BODY_LENGTH) return refuseParsed(413, 'Request Entity Too Large');
    const headers = RawHeaders.of(text);
    const contentLength = headers.first('content-length');
    if (contentLength !== undefined && !/^\s*[0-9]+\s*$/.test(contentLength)) {
      // sip.js's parser refuses a negative Content-Length and the request would vanish unanswered;
      // parse it without that header, only to address the 400 (RFC 4475 ncl)
      return refuseParsed(400, 'Bad Content-Length', [], text.replace(BAD_CONTENT_LENGTH, ''));
    }
    // sip.js parses only sip: and sips: Request-URIs and throws on the rest (§8.2.2.1: 416)
    if (!/^sips?:/i.test(uri)) {
      // a scheme (§19.1.1, RFC 3986 §3.1) we don't do is 416; no scheme at all (<sip:…>) is malformed
      const scheme = /^[a-z][a-z0-9+.-]*:/i.test(uri);
      return refuseParsed(scheme ? 416 : 400, scheme ? 'Unsupported URI Scheme' : 'Bad Request-URI');
    }
    // a PRACK belongs to a dialog (RFC 3262 §3); sip.js throws on one without a To tag
    if (method === 'PRACK' && !/;\s*tag\s*=/i.test(headers.first('to') ?? '')) {
      return refuseParsed(481, 'Call/Transaction Does Not Exist');
    }
    const repeated = headers.repeatedSingle();
    if (repeated) return refuseParsed(400, `Multiple ${repeated} Headers`);
    const cseq = /^\s*([0-9]+)\s+(\S+)\s*$/.exec(headers.first('cseq') ?? '');
    if (cseq && cseq[2] !== method) return refuseParsed(400, 'CSeq Method Does Not Match');
    if (cseq && (cseq[1]!.length > 10 || Number(cseq[1]) >= 2 ** 31)) {
      return refuseParsed(400, 'CSeq Out Of Range');
    }
    const maxForwards = headers.first('max-forwards');
    if (maxForwards !== undefined && !(/^\s*[0-9]+\s*$/.test(maxForwards) && Number(maxForwards) <= 255)) {
      return refuseParsed(400, 'Max-Forwards Out Of Range');
    }
    const forUs = this.isForUs(uri);
    const unsupported = forUs ? this.unsupportedRequirements(method, headers.all('require')) : [];
    if (unsupported.length > 0) {
      return refuseParsed(420, 'Bad Extension', [`Unsupported: ${unsupported.join(', ')}`]);
    }
    if (method === 'INVITE' && forUs && !acceptsSdp(headers.first('accept'))) {
      return refuseParsed(406, 'Not Acceptable', [`Accept: ${SUPPORTED_BODY}`]);
    }
    // the body is what Content-Length says (a second message after it is not a body: RFC 4475 dblreq)
    const hasBody = bodyOf(text) !== '' && (contentLength === undefined || Number(contentLength) > 0);
    if (!hasBody) return this.parses(text, method);
    const contentType = headers.first('content-type');
    if (contentType === undefined || contentType.trim() === '') {
      return refuseParsed(400, 'Missing Content-Type');
    }
    if (!forUs) return this.parses(text, method);
    const encoding = headers.first('content-encoding');
    if (encoding !== undefined && encoding.trim().toLowerCase() !== 'identity') {
      return refuseParsed(415, 'Unsupported Content-Encoding', ['Accept-Encoding: identity']);
    }
    if (
      OFFER_METHODS.has(method) &&
      mediaType(contentType) !== SUPPORTED_BODY &&
      !optionalHandling(headers.first('content-disposition'))
    ) {
      return refuseParsed(415, 'Unsupported Media Type', [`Accept: ${SUPPORTED_BODY}`]);
    }
    return this.parses(text, method);
  }

  /**
   * sip.js drops a request its parser refuses, unanswered; it goes on only if it parses (parsed twice
   * then, ~0.5 ms for an INVITE: the price of answering instead of leaving the PBX to retransmit).
   */
  private parses(text: string, method: string): Verdict {
    if (method === 'ACK') return { pass: true };
    let failure = 'it does not parse';
    // the parser reports why through warn and error: kept for our warning, not logged as sip.js's error
    const record = (content: unknown) => {
      failure = String(content);
    };
    const logger = { warn: record, error: record, log: record, debug: record };
    const message = Core.Parser.parseMessage(
      text,
      logger as unknown as IncomingRequestScreenOptions['parserLogger'],
    );
    if (message) return { pass: true };
    return answerUnparsed(text, 400, 'Bad Request', [], failure) ?? { pass: true };
  }

  /** §8.2.2.3: option tags in Require we don't support (not checked for ACK and CANCEL). */
  private unsupportedRequirements(method: string, require: string[]): string[] {
    if (method === 'ACK' || method === 'CANCEL') return [];
    const supported = new Set(this.options.supportedOptionTags().map((tag) => tag.toLowerCase()));
    return require
      .flatMap((value) => value.split(','))
      .map((tag) => tag.trim())
      .filter((tag) => tag !== '' && !supported.has(tag.toLowerCase()));
  }

  private parse(text: string): IncomingRequestMessage | undefined {
    const message = Core.Parser.parseMessage(text, this.options.parserLogger);
    return message instanceof Core.IncomingRequestMessage ? message : undefined;
  }

  /** The same test sip.js applies before it answers 404 (scheme sip and our user). */
  private isForUs(uri: string): boolean {
    const user = /^sip:([^@;?>]*)@/i.exec(uri)?.[1];
    if (user === undefined) return false;
    let decoded = user;
    try {
      decoded = decodeURIComponent(user);
    } catch {
      // a stray % is compared as it is
    }
    return decoded === this.options.ownUser();
  }
}

type Refusal = { pass: false; message: IncomingRequestMessage; reply: ScreenedReply; detail?: string };
type Verdict = { pass: true } | { pass: false; drop: string } | Refusal;

/**
 * The answer to a request that can't (or mustn't) be parsed, built from answerableSkeleton; undefined
 * when the request has nothing to address an answer to, or is an ACK.
 */
function answerUnparsed(
  text: string,
  statusCode: number,
  reasonPhrase: string,
  extraHeaders: string[] = [],
  detail?: string,
): Verdict | undefined {
  const message = answerableSkeleton(text);
  if (!message) return undefined;
  const verdict = refuse(message, statusCode, reasonPhrase, extraHeaders);
  return detail === undefined ? verdict : { ...verdict, detail };
}

/**
 * The reason phrase for a request line that is not `Method SP Request-URI SP SIP-Version CRLF` (RFC 3261
 * §7.1, §25.1: exactly one SP between the elements, none elsewhere), saying what is wrong with it
 * (RFC 4475 §3.1.2.6 lwsruri, §3.1.2.7 lwsstart, §3.1.2.8 trws: each to be answered 400).
 */
export function requestLineFault(text: string): string {
  const line = /^[^\r\n]*/.exec(text)?.[0] ?? '';
  if (/^[ \t]/.test(line)) return 'Bad Request Line: Whitespace Before The Method';
  if (/[ \t]$/.test(line)) return 'Bad Request Line: Whitespace After The SIP Version';
  const elements = line.split(/[ \t]+/).length;
  if (elements > 3) return 'Bad Request-URI: Unescaped Whitespace';
  if (elements < 3) return 'Bad Request Line: Missing Request-URI';
  if (/\t| {2}/.test(line)) return 'Bad Request Line: Elements Not Separated By One Space';
  return 'Bad Request Line';
}

/** What sip.js requires of a request too (its hasMinimumHeaders): an answer copies them (§8.2.6.2). */
function addressable(message: IncomingRequestMessage): boolean {
  return ['via', 'from', 'to', 'call-id', 'cseq'].every((name) => message.hasHeader(name));
}

/** A character that must not be echoed into an answer: it would end or smuggle a header field. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARACTER = /[\u0000-\u0008\u000a-\u001f\u007f]/;
/** Via's sent-protocol and sent-by (§20.42), as far as a plain scan needs to tell that there is one. */
const VIA_SENT_BY = /^SIP\s*\/\s*2\.0\s*\/\s*[A-Za-z0-9.!%*_+`'~-]+\s+[^\s;,]+/i;
const CSEQ_FIELD = /^([0-9]{1,10})\s+([A-Za-z0-9.!%*_+`'~-]+)$/;

/**
 * An IncomingRequestMessage holding only what sip.js's constructOutgoingResponse copies (Via, From, To,
 * Call-ID, CSeq and the method), read by a plain line scan instead of the grammar: for a request that
 * does not parse, or has a field too long to parse. undefined if one of them is missing, unreadable or
 * holds a control character, and for an ACK.
 */
export function answerableSkeleton(text: string): IncomingRequestMessage | undefined {
  const firstLine = /^[^\r\n]*/.exec(text)?.[0] ?? '';
  const headers = RawHeaders.of(text);
  const vias = headers.all('via');
  const fields = [
    headers.first('from'),
    headers.first('to'),
    headers.first('call-id'),
    headers.first('cseq'),
  ];
  const [from, to, callId, cseqField] = fields;
  if (from === undefined || to === undefined || callId === undefined || cseqField === undefined)
    return undefined;
  if ([...vias, ...fields].some((value) => value === '' || CONTROL_CHARACTER.test(value!))) return undefined;
  if (!vias[0] || !VIA_SENT_BY.test(vias[0])) return undefined;
  const cseq = CSEQ_FIELD.exec(cseqField);
  if (!cseq || Number(cseq[1]) >= 2 ** 31) return undefined;
  const method = cseq[2]!;
  if (method === 'ACK' || /^\s*ACK\s/.test(firstLine)) return undefined;
  const message = new Core.IncomingRequestMessage();
  message.method = method;
  message.cseq = Number(cseq[1]);
  message.callId = callId;
  message.data = text;
  for (const via of vias) message.addHeader('via', via);
  message.addHeader('from', from);
  message.addHeader('to', to);
  message.addHeader('call-id', callId);
  message.addHeader('cseq', cseqField);
  // constructOutgoingResponse asks the parsed To whether it has a tag: answered from the scan, so that
  // a To too long or too broken for the grammar is not parsed after all
  const toHeader = (message.headers as Record<string, { raw: string; parsed?: unknown }[]>)['To']![0]!;
  toHeader.parsed = { hasParam: (name: string) => name === 'tag' && hasTag(to) };
  return message;
}

/** A tag parameter of the header field, not of the URI in its angle brackets or a quoted display name. */
function hasTag(nameAddr: string): boolean {
  const outside = nameAddr.replace(/"(?:[^"\\]|\\.)*"/g, '').replace(/<[^>]*>/g, '');
  return /;\s*tag\s*=/i.test(outside);
}

function refuse(
  message: IncomingRequestMessage,
  statusCode: number,
  reasonPhrase: string,
  extraHeaders: string[] = [],
): Refusal {
  return { pass: false, message, reply: { statusCode, reasonPhrase, extraHeaders } };
}

/**
 * The header fields sip.js's grammar parses (the rest it keeps as text). Its parser needs ~1.2 s for a
 * 900 KB From, so one such INVITE a second would stall the phone: longer ones are never parsed but
 * answered 513 from a plain scan (answerableSkeleton), or dropped if that finds nothing to address an
 * answer to (RFC 3261 sets no limit, ours is far above any real address). Unparsed fields may be long
 * (a 500 KB X- header is answered as usual).
 */
const GRAMMAR_HEADERS = new Set([
  'from',
  'f',
  'to',
  't',
  'contact',
  'm',
  'via',
  'v',
  'call-id',
  'i',
  'cseq',
  'record-route',
  'route',
  'refer-to',
  'r',
  'content-type',
  'c',
  'content-length',
  'l',
  'max-forwards',
  'event',
  'o',
  'subscription-state',
  'referred-by',
  'b',
  'replaces',
  'content-disposition',
  'www-authenticate',
  'proxy-authenticate',
  'allow-events',
  'u',
  'session-expires',
  'x',
  'min-se',
  'reason',
  'rack',
  'rseq',
]);
export const MAX_PARSED_HEADER_LENGTH = 8192;

function oversizedParsedHeader(text: string): string | undefined {
  let name = '';
  let length = 0;
  for (const line of headerSection(text)) {
    if (line.startsWith(' ') || line.startsWith('\t')) {
      length += line.length; // a folded continuation belongs to the field before it
    } else {
      name = line
        .slice(0, Math.max(0, line.indexOf(':')))
        .trim()
        .toLowerCase();
      length = line.length;
    }
    if (length > MAX_PARSED_HEADER_LENGTH && GRAMMAR_HEADERS.has(name)) {
      return `its ${name} header field is over ${MAX_PARSED_HEADER_LENGTH} characters long`;
    }
  }
  return undefined;
}

function headerSection(text: string): string[] {
  const end = text.search(/\r?\n\r?\n/);
  return (end < 0 ? text : text.slice(0, end)).split(/\r?\n/).slice(1);
}

/** The header section read line by line: values by lower-case name (compact forms expanded). */
class RawHeaders {
  private constructor(private readonly values: Map<string, string[]>) {}

  static of(text: string): RawHeaders {
    const values = new Map<string, string[]>();
    let current: string[] | undefined;
    for (const line of headerSection(text)) {
      if ((line.startsWith(' ') || line.startsWith('\t')) && current) {
        current[current.length - 1] += ` ${line.trim()}`; // a folded continuation (§7.3.1)
        continue;
      }
      const colon = line.indexOf(':');
      if (colon <= 0) continue;
      const raw = line.slice(0, colon).trim().toLowerCase();
      const name = COMPACT_FORMS.get(raw) ?? raw;
      current = values.get(name) ?? [];
      current.push(line.slice(colon + 1).trim());
      values.set(name, current);
    }
    return new RawHeaders(values);
  }

  first(name: string): string | undefined {
    return this.values.get(name)?.[0];
  }

  all(name: string): string[] {
    return this.values.get(name) ?? [];
  }

  /** The first single-valued header field that appears more than once, by its canonical name. */
  repeatedSingle(): string | undefined {
    for (const [name, canonical] of SINGLE_HEADERS) if (this.all(name).length > 1) return canonical;
    return undefined;
  }
}

function bodyOf(text: string): string {
  const match = /\r?\n\r?\n/.exec(text);
  return match ? text.slice(match.index + match[0].length) : '';
}

/** RFC 3261 §20.1: no Accept means application/sdp; otherwise it must list it or a wildcard for it. */
function acceptsSdp(accept: string | undefined): boolean {
  if (accept === undefined || accept.trim() === '') return true;
  return accept
    .split(',')
    .map((range) => mediaType(range))
    .some((range) => range === SUPPORTED_BODY || range === 'application/*' || range === '*/*');
}

function mediaType(contentType: string): string {
  return (contentType.split(';')[0] ?? '').trim().toLowerCase();
}

/** RFC 3261 §20.11: `handling=optional` lets a UA ignore a body it does not understand. */
function optionalHandling(disposition: string | undefined): boolean {
  return /;\s*handling\s*=\s*optional\b/i.test(disposition ?? '');
}
