/**
 * Which field, header and query-parameter names carry a secret, for the log redactor. Names are
 * compared case-insensitively; "-", "_" and "." separate the parts of a name (`account.1.password`,
 * `X-Api-Key`, `clientSecret`).
 */

/** A name containing one of these is secret wherever it appears: JSON, inspect output, headers, queries. */
const secretPart =
  /password|passwd|passphrase|secret|token|cookie|code[-_]?verifier|(?:api|access|private|client|session|auth)[-_]?key|session[-_]?id/;

/**
 * Secret as the whole name or its last part only: `pass` is, `passive` and `bypass` are not;
 * `credentials` is, the account settings `credentials.domain` and `credentials.userName` are not.
 */
const secretLastPart: ReadonlySet<string> = new Set([
  'authorization',
  'credential',
  'credentials',
  'pass',
  'pwd',
  'pin',
  'ha1',
  'ha1b',
  'sessid',
]);

/**
 * Secret only as a query-string or form parameter, where OAuth (RFC 6749 §4.1.2: `code`), API keys
 * (`key`) and signed URLs (`sig`) put them. Elsewhere these names are ordinary: our own log details
 * carry `code: 'config'` or `code: 403` and setting `key`s.
 */
const queryOnlyNames: ReadonlySet<string> = new Set(['code', 'key', 'sig', 'signature', 'auth']);

/** Names of where a secret goes, not of the secret (`token_endpoint`, `tokenUrl`, `redirect_uri`). */
const addressSuffix = /(?:url|uri|endpoint)$/;

/**
 * Whether a field of this name holds a secret. inQuery: the name is a parameter of a query string or
 * form body (`?code=…`, `a=1&key=…`).
 */
export function isSecretName(name: string, inQuery: boolean): boolean {
  const lower = name.toLowerCase();
  if (addressSuffix.test(lower)) return false;
  if (secretPart.test(lower)) return true;
  const parts = lower.split(/[-_.]/);
  if (secretLastPart.has(parts[parts.length - 1]!)) return true;
  return inQuery && queryOnlyNames.has(lower);
}
