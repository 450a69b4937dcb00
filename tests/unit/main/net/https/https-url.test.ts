import { describe, expect, it } from 'vitest';
import { decode } from '../../../../../src/main/net/https/https-fetcher';
import { HttpsFetchError } from '../../../../../src/main/net/https/https-fetch-error';
import { describeServer, parseFetchUrl } from '../../../../../src/main/net/https/https-url';

function failure(run: () => unknown): HttpsFetchError {
  try {
    run();
  } catch (error) {
    if (error instanceof HttpsFetchError) return error;
    throw error;
  }
  throw new Error('expected an HttpsFetchError');
}

describe('parseFetchUrl', () => {
  it('takes credentials out of the URL, decoded', () => {
    const parsed = parseFetchUrl('https://al%40ice:p%3Ass@pbx.example.com:8448/key.cfg?x=1', false);
    expect(parsed.url.href).toBe('https://pbx.example.com:8448/key.cfg?x=1');
    expect(parsed.userName).toBe('al@ice');
    expect(parsed.password).toBe('p:ss');
  });

  it('leaves credentials undefined when the URL has none', () => {
    const parsed = parseFetchUrl('  https://pbx.example.com/x.cfg ', false);
    expect(parsed).toEqual({
      url: new URL('https://pbx.example.com/x.cfg'),
      userName: undefined,
      password: undefined,
    });
  });

  it('refuses http unless allowed, without showing the password', () => {
    const error = failure(() => parseFetchUrl('http://bob:hunter22@pbx.example.com/x.cfg', false));
    expect(error.code).toBe('insecure');
    expect(error.message).toContain('http://pbx.example.com/x.cfg');
    expect(error.message).not.toContain('hunter22');
    expect(parseFetchUrl('http://pbx.example.com/x.cfg', true).url.protocol).toBe('http:');
  });

  it.each(['not a url', 'pbx.example.com/x.cfg', 'ftp://pbx.example.com/x.cfg', 'file:///etc/passwd'])(
    'refuses %s with code config',
    (text) => {
      expect(failure(() => parseFetchUrl(text, true)).code).toBe('config');
    },
  );

  it('never shows credentials of a malformed address', () => {
    const error = failure(() => parseFetchUrl('https://bob:hunter22@[bad/x', true));
    expect(error.code).toBe('config');
    expect(error.message).not.toContain('hunter22');
  });

  it("words its refusal in the caller's terms", () => {
    const error = failure(() => parseFetchUrl('http://pbx.example.com/book.xml', false));
    const wording = {
      server: 'phonebook server',
      file: 'phonebook file',
      address: 'phonebook address',
      allowInsecureHttpSetting: 'the phonebook setting',
    };
    expect(error.describe(wording)).toBe(
      'http://pbx.example.com/book.xml is not encrypted (http). Use an https:// address, or, only if your administrator asks for it, turn on the phonebook setting.',
    );
    expect(failure(() => parseFetchUrl('ftp://pbx.example.com/x', true)).describe(wording)).toBe(
      'ftp://pbx.example.com/x is not a web address. Enter the phonebook address as https://server/path.',
    );
  });
});

describe('describeServer', () => {
  it('removes user name and password', () => {
    expect(describeServer('https://bob:hunter22@pbx.example.com:8448/k.cfg')).toBe(
      'https://pbx.example.com:8448/k.cfg',
    );
    expect(describeServer(new URL('https://bob@pbx.example.com/'))).toBe('https://pbx.example.com/');
  });

  it('keeps a plain URL unchanged', () => {
    expect(describeServer('https://pbx.example.com/a/b.cfg')).toBe('https://pbx.example.com/a/b.cfg');
  });
});

describe('decode', () => {
  it('strips a UTF-8 BOM', () => {
    expect(decode(Buffer.from('\uFEFFä=1', 'utf8'), 'text/plain')).toBe('ä=1');
  });

  it('honours a Latin-1 charset', () => {
    const body = Buffer.from([0x66, 0xfc, 0x72]);
    expect(decode(body, 'text/plain; charset=ISO-8859-1')).toBe('für');
    expect(decode(body, 'text/plain; charset="latin1"')).toBe('für');
  });

  it('reads UTF-8 without or with another charset', () => {
    expect(decode(Buffer.from('für'), undefined)).toBe('für');
    expect(decode(Buffer.from('für'), 'application/json; charset=utf-8')).toBe('für');
  });
});
