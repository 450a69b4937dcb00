/**
 * Removes secrets from anything that is about to be logged. Two layers:
 * patterns for the places secrets travel (SIP auth headers, password/token
 * fields, URL credentials), and the literal values the SecretStore has seen,
 * so a password is redacted even where no pattern expects it.
 */
export const REDACTED = '[redacted]';

const patterns: readonly [RegExp, string][] = [
  // RFC 3261 §20.7 / §20.28: the whole credentials value of Authorization and Proxy-Authorization.
  [/\b((?:Proxy-)?Authorization[ \t]*:[ \t]*)[^\r\n]*/gi, `$1${REDACTED}`],
  // JSON-ish and key=value fields whose name says secret.
  [
    /("?(?:password|passwd|secret|token|access_token|refresh_token|client_secret|ha1|ha1b)"?\s*[:=]\s*)("(?:[^"\\]|\\.)*"|[^\s,;&}]+)/gi,
    `$1"${REDACTED}"`,
  ],
  // user:password@host in URLs.
  [/(\b[a-z][a-z0-9+.-]*:\/\/[^\s:/@]+:)[^\s@/]+@/gi, `$1${REDACTED}@`],
];

export class Redactor {
  private readonly literals = new Set<string>();

  /** Remember a secret value so it is removed wherever it appears. Short values are not tracked. */
  addSecret(value: string): void {
    if (value.length >= 4) this.literals.add(value);
  }

  redact(text: string): string {
    let out = text;
    for (const literal of this.literals) out = out.split(literal).join(REDACTED);
    for (const [pattern, replacement] of patterns) out = out.replace(pattern, replacement);
    return out;
  }
}
