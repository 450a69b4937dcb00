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
 * Everything else goes to sip.js, which answers the rest (405, 416, 404, 420, 481, …).
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
/**
 * RFC 3261 §7.3.1: header fields that are not lists; two of them make the request malformed. Keyed by
 * lower-case name, with the compact forms of §7.3.3. (sip.js's parser keeps only the last of them.)
 */
const SINGLE_HEADERS = new Map([
  ['from', 'From'],
  ['f', 'From'],
  ['to', 'To'],
  ['t', 'To'],
  ['call-id', 'Call-ID'],
  ['i', 'Call-ID'],
  ['cseq', 'CSeq'],
  ['max-forwards', 'Max-Forwards'],
  ['content-length', 'Content-Length'],
  ['l', 'Content-Length'],
  ['content-type', 'Content-Type'],
  ['c', 'Content-Type'],
]);

/** A Content-Length (or compact l:) header line whose value is not a non-negative integer. */
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
    const { message, reply } = verdict;
    this.options.warn(
      `Refused ${message.method} from ${message.from?.uri.toString() ?? 'an unknown sender'} with ` +
        `${reply.statusCode} ${reply.reasonPhrase ?? ''}`.trimEnd(),
    );
    if (message.method !== 'ACK') this.options.reply(message, reply);
  }

  private check(text: string): Verdict {
    const line = REQUEST_LINE.exec(text);
    if (!line) return { pass: true }; // a response, or a request sip.js will drop
    const version = line[3];
    if (version !== '2.0') {
      const message = this.parse(text.replace(REQUEST_LINE, `$1 $2 SIP/2.0\r\n`));
      if (!message) return { pass: true };
      return refuse(message, 505, 'Version Not Supported');
    }
    const message = this.parse(text);
    if (!message) {
      // sip.js's parser refuses a negative Content-Length and the request would vanish unanswered;
      // parse it without that header, only to address the 400 (RFC 4475 ncl)
      const withoutLength = text.replace(BAD_CONTENT_LENGTH, '');
      const parsed = withoutLength !== text ? this.parse(withoutLength) : undefined;
      return parsed ? refuse(parsed, 400, 'Bad Content-Length') : { pass: true };
    }
    // sip.js parses only sip: and sips: Request-URIs and throws on the rest (§8.2.2.1: 416)
    if (!message.ruri) return refuse(message, 416, 'Unsupported URI Scheme');
    const repeated = repeatedSingleHeader(text);
    if (repeated) return refuse(message, 400, `Multiple ${repeated} Headers`);
    const contentLength = message.getHeader('Content-Length');
    if (contentLength !== undefined && !/^\s*[0-9]+\s*$/.test(contentLength)) {
      return refuse(message, 400, 'Bad Content-Length');
    }
    const cseq = /^\s*([0-9]+)\s+(\S+)\s*$/.exec(message.getHeader('CSeq') ?? '');
    if (cseq && cseq[2] !== message.method) return refuse(message, 400, 'CSeq Method Does Not Match');
    if (cseq && (cseq[1]!.length > 10 || Number(cseq[1]) >= 2 ** 31)) {
      return refuse(message, 400, 'CSeq Out Of Range');
    }
    const maxForwards = message.getHeader('Max-Forwards');
    if (maxForwards !== undefined && !(/^\s*[0-9]+\s*$/.test(maxForwards) && Number(maxForwards) <= 255)) {
      return refuse(message, 400, 'Max-Forwards Out Of Range');
    }
    const unsupported = this.isForUs(message) ? this.unsupportedRequirements(message) : [];
    if (unsupported.length > 0) {
      return refuse(message, 420, 'Bad Extension', [`Unsupported: ${unsupported.join(', ')}`]);
    }
    if (message.method === 'INVITE' && this.isForUs(message) && !acceptsSdp(message.getHeader('Accept'))) {
      return refuse(message, 406, 'Not Acceptable', [`Accept: ${SUPPORTED_BODY}`]);
    }
    const body = typeof message.body === 'string' ? message.body : '';
    if (body === '') return { pass: true };
    const contentType = message.getHeader('Content-Type');
    if (contentType === undefined || contentType.trim() === '') {
      return refuse(message, 400, 'Missing Content-Type');
    }
    if (!this.isForUs(message)) return { pass: true };
    const encoding = message.getHeader('Content-Encoding');
    if (encoding !== undefined && encoding.trim().toLowerCase() !== 'identity') {
      return refuse(message, 415, 'Unsupported Content-Encoding', ['Accept-Encoding: identity']);
    }
    if (
      OFFER_METHODS.has(message.method) &&
      mediaType(contentType) !== SUPPORTED_BODY &&
      !optionalHandling(message.getHeader('Content-Disposition'))
    ) {
      return refuse(message, 415, 'Unsupported Media Type', [`Accept: ${SUPPORTED_BODY}`]);
    }
    return { pass: true };
  }

  /** §8.2.2.3: option tags in Require we don't support (not checked for ACK and CANCEL). */
  private unsupportedRequirements(message: IncomingRequestMessage): string[] {
    if (message.method === 'ACK' || message.method === 'CANCEL') return [];
    const supported = new Set(this.options.supportedOptionTags().map((tag) => tag.toLowerCase()));
    return message
      .getHeaders('Require')
      .flatMap((value) => value.split(','))
      .map((tag) => tag.trim())
      .filter((tag) => tag !== '' && !supported.has(tag.toLowerCase()));
  }

  private parse(text: string): IncomingRequestMessage | undefined {
    const message = Core.Parser.parseMessage(text, this.options.parserLogger);
    return message instanceof Core.IncomingRequestMessage ? message : undefined;
  }

  /** The same test sip.js applies before it answers 404 (scheme sip and our user). */
  private isForUs(message: IncomingRequestMessage): boolean {
    const ruri = message.ruri;
    return ruri !== undefined && ruri.scheme === 'sip' && ruri.user === this.options.ownUser();
  }
}

type Verdict = { pass: true } | { pass: false; message: IncomingRequestMessage; reply: ScreenedReply };

function refuse(
  message: IncomingRequestMessage,
  statusCode: number,
  reasonPhrase: string,
  extraHeaders: string[] = [],
): Verdict {
  return { pass: false, message, reply: { statusCode, reasonPhrase, extraHeaders } };
}

/** The first single-valued header field that appears more than once in the header section, if any. */
function repeatedSingleHeader(text: string): string | undefined {
  const end = text.search(/\r?\n\r?\n/);
  const head = end < 0 ? text : text.slice(0, end);
  const seen = new Set<string>();
  for (const line of head.split(/\r?\n/).slice(1)) {
    if (line.startsWith(' ') || line.startsWith('\t')) continue; // a folded continuation (§7.3.1)
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = SINGLE_HEADERS.get(line.slice(0, colon).trim().toLowerCase());
    if (!name) continue;
    if (seen.has(name)) return name;
    seen.add(name);
  }
  return undefined;
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
