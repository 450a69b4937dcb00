import { describe, expect, it } from 'vitest';
import {
  basicAuthorization,
  chooseChallenge,
  digestAuthorization,
  parseChallenges,
} from '../../../../../src/main/net/https/digest-auth';

describe('parseChallenges', () => {
  it('reads a Digest challenge with quoted and token parameters', () => {
    const [challenge] = parseChallenges([
      'Digest realm="testrealm@host.com", qop="auth,auth-int", nonce="dcd98b7102dd2f0e8b11d0f600bfb0c093", opaque="5ccc069c403ebaf9f0171e9517f40e41", algorithm=MD5',
    ]);
    expect(challenge).toEqual({
      scheme: 'digest',
      params: {
        realm: 'testrealm@host.com',
        qop: 'auth,auth-int',
        nonce: 'dcd98b7102dd2f0e8b11d0f600bfb0c093',
        opaque: '5ccc069c403ebaf9f0171e9517f40e41',
        algorithm: 'MD5',
      },
    });
  });

  it('splits several challenges in one header and across headers (RFC 7235 §4.1)', () => {
    const challenges = parseChallenges([
      'Negotiate abc==, Basic realm="a, b", Digest realm="r", nonce="n", algorithm=SHA-256',
      'Digest realm="r", nonce="m"',
    ]);
    expect(challenges.map((c) => c.scheme)).toEqual(['negotiate', 'basic', 'digest', 'digest']);
    expect(challenges[1]?.params['realm']).toBe('a, b');
    expect(challenges[2]?.params['algorithm']).toBe('SHA-256');
  });

  it('unescapes quoted-pairs', () => {
    expect(parseChallenges(['Basic realm="say \\"hi\\""'])[0]?.params['realm']).toBe('say "hi"');
  });
});

describe('chooseChallenge', () => {
  it('prefers Digest SHA-256, then Digest MD5, then Basic', () => {
    const challenges = parseChallenges([
      'Basic realm="r"',
      'Digest realm="r", nonce="1", qop="auth"',
      'Digest realm="r", nonce="2", qop="auth", algorithm=SHA-256',
    ]);
    expect(chooseChallenge(challenges)?.params['nonce']).toBe('2');
    expect(chooseChallenge(challenges.slice(0, 2))?.params['nonce']).toBe('1');
    expect(chooseChallenge(challenges.slice(0, 1))?.scheme).toBe('basic');
  });

  it('refuses what it cannot answer: auth-int only, unknown algorithms, other schemes', () => {
    expect(chooseChallenge(parseChallenges(['Digest realm="r", nonce="1", qop="auth-int"']))).toBeUndefined();
    expect(
      chooseChallenge(parseChallenges(['Digest realm="r", nonce="1", algorithm=SHA-512-256'])),
    ).toBeUndefined();
    expect(chooseChallenge(parseChallenges(['Negotiate', 'Bearer realm="x"']))).toBeUndefined();
  });
});

describe('digestAuthorization', () => {
  it('matches the RFC 2617 §3.5 example', () => {
    const [challenge] = parseChallenges([
      'Digest realm="testrealm@host.com", qop="auth,auth-int", nonce="dcd98b7102dd2f0e8b11d0f600bfb0c093", opaque="5ccc069c403ebaf9f0171e9517f40e41"',
    ]);
    const header = digestAuthorization({
      challenge: challenge!,
      userName: 'Mufasa',
      password: 'Circle Of Life',
      method: 'GET',
      uri: '/dir/index.html',
      cnonce: '0a4f113b',
      nonceCount: 1,
    });
    expect(header).toBe(
      'Digest username="Mufasa", realm="testrealm@host.com", nonce="dcd98b7102dd2f0e8b11d0f600bfb0c093", uri="/dir/index.html", response="6629fae49393a05397450978507c4ef1", qop=auth, nc=00000001, cnonce="0a4f113b", opaque="5ccc069c403ebaf9f0171e9517f40e41"',
    );
  });

  it.each([
    ['MD5', '8ca523f5e9506fed4657c9700eebdbec'],
    ['SHA-256', '753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1'],
  ])('matches the RFC 7616 §3.9.1 example with %s', (algorithm, response) => {
    const [challenge] = parseChallenges([
      `Digest realm="http-auth@example.org", qop="auth, auth-int", algorithm=${algorithm}, nonce="7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v", opaque="FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS"`,
    ]);
    const header = digestAuthorization({
      challenge: challenge!,
      userName: 'Mufasa',
      password: 'Circle of Life',
      method: 'GET',
      uri: '/dir/index.html',
      cnonce: 'f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ',
    });
    expect(header).toContain(`response="${response}"`);
    expect(header).toContain(`algorithm=${algorithm}`);
    expect(header).toContain('nc=00000001');
  });

  it('answers an RFC 2069 challenge without qop', () => {
    const [challenge] = parseChallenges(['Digest realm="r", nonce="n"']);
    const header = digestAuthorization({
      challenge: challenge!,
      userName: 'u',
      password: 'p',
      method: 'GET',
      uri: '/',
    });
    expect(header).not.toContain('qop=');
    expect(header).not.toContain('cnonce=');
  });

  it('escapes quotes in the user name and never contains the password', () => {
    const [challenge] = parseChallenges(['Digest realm="r", nonce="n", qop="auth"']);
    const header = digestAuthorization({
      challenge: challenge!,
      userName: 'a"b',
      password: 'secret-password',
      method: 'GET',
      uri: '/',
    });
    expect(header).toContain('username="a\\"b"');
    expect(header).not.toContain('secret-password');
  });
});

describe('basicAuthorization', () => {
  it('encodes user:password as UTF-8 base64 (RFC 7617 §2)', () => {
    expect(basicAuthorization('Aladdin', 'open sesame')).toBe('Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==');
    expect(basicAuthorization('ü', 'p')).toBe(`Basic ${Buffer.from('ü:p').toString('base64')}`);
  });
});
