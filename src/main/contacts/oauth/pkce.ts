import { createHash, randomBytes } from 'node:crypto';

export interface PkcePair {
  /** RFC 7636 §4.1: 43–128 characters of [A-Za-z0-9-._~]; base64url of 32 random bytes is 43. */
  verifier: string;
  /** RFC 7636 §4.2: BASE64URL(SHA256(ASCII(code_verifier))), method S256. */
  challenge: string;
}

export function createPkcePair(): PkcePair {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: pkceChallenge(verifier) };
}

export function pkceChallenge(verifier: string): string {
  return createHash('sha256').update(verifier, 'ascii').digest('base64url');
}

/** An unguessable `state` for CSRF protection of the redirect (RFC 6749 §10.12). */
export function randomState(): string {
  return randomBytes(24).toString('base64url');
}
