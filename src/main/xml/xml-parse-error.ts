/** Why parseXmlSafely refused a document. */
export type XmlParseErrorReason =
  /** Longer than the caller's limit in characters. */
  | 'tooLarge'
  /** A DOCTYPE/DTD or entity declaration, refused (XXE, "billion laughs"). */
  | 'doctype'
  /** Elements nested deeper than the caller's limit. */
  | 'tooDeep'
  /** Not well-formed XML. */
  | 'malformed'
  /** Well-formed text without any element. */
  | 'noElement';

export interface XmlParseErrorDetails {
  /** malformed: the parser's own (English, technical) description, and where, when it knows. */
  parserMessage?: string;
  line?: number;
  column?: number;
  /** tooDeep: the nesting limit. */
  maxDepth?: number;
}

/**
 * A refused XML document. `problem` is the sentence without its subject and without advice
 * ("is not valid XML: … (line 2, column 5)"), so each caller can name the document and say what to
 * do in its own words; the message is the neutral "<what> <problem>.".
 */
export class XmlParseError extends Error {
  constructor(
    readonly reason: XmlParseErrorReason,
    readonly what: string,
    readonly problem: string,
    options?: ErrorOptions,
    /** The data inside `problem`, for callers that word it themselves (a catalogue code). */
    readonly details: XmlParseErrorDetails = {},
  ) {
    super(`${what} ${problem}.`, options);
    this.name = 'XmlParseError';
  }

  /** "<what> <problem>" followed by the caller's advice for this reason (starting with "." or ","). */
  withAdvice(advice: Readonly<Record<XmlParseErrorReason, string>>): string {
    return `${this.what} ${this.problem}${advice[this.reason]}`;
  }
}
