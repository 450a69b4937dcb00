import { describe, expect, it } from 'vitest';
import { REDACTED, Redactor } from '../../../../src/main/log/redact';

const R = REDACTED;

describe('Redactor structures', () => {
  const redactor = new Redactor();

  it.each([
    // SIP and HTTP credential headers, RFC 3261 §20.7 / §20.28
    [
      'SIP Authorization',
      'Authorization: Digest username="1001", realm="pbx", response="6629fae4"',
      `Authorization: ${R}`,
    ],
    ['lower case, no space', 'proxy-authorization:Digest response="deadbeef"', `proxy-authorization:${R}`],
    [
      'after the log prefix',
      'WARN [main:sip] Authorization: Bearer abc.def',
      `WARN [main:sip] Authorization: ${R}`,
    ],
    [
      'inside a SIP message, other headers kept',
      'REGISTER sip:pbx SIP/2.0\r\nAuthorization: Digest response="x"\r\nContact: <sip:1001@host>\r\n',
      `REGISTER sip:pbx SIP/2.0\r\nAuthorization: ${R}\r\nContact: <sip:1001@host>\r\n`,
    ],
    [
      'folded continuation lines (RFC 3261 §7.3.1)',
      'Authorization: Digest username="1001",\r\n realm="pbx",\r\n\tresponse="6629fae4"\r\nCSeq: 2 REGISTER',
      `Authorization: ${R}\r\nCSeq: 2 REGISTER`,
    ],
    [
      'a value that starts on the continuation line',
      'Proxy-Authorization:\n  Digest response="abc"\nVia: x',
      `Proxy-Authorization:${R}\nVia: x`,
    ],
    [
      'a SIP message escaped inside a JSON string',
      '{"msg":"INVITE sip:a SIP/2.0\\r\\nAuthorization: Digest response=\\"x\\"\\r\\n  nc=1\\r\\nTo: <sip:a@b>"}',
      `{"msg":"INVITE sip:a SIP/2.0\\r\\nAuthorization: ${R}\\r\\nTo: <sip:a@b>"}`,
    ],
    ['Cookie', 'Cookie: sid=abc; theme=dark', `Cookie: ${R}`],
    ['Set-Cookie', 'Set-Cookie: sid=abc; Path=/; HttpOnly', `Set-Cookie: ${R}`],
    ['a token header', 'X-Auth-Token: abc123 sent', `X-Auth-Token: ${R} sent`],

    // JSON and Node's inspect output
    ['JSON Authorization', '{"Authorization":"Bearer ya29.a0Af"}', `{"Authorization":"${R}"}`],
    ['JSON password', '{"password":"p@ss word","user":"a"}', `{"password":"${R}","user":"a"}`],
    ['JSON escaped quote in the value', '{"secret":"a\\"b","n":1}', `{"secret":"${R}","n":1}`],
    [
      'JSON inside a JSON string',
      '{"body":"{\\"client_secret\\":\\"s3\\"}"}',
      `{"body":"{\\"client_secret\\":\\"${R}\\"}"}`,
    ],
    ['JSON code_verifier', '{"code_verifier":"dBjftJeZ4CVP"}', `{"code_verifier":"${R}"}`],
    [
      'camelCase names',
      "{ accessToken: 'at-1', refreshToken: 'rt-2', clientSecret: 'cs' }",
      `{ accessToken: '${R}', refreshToken: '${R}', clientSecret: '${R}' }`,
    ],
    [
      'inspect headers object',
      "{ authorization: 'Basic YWRtaW46c2VjcmV0', accept: '*/*' }",
      `{ authorization: '${R}', accept: '*/*' }`,
    ],
    ['a number', '{ pin: 1234, user: 1001 }', `{ pin: ${R}, user: 1001 }`],
    [
      'api key names',
      '{"apiKey":"k1","x-api-key":"k2","api_key":"k3"}',
      `{"apiKey":"${R}","x-api-key":"${R}","api_key":"${R}"}`,
    ],
    ['quoted odd key', "{ 'sip.password': 'pw' }", `{ 'sip.password': '${R}' }`],
    ['ha1', 'ha1=0123abcd ha1b=4567', `ha1=${R} ha1b=${R}`],

    // key=value, query strings, form bodies
    ['key=value', 'password=hunter2&user=a', `password=${R}&user=a`],
    ['a dotted configuration key', 'account.1.password = s3cr3t', `account.1.password = ${R}`],
    ['a command-line flag', 'run --password=abc --verbose', `run --password=${R} --verbose`],
    [
      'query parameters',
      'GET https://pbx/cfg?user=1001&pass=a1&pwd=b2&key=c3&token=d4&access_token=e5&apikey=f6 HTTP/1.1',
      `GET https://pbx/cfg?user=1001&pass=${R}&pwd=${R}&key=${R}&token=${R}&access_token=${R}&apikey=${R} HTTP/1.1`,
    ],
    [
      'the OAuth redirect (RFC 6749 §4.1.2)',
      'GET /callback?state=xyz&code=4/0AX4XfWh&scope=contacts',
      `GET /callback?state=xyz&code=${R}&scope=contacts`,
    ],
    [
      'a token request body',
      'code=4/0AX4&grant_type=authorization_code&code_verifier=dBjf&client_secret=s3',
      `code=${R}&grant_type=authorization_code&code_verifier=${R}&client_secret=${R}`,
    ],
    ['a query parameter ending at the fragment', 'https://a/?secret=x1#top', `https://a/?secret=${R}#top`],
    ['a signed URL', 'https://cdn/f?expires=9&sig=AbC', `https://cdn/f?expires=9&sig=${R}`],

    // URL userinfo, RFC 3986 §3.2.1; SIP URI password, RFC 3261 §19.1.1
    [
      'URL credentials',
      'https://admin:topsecret@pbx.example.com/cfg',
      `https://admin:${R}@pbx.example.com/cfg`,
    ],
    [
      'a "/" in the password',
      'fetch https://admin:pa/ss@pbx.example.com/cfg failed',
      `fetch https://admin:${R}@pbx.example.com/cfg failed`,
    ],
    [
      'an "@" in the password',
      'https://admin:p@ss@pbx.example.com:8443/x',
      `https://admin:${R}@pbx.example.com:8443/x`,
    ],
    ['a digits-only password', 'ldaps://cn=x:1234@ldap.example.com', `ldaps://cn=x:${R}@ldap.example.com`],
    ['in quotes', "url: 'https://u:pw@h/x'", `url: 'https://u:${R}@h/x'`],
    [
      'a SIP URI password',
      '<sip:1001:s3cret@pbx.example.com;transport=ws>',
      `<sip:1001:${R}@pbx.example.com;transport=ws>`,
    ],
    ['a SIPS URI password', 'sips:alice:pw@example.com', `sips:alice:${R}@example.com`],
  ])('%s', (_what, input, expected) => {
    expect(redactor.redact(input)).toBe(expected);
  });

  it.each([
    ['a SIP URI', 'Contact: <sip:alice@example.com>'],
    ['a SIP URI with a port and parameters', 'sip:1001@pbx.example.com:5061;transport=tls'],
    ['a URL with a user but no password', 'https://admin@pbx.example.com/cfg'],
    ['a URL with a port and an "@" in its path', 'https://host:8443/users/@me'],
    ['an e-mail address in a query', 'https://host/find?mail=a@b.example'],
    ['"Authorization" in prose', 'Authorization failed for account 1001 (403)'],
    ['the header named in prose', 'the Authorization header was missing'],
    ['an empty header', 'Authorization:'],
    ['WWW-Authenticate (a challenge, not a credential)', 'WWW-Authenticate: Digest realm="pbx", nonce="abc"'],
    ['our own codes and keys', "{ code: 'config', key: 'advanced.stun.server', status: 403 }"],
    ['"code" outside a query', 'exited with code=1'],
    ['an unset password', '{ password: undefined, token: null }'],
    ['an empty query value', 'https://pbx/cfg?password=&user=a'],
    [
      'where tokens go',
      "{ token_endpoint: 'https://oauth2.example.com/token', redirect_uri: 'http://127.0.0.1:5000/cb' }",
    ],
    ['account setting keys', "{ 'credentials.domain': 'pbx.example.com', 'credentials.userName': '1001' }"],
    ['names that only contain a short one', 'bypass=1 passive=true compass: north'],
    ['a timestamp and a scope', '2026-01-02T03:04:05.678Z INFO [main:sip:account-1] Registered'],
    ['a Via header', 'Via: SIP/2.0/WSS df7jal23ls0d.invalid;branch=z9hG4bK776asdhds'],
    ['a stack frame', 'Error: boom\n    at run (file:///app/main.js:10:5)'],
  ])('leaves %s alone', (_what, input) => {
    expect(redactor.redact(input)).toBe(input);
  });
});

