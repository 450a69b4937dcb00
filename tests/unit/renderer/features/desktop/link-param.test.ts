import { describe, expect, it } from 'vitest';
import { protocolHandlerUrl, takeLinkParam } from '../../../../../src/renderer/features/desktop/link-param';

describe('takeLinkParam', () => {
  it('takes the link and keeps the access token in the cleaned address', () => {
    expect(takeLinkParam('http://127.0.0.1:5000/?token=abc&link=tel%3A%2B491234')).toEqual({
      uri: 'tel:+491234',
      cleanedUrl: 'http://127.0.0.1:5000/?token=abc',
    });
  });

  it('gives nothing without a link, for an empty one, or a malformed address', () => {
    expect(takeLinkParam('http://127.0.0.1:5000/?token=abc')).toBeUndefined();
    expect(takeLinkParam('http://127.0.0.1:5000/?link=%20')).toBeUndefined();
    expect(takeLinkParam('not a url')).toBeUndefined();
  });

  it('passes a hostile link on unchanged: main refuses it, the page never runs it', () => {
    expect(takeLinkParam('http://h/?link=javascript:alert(1)')?.uri).toBe('javascript:alert(1)');
  });
});

describe('protocolHandlerUrl', () => {
  it('puts %s where the browser substitutes the link, after the token', () => {
    expect(protocolHandlerUrl('http://127.0.0.1:5000', 'a b')).toBe(
      'http://127.0.0.1:5000/?token=a%20b&link=%s',
    );
    expect(protocolHandlerUrl('https://x', undefined)).toBe('https://x/?link=%s');
  });
});
