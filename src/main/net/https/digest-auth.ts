/**
 * HTTP authentication for the provisioning fetcher: parsing WWW-Authenticate challenges and answering
 * Basic (RFC 7617) and Digest (RFC 7616, compatible with RFC 2617) with MD5 or SHA-256 and qop=auth.
 * Pure functions; the caller decides when credentials may be sent at all.
 */
import { createHash, randomBytes } from 'node:crypto';

export interface AuthChallenge {
  /** Lower-case scheme, e.g. `basic` or `digest`. */
  scheme: string;
  /** Parameters with lower-case names and unquoted values. */
  params: Record<string, string>;
}

export type DigestAlgorithm = 'MD5' | 'MD5-sess' | 'SHA-256' | 'SHA-256-sess';

const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+/;

/**
 * Splits WWW-Authenticate values into challenges (RFC 7235 §4.1: one header may carry several,
 * separated by commas, and a challenge's own parameters are comma-separated too).
 */
export function parseChallenges(headers: readonly string[]): AuthChallenge[] {
  const challenges: AuthChallenge[] = [];
  for (const header of headers) {
    let rest = header.trim();
    let current: AuthChallenge | undefined;
    while (rest.length > 0) {
      rest = rest.replace(/^[\s,]+/, '');
      const token = TOKEN.exec(rest)?.[0];
      if (!token) break;
      const afterToken = rest.slice(token.length);
      const param = /^\s*=\s*/.exec(afterToken);
      if (param && current) {
        // auth-param: name=token or name="quoted string"
        let value: string;
        rest = afterToken.slice(param[0].length);
        if (rest.startsWith('"')) {
          const quoted = /^"((?:[^"\\]|\\.)*)"/.exec(rest);
          if (!quoted) break;
          value = (quoted[1] ?? '').replace(/\\(.)/g, '$1');
          rest = rest.slice(quoted[0].length);
        } else {
          value = /^[^\s,]*/.exec(rest)?.[0] ?? '';
          rest = rest.slice(value.length);
        }
        current.params[token.toLowerCase()] = value;
      } else if (param) {
        break; // a parameter before any scheme: malformed
      } else {
        current = { scheme: token.toLowerCase(), params: {} };
        challenges.push(current);
        rest = afterToken;
        // token68 form (e.g. `Negotiate abc==`): kept out of params, we never answer it
        const token68 = /^\s+([A-Za-z0-9._~+/-]+=*)\s*(?=,|$)/.exec(rest);
        if (token68) rest = rest.slice(token68[0].length);
      }
    }
  }
  return challenges;
}

function digestAlgorithm(challenge: AuthChallenge): DigestAlgorithm | undefined {
  const name = (challenge.params['algorithm'] ?? 'MD5').toUpperCase();
  const known: Record<string, DigestAlgorithm> = {
    MD5: 'MD5',
    'MD5-SESS': 'MD5-sess',
    'SHA-256': 'SHA-256',
    'SHA-256-SESS': 'SHA-256-sess',
  };
  return known[name];
}

/** Digest challenges we can answer: a realm, a nonce, a known algorithm, and qop auth (or none, RFC 2069). */
function answerable(challenge: AuthChallenge): boolean {
  if (challenge.scheme !== 'digest') return challenge.scheme === 'basic';
  if (challenge.params['realm'] === undefined || !challenge.params['nonce']) return false;
  if (!digestAlgorithm(challenge)) return false;
  const qop = challenge.params['qop'];
  return qop === undefined || qopOptions(qop).includes('auth');
}

function qopOptions(qop: string): string[] {
  return qop.split(',').map((option) => option.trim().toLowerCase());
}

/**
 * The challenge to answer: Digest before Basic (the password never crosses the wire), SHA-256 before
 * MD5 (RFC 7616 §3.7: the client uses the strongest algorithm it supports). Undefined when none fits.
 */