describe('Redactor literal secrets', () => {
  it('removes a stored secret wherever it appears', () => {
    const r = new Redactor();
    r.addSecret('Xy9-unusual');
    expect(r.redact('failed with Xy9-unusual at host, Xy9-unusualXy9-unusual')).toBe(
      `failed with ${R} at host, ${R}${R}`,
    );
  });

  it('prefers the longest of overlapping secrets', () => {
    const r = new Redactor();
    r.addSecret('abcd');
    r.addSecret('abcdefgh');
    expect(r.redact('x abcdefgh y')).toBe(`x ${R} y`);
  });

  it('treats a secret as text, not as a pattern', () => {
    const r = new Redactor();
    r.addSecret('a.b*(c)');
    expect(r.redact('1 a.b*(c) 2 aXbbbc')).toBe(`1 ${R} 2 aXbbbc`);
  });

  it.each([
    ['alone between spaces', 'pin ab used', `pin ${R} used`],
    ['at either end', 'ab', R],
    ['in quotes', `{"x":"ab"}`, `{"x":"${R}"}`],
    ['after "="', 'p=ab&q=1', `p=${R}&q=1`],
    ['in brackets', '(ab) [ab] <ab>', `(${R}) [${R}] <${R}>`],
    ['not inside a word', 'about cab abs', 'about cab abs'],
    ['not inside a host or a time', 'ab.example.com 12:ab:00', 'ab.example.com 12:ab:00'],
  ])('removes a secret shorter than 4 characters where it stands alone: %s', (_what, input, expected) => {
    const r = new Redactor();
    r.addSecret('ab');
    expect(r.redact(input)).toBe(expected);
  });

  it('removes a one-character secret as a whole token only', () => {
    const r = new Redactor();
    r.addSecret('7');
    expect(r.redact('2026-01-07 pin 7 of 17')).toBe(`2026-01-07 pin ${R} of 17`);
  });

  it('ignores empty and whitespace-only values', () => {
    const r = new Redactor();
    r.addSecret('');
    r.addSecret('  ');
    expect(r.redact('a  b')).toBe('a  b');
  });
});