export function chooseChallenge(challenges: readonly AuthChallenge[]): AuthChallenge | undefined {
  const rank = (challenge: AuthChallenge): number => {
    if (challenge.scheme === 'basic') return 1;
    return digestAlgorithm(challenge)?.startsWith('SHA-256') ? 3 : 2;
  };
  return challenges
    .filter(answerable)
    .sort((a, b) => rank(b) - rank(a))
    .at(0);
}

export function basicAuthorization(userName: string, password: string): string {
  return `Basic ${Buffer.from(`${userName}:${password}`, 'utf8').toString('base64')}`;
}

export interface DigestInput {
  challenge: AuthChallenge;
  userName: string;
  password: string;
  method: string;
  /** The request-target, e.g. `/dir/index.html?x=1`. */
  uri: string;
  /** Fixed in tests; random otherwise. */
  cnonce?: string;
  /** The nonce count, 1 for the first use of a nonce. */
  nonceCount?: number;
}

function hashOf(algorithm: DigestAlgorithm): (text: string) => string {
  const name = algorithm.startsWith('SHA-256') ? 'sha256' : 'md5';
  return (text) => createHash(name).update(text, 'utf8').digest('hex');
}

function quoted(value: string): string {
  return `"${value.replace(/(["\\])/g, '\\$1')}"`;
}

/** The response value and its inputs, RFC 7616 §3.4.1–3.4.3. */
export function digestResponse(input: DigestInput & { cnonce: string; nc: string }): string {
  const { challenge } = input;
  const algorithm = digestAlgorithm(challenge) ?? 'MD5';
  const hash = hashOf(algorithm);
  const realm = challenge.params['realm'] ?? '';
  const nonce = challenge.params['nonce'] ?? '';
  let ha1 = hash(`${input.userName}:${realm}:${input.password}`);
  if (algorithm.endsWith('-sess')) ha1 = hash(`${ha1}:${nonce}:${input.cnonce}`);
  const ha2 = hash(`${input.method}:${input.uri}`);
  if (challenge.params['qop'] === undefined) return hash(`${ha1}:${nonce}:${ha2}`);
  return hash(`${ha1}:${nonce}:${input.nc}:${input.cnonce}:auth:${ha2}`);
}

/** The Authorization header value answering a Digest challenge. */
export function digestAuthorization(input: DigestInput): string {
  const { challenge } = input;
  const algorithm = digestAlgorithm(challenge);
  if (!algorithm) throw new Error(`unsupported digest algorithm ${challenge.params['algorithm']}`);
  const cnonce = input.cnonce ?? randomBytes(16).toString('hex');
  const nc = (input.nonceCount ?? 1).toString(16).padStart(8, '0');
  const response = digestResponse({ ...input, cnonce, nc });
  const parts = [
    `username=${quoted(input.userName)}`,
    `realm=${quoted(challenge.params['realm'] ?? '')}`,
    `nonce=${quoted(challenge.params['nonce'] ?? '')}`,
    `uri=${quoted(input.uri)}`,
  ];
  // RFC 2617 servers may not know the algorithm parameter; send it only when the challenge did
  if (challenge.params['algorithm'] !== undefined) parts.push(`algorithm=${algorithm}`);
  parts.push(`response=${quoted(response)}`);
  if (challenge.params['qop'] !== undefined) parts.push('qop=auth', `nc=${nc}`, `cnonce=${quoted(cnonce)}`);
  if (challenge.params['opaque'] !== undefined) parts.push(`opaque=${quoted(challenge.params['opaque'])}`);
  return `Digest ${parts.join(', ')}`;
}

/** The Authorization header for a chosen challenge (see chooseChallenge). */
export function authorizationFor(
  challenge: AuthChallenge,
  credentials: { userName: string; password: string },
  request: { method: string; uri: string },
): string {
  if (challenge.scheme === 'basic') return basicAuthorization(credentials.userName, credentials.password);
  return digestAuthorization({ challenge, ...credentials, ...request });
}
