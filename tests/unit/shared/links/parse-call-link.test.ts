import { describe, expect, it } from 'vitest';
import type { CallLink, CallLinkRefusalCode } from '../../../../src/shared/links/call-link';
import { callLinkRefusalMessages, maxLinkLength } from '../../../../src/shared/links/call-link';
import { parseCallLink } from '../../../../src/shared/links/parse-call-link';
import { applyDialRules } from '../../../../src/shared/phone/dial-rules';

type Good = Partial<Omit<CallLink, 'ok'>> & { target: string };

/** Links that dial, and what they dial. */
const good: [string, Good][] = [
  // tel: global numbers, visual separators (RFC 3966 §5.1.1)
  ['tel:+4930123456', { target: '+4930123456', scheme: 'tel', display: '+4930123456', isPhoneNumber: true }],
  ['tel:+49-30-123456', { target: '+4930123456', display: '+49-30-123456' }],
  ['tel:+49.30.123.456', { target: '+4930123456' }],
  ['tel:+49(30)123456', { target: '+4930123456' }],
  // The trunk prefix in brackets after the country code is not dialled (#13); Italy keeps its 0.
  ['tel:+49(0)30-1234-5678', { target: '+493012345678', display: '+49(0)30-1234-5678' }],
  ['tel:+49%20(0)30%201234-5678', { target: '+493012345678' }],
  ['callto:+49 (0)30 1234-5678', { target: '+493012345678' }],
  ['callto://0049 (0) 30 12345678/', { target: '00493012345678' }],
  ['tel:+39(0)6-6982-1234', { target: '+390669821234' }],
  ['sip:+49(0)30-1234-5678@gw.example.com;user=phone', { target: '+493012345678@gw.example.com' }],
  ['tel:+1-(212)-555.0100', { target: '+12125550100' }],
  ['tel:+49%2030%20123456', { target: '+4930123456', display: '+49 30 123456' }],
  ['tel:+49 30 123456', { target: '+4930123456', display: '+49 30 123456' }],
  ['tel:+49   30    123456', { target: '+4930123456', display: '+49 30 123456' }],
  ['tel:+49\u00a030\u00a0123456', { target: '+4930123456' }],
  ['tel:030 / 123 45 67', { target: '0301234567' }],
  ['tel:%2B4930123456', { target: '+4930123456' }],
  ['  tel:+4930123456  ', { target: '+4930123456' }],
  ['TEL:+4930123456', { target: '+4930123456', scheme: 'tel' }],
  ['Tel:+4930123456', { target: '+4930123456' }],
  ['tel://+4930123456', { target: '+4930123456' }],
  ['tel://+4930123456/', { target: '+4930123456' }],
  // local numbers, short codes
  ['tel:201', { target: '201', isPhoneNumber: true }],
  ['tel:0301234567', { target: '0301234567' }],
  ['tel:*21%23', { target: '*21#' }],
  ['tel:*21#', { target: '*21#' }],
  ['tel:#31#0301234', { target: '#31#0301234' }],
  ['tel:110', { target: '110' }],
  // tel: parameters: validated, then dropped
  ['tel:+4930123456;ext=12', { target: '+4930123456', extension: '12' }],
  ['tel:+4930123456;EXT=1-2', { target: '+4930123456', extension: '12' }],
  ['tel:7042;phone-context=example.com', { target: '7042' }],
  ['tel:863-1234;phone-context=+1-914-555', { target: '8631234' }],
  ['tel:201;phone-context=pbx.example.com.', { target: '201' }],
  ['tel:+4930123456;isub=1411', { target: '+4930123456' }],
  ['tel:+4930123456;postd=pp22', { target: '+4930123456' }],
  ['tel:+4930123456;foo', { target: '+4930123456' }],
  ['tel:+4930123456;x-vendor=a%20b', { target: '+4930123456' }],
  ['tel:+4930123456?body=x', { target: '+4930123456' }],
  ['tel:+4930123456;ext=12;isub=3;phone-context=+49', { target: '+4930123456', extension: '12' }],
  ['tel:+123456789012345678901234567890', { target: '+123456789012345678901234567890' }],
  // callto: as Skype, Outlook and Lync write it
  ['callto:+4930123456', { target: '+4930123456', scheme: 'callto', isPhoneNumber: true }],
  ['callto://+4930123456', { target: '+4930123456' }],
  ['callto://+4930123456/', { target: '+4930123456' }],
  ['callto:+49 30 123456', { target: '+4930123456', display: '+49 30 123456' }],
  ['callto:+49%2030%20123456', { target: '+4930123456' }],
  ['callto:(030) 123-456', { target: '030123456' }],
  ['callto:201', { target: '201' }],
  ['CALLTO:+4930123456', { target: '+4930123456', scheme: 'callto' }],
  ['callto://+4930123456?call', { target: '+4930123456' }],
  [
    'callto:alice@example.com',
    {
      target: 'alice@example.com',
      scheme: 'callto',
      secure: false,
      address: { user: 'alice', host: 'example.com' },
    },
  ],
  ['callto:sip:alice@example.com', { target: 'alice@example.com', scheme: 'callto' }],
  ['callto:SIP:alice@example.com', { target: 'alice@example.com' }],
  [
    'callto:sips:alice@example.com',
    {
      target: 'sips:alice@example.com',
      secure: true,
      scheme: 'callto',
      address: { user: 'alice', host: 'example.com' },
    },
  ],
  ['callto:tel:+4930123456', { target: '+4930123456', scheme: 'callto' }],
  ['callto://sip:bob@pbx.example.com', { target: 'bob@pbx.example.com' }],
  // sip: RFC 3261 §19.1
  [
    'sip:alice@example.com',
    { target: 'alice@example.com', scheme: 'sip', secure: false, isPhoneNumber: false },
  ],
  [
    'SIP:alice@Example.COM',
    {
      target: 'alice@example.com',
      display: 'alice@example.com',
      scheme: 'sip',
      address: { user: 'alice', host: 'example.com' },
    },
  ],
  [
    'sip:alice@example.com.:5060',
    { target: 'alice@example.com.:5060', address: { user: 'alice', host: 'example.com.:5060' } },
  ],
  ['sip:201@pbx.example.com', { target: '201@pbx.example.com', isPhoneNumber: true }],
  ['sip:+4930123456@gw.example.com', { target: '+4930123456@gw.example.com', isPhoneNumber: true }],
  ['sip:alice@example.com:5060', { target: 'alice@example.com:5060' }],
  ['sip:alice@10.0.0.1', { target: 'alice@10.0.0.1' }],
  ['sip:alice@10.0.0.1:5080', { target: 'alice@10.0.0.1:5080' }],
  ['sip:alice@[2001:db8::1]', { target: 'alice@[2001:db8::1]' }],
  ['sip:alice@[2001:db8::1]:5061', { target: 'alice@[2001:db8::1]:5061' }],
  ['sip:alice@example.com;transport=tcp', { target: 'alice@example.com' }],
  ['sip:alice@example.com;transport=ws;lr', { target: 'alice@example.com' }],
  ['sip:alice@example.com;maddr=203.0.113.9', { target: 'alice@example.com' }],
  ['sip:alice@example.com;method=REGISTER', { target: 'alice@example.com' }],
  ['sip:alice@example.com?Subject=Project%20X&Priority=urgent', { target: 'alice@example.com' }],
  [
    'sip:alice@example.com;transport=tcp?Call-Info=%3Chttp://www.example.com/alice/photo.jpg%3E',
    { target: 'alice@example.com' },
  ],
  ['sip:alice@example.com?', { target: 'alice@example.com' }],
  ['sip:j.doe@example.com', { target: 'j.doe@example.com' }],
  ['sip:a_b-c~d@example.com', { target: 'a_b-c~d@example.com' }],
  [
    'sip:m%C3%BCller@example.com',
    {
      target: 'm%C3%BCller@example.com',
      display: 'müller@example.com',
      address: { user: 'müller', host: 'example.com' },
    },
  ],
  ['sip:%61lice@example.com', { target: 'alice@example.com' }],
  ['sip:*21%23@pbx.example.com', { target: '*21%23@pbx.example.com', isPhoneNumber: true }],
  ['sip://alice@example.com', { target: 'alice@example.com' }],
  // user=phone: the user part is a telephone number (RFC 3261 §19.1.6)
  [
    'sip:+1-212-555-0100@gw.example.com;user=phone',
    {
      target: '+12125550100@gw.example.com',
      isPhoneNumber: true,
      display: '+1-212-555-0100@gw.example.com',
      address: { user: '+1-212-555-0100', host: 'gw.example.com' },
    },
  ],
  ['sip:+49(30)123456@gw.example.com;USER=Phone', { target: '+4930123456@gw.example.com' }],
  ['sip:+12125550100;postd=pp22@gw.example.com;user=phone', { target: '+12125550100@gw.example.com' }],
  [
    'sip:+12125550100;isub=12@gw.example.com;user=phone;transport=udp',
    { target: '+12125550100@gw.example.com' },
  ],
  ['sip:0301234567@gw.example.com;user=phone', { target: '0301234567@gw.example.com' }],
  ['sip:+49%2030%20123@gw.example.com;user=phone', { target: '+4930123@gw.example.com' }],
  // sips: stays secure
  [
    'sips:alice@example.com',
    { target: 'sips:alice@example.com', secure: true, scheme: 'sips', display: 'alice@example.com' },
  ],
  ['SIPS:alice@example.com:5061;transport=tls', { target: 'sips:alice@example.com:5061', secure: true }],
  [
    'sips:+4930123456@gw.example.com;user=phone',
    { target: 'sips:+4930123456@gw.example.com', secure: true, isPhoneNumber: true },
  ],
];

/** Links that must not dial, and why. */
const hostile: [string, CallLinkRefusalCode][] = [
  // nothing there
  ['', 'EMPTY'],
  ['   ', 'EMPTY'],
  ['tel:', 'NO_NUMBER'],
  ['tel:   ', 'NO_NUMBER'],
  ['tel:--..()', 'NO_NUMBER'],
  ['tel:+', 'NO_NUMBER'],
  ['callto:', 'NO_NUMBER'],
  ['callto://', 'NO_NUMBER'],
  ['sip:', 'NO_NUMBER'],
  ['sip:example.com', 'NO_NUMBER'],
  ['sip:@example.com', 'NO_NUMBER'],
  ['sips:', 'NO_NUMBER'],
  // other schemes
  ['javascript:alert(1)', 'UNKNOWN_SCHEME'],
  ['JavaScript:alert(document.cookie)//tel:+49', 'UNKNOWN_SCHEME'],
  ['file:///etc/passwd', 'UNKNOWN_SCHEME'],
  ['file://C:/Windows/System32/calc.exe', 'UNKNOWN_SCHEME'],
  ['http://example.com/tel:+4930123', 'UNKNOWN_SCHEME'],
  ['https://example.com', 'UNKNOWN_SCHEME'],
  ['data:text/html,<script>alert(1)</script>', 'UNKNOWN_SCHEME'],
  ['mailto:alice@example.com', 'UNKNOWN_SCHEME'],
  ['vbscript:msgbox', 'UNKNOWN_SCHEME'],
  ['sms:+4930123', 'UNKNOWN_SCHEME'],
  ['skype:echo123?call', 'UNKNOWN_SCHEME'],
  ['teltel:+4930123', 'UNKNOWN_SCHEME'],
  ['tel+x:+4930123', 'UNKNOWN_SCHEME'],
  ['C:\\Windows\\calc.exe', 'UNKNOWN_SCHEME'],
  ['+4930123456', 'UNKNOWN_SCHEME'],
  ['alice@example.com', 'UNKNOWN_SCHEME'],
  ['tel+4930123456', 'UNKNOWN_SCHEME'],
  [':tel:+4930123', 'UNKNOWN_SCHEME'],
  ['callto:javascript:alert(1)', 'UNKNOWN_SCHEME'],
  ['callto:http://example.com', 'UNKNOWN_SCHEME'],
  // control characters, raw and encoded, once or twice
  ['tel:+4930\u0000123', 'CONTROL_CHARACTERS'],
  ['tel:+4930123\r\nINVITE sip:x@y SIP/2.0', 'CONTROL_CHARACTERS'],
  ['tel:+4930123\n', 'CONTROL_CHARACTERS'],
  ['\ttel:+4930123', 'CONTROL_CHARACTERS'],
  ['tel:+4930\u007f123', 'CONTROL_CHARACTERS'],
  ['tel:+4930\u0085123', 'CONTROL_CHARACTERS'],
  ['tel:+4930%00123', 'CONTROL_CHARACTERS'],
  ['tel:+4930123%0D%0A', 'CONTROL_CHARACTERS'],
  ['tel:+4930123%250D%250A', 'CONTROL_CHARACTERS'],
  ['tel:+4930%2500123', 'CONTROL_CHARACTERS'],
  ['sip:alice%00@example.com', 'CONTROL_CHARACTERS'],
  ['sip:alice@example.com?Subject=%0D%0AVia:%20evil', 'CONTROL_CHARACTERS'],
  ['sip:alice@example.com;x=%0a', 'CONTROL_CHARACTERS'],
  ['sip:alice@example.com?X=%250A', 'CONTROL_CHARACTERS'],
  ['tel:+4930123?x=%07', 'CONTROL_CHARACTERS'],
  ['tel:+4930123456\u202e', 'CONTROL_CHARACTERS'],
  ['tel:\u202e654321+', 'CONTROL_CHARACTERS'],
  ['tel:+49%E2%80%AE30123', 'CONTROL_CHARACTERS'],
  ['tel:+49\u200b30123', 'CONTROL_CHARACTERS'],
  ['sip:ali\u2066ce@example.com', 'CONTROL_CHARACTERS'],
  ['tel:+4930123\u2028', 'CONTROL_CHARACTERS'],
  ['\ufefftel:+4930123', 'CONTROL_CHARACTERS'],
  ['sip:alice%C2%85@example.com', 'CONTROL_CHARACTERS'],
  // characters that render as nothing: the dialog would show another user than the one dialled
  ['sip:ali%C2%ADce@example.com', 'CONTROL_CHARACTERS'],
  ['sip:ali\u00adce@example.com', 'CONTROL_CHARACTERS'],
  ['tel:+49\u061c30123', 'CONTROL_CHARACTERS'],
  ['sip:%D8%9Calice@example.com', 'CONTROL_CHARACTERS'],
  ['sip:%E3%85%A4@example.com', 'CONTROL_CHARACTERS'],
  ['sip:alice%E1%85%9F@example.com', 'CONTROL_CHARACTERS'],
  ['sip:alice%EF%B8%8F@example.com', 'CONTROL_CHARACTERS'],
  ['sip:alice%CD%8F@example.com', 'CONTROL_CHARACTERS'],
  ['sip:alice%F3%A0%81%81@example.com', 'CONTROL_CHARACTERS'],
  ['sip:alice\u{e0041}@example.com', 'CONTROL_CHARACTERS'],
  ['tel:+4930\u180e123', 'CONTROL_CHARACTERS'],
  ['sip:alice%EF%BF%B9@example.com', 'CONTROL_CHARACTERS'],
  // look-alike spaces in a SIP user (numbers may carry them as separators; see above)
  ['sip:alice%E2%80%87x@example.com', 'MALFORMED'],
  ['sip:alice%E3%80%80x@example.com', 'MALFORMED'],
  ['sip:alice%C2%A0x@example.com', 'MALFORMED'],
  // broken or doubled escapes
  ['tel:+49%2', 'BAD_ENCODING'],
  ['tel:+49%zz30', 'BAD_ENCODING'],
  ['tel:+49%', 'BAD_ENCODING'],
  ['tel:+49%2530', 'BAD_ENCODING'],
  ['sip:alice%2540@example.com', 'BAD_ENCODING'],
  ['sip:%C3%28@example.com', 'BAD_ENCODING'],
  ['sip:%FF@example.com', 'BAD_ENCODING'],
  ['sip:alice%@example.com', 'BAD_ENCODING'],
  // not a number
  ['tel:+49 30 CALL-NOW', 'NOT_A_NUMBER'],
  ['tel:abc', 'NOT_A_NUMBER'],
  ['tel:1-800-FLOWERS', 'NOT_A_NUMBER'],
  ['tel:7042ABCDEF', 'NOT_A_NUMBER'],
  ['tel:49+30123', 'NOT_A_NUMBER'],
  ['tel:++4930123', 'NOT_A_NUMBER'],
  ['tel:+49*30', 'NOT_A_NUMBER'],
  ['tel:+49,30123', 'NOT_A_NUMBER'],
  ['tel:+49_30123', 'NOT_A_NUMBER'],
  ['tel:\uff0b\uff14\uff19\uff13\uff10', 'NOT_A_NUMBER'],
  ['tel:+\u0664\u0669\u0663\u0660', 'NOT_A_NUMBER'],
  ['tel:<script>', 'NOT_A_NUMBER'],
  ['tel:+4930123#fragment', 'NOT_A_NUMBER'],
  ['callto:echo123', 'NOT_A_NUMBER'],
  ['callto://echo123?call', 'NOT_A_NUMBER'],
  ['callto:alice', 'NOT_A_NUMBER'],
  ['sip:+49-30-ABC@gw.example.com;user=phone', 'NOT_A_NUMBER'],
  ['sip:alice@example.com;user=phone', 'NOT_A_NUMBER'],
  // malformed
  ['tel:+4930123@evil.example.com', 'MALFORMED'],
  ['tel:+4930123%40evil.example.com', 'NOT_A_NUMBER'],
  ['tel:alice@example.com', 'MALFORMED'],
  ['callto:tel:+49@evil.example.com', 'MALFORMED'],
  ['tel:+4930123;ext=12;ext=13', 'MALFORMED'],
  ['tel:+4930123;ext=abc', 'MALFORMED'],
  ['tel:+4930123;ext=', 'MALFORMED'],
  ['tel:+4930123;;', 'MALFORMED'],
  ['tel:+4930123;=x', 'MALFORMED'],
  ['tel:+4930123;na me=x', 'MALFORMED'],
  ['tel:+4930123;x=<script>', 'MALFORMED'],
  ['tel:201;phone-context=exa mple.com', 'MALFORMED'],
  ['tel:201;phone-context=+49x', 'MALFORMED'],
  ['tel:201;phone-context=-bad-.com', 'MALFORMED'],
  ['callto:callto:+4930123', 'MALFORMED'],
  ['sip:alice@good.example.com@evil.example.com', 'MALFORMED'],
  ['sip:alice@@example.com', 'MALFORMED'],
  ['sip:ali ce@example.com', 'MALFORMED'],
  ['sip:alice%20x@example.com', 'MALFORMED'],
  ['sip:bank.example%40evil@evil.example.com', 'MALFORMED'],
  ['sip:alice%3Ax@example.com', 'MALFORMED'],
  ['sip:<alice>@example.com', 'MALFORMED'],
  ['sip:"alice"@example.com', 'MALFORMED'],
  ['sip:alice;x=1@example.com', 'MALFORMED'],
  ['sip:al?ice@example.com', 'MALFORMED'],
  ['sip:alice@example.com;transport=tcp;transport=udp', 'MALFORMED'],
  ['sip:alice@example.com;x=a b', 'MALFORMED'],
  ['sip:alice@example.com;x="y"', 'MALFORMED'],
  ['sip:alice@example.com?Subject=a b', 'MALFORMED'],
  ['sip:alice@example.com?=x', 'MALFORMED'],
  ['sip:alice@example.com?Subject=<x>', 'MALFORMED'],
  ['sip:alice@example.com?a=b=c', 'MALFORMED'],
  ['sip:ali\ud800ce@example.com', 'MALFORMED'],
  // passwords never dial (and are never logged)
  ['sip:alice:secret@example.com', 'CREDENTIALS'],
  ['sips:alice:@example.com', 'CREDENTIALS'],
  ['callto:sip:alice:pw@example.com', 'CREDENTIALS'],
  ['callto:sip:callto:x@example.com', 'CREDENTIALS'],
  // hosts
  ['sip:alice@exa mple.com', 'BAD_HOST'],
  ['sip:alice@', 'BAD_HOST'],
  ['sip:alice@example.com:0', 'BAD_HOST'],
  ['sip:alice@example.com:65536', 'BAD_HOST'],
  ['sip:alice@example.com:abc', 'BAD_HOST'],
  ['sip:alice@-example.com', 'BAD_HOST'],
  ['sip:alice@example..com', 'BAD_HOST'],
  ['sip:alice@ex_ample.com', 'BAD_HOST'],
  ['sip:alice@example.com/path', 'BAD_HOST'],
  ['sip:alice@%65xample.com', 'BAD_HOST'],
  ['sip:alice@b\u00fccher.example', 'BAD_HOST'],
  ['sip:alice@999.1.1.1.1', 'BAD_HOST'],
  ['sip:alice@123', 'BAD_HOST'],
  ['sip:alice@[::1', 'BAD_HOST'],
  ['sip:alice@[zz::1]', 'BAD_HOST'],
  ['sip:alice@example.com\\evil', 'BAD_HOST'],
  ['sip:alice@' + 'a'.repeat(64) + '.com', 'BAD_HOST'],
  // too long
  ['tel:+' + '1'.repeat(33), 'TOO_LONG'],
  ['tel:' + '1'.repeat(maxLinkLength), 'TOO_LONG'],
  ['sip:' + 'a'.repeat(250) + '@example.com', 'TOO_LONG'],
  ['x'.repeat(maxLinkLength + 1), 'TOO_LONG'],
];

describe('parseCallLink: links that dial', () => {
  it.each(good)('%s', (input, expected) => {
    const result = parseCallLink(input);
    expect(result).toMatchObject({ ok: true, ...expected });
    if (!result.ok) return;
    // Whatever we dial must pass the checks calls.dial applies, with nothing left of params or headers.
    expect(
      applyDialRules(result.target, {
        removeDialChars: '',
        useCountryCode: false,
        defaultCountry: 'DE',
        prefix: '',
      }).ok,
    ).toBe(true);
    expect(result.target).not.toMatch(/[;?\s]/);
    expect(result.target.length).toBeLessThanOrEqual(256);
  });
});

describe('parseCallLink: links that are refused', () => {
  it.each(hostile)('%j', (input, code) => {
    const result = parseCallLink(input);
    expect(result).toMatchObject({ ok: false, code });
    if (result.ok) return;
    expect(result.message).toBe(callLinkRefusalMessages[code].en);
  });
});

describe('parseCallLink', () => {
  it('has a large table of cases', () => {
    expect(good.length + hostile.length).toBeGreaterThan(200);
  });

  it('never repeats the input in its message', () => {
    for (const [input] of hostile) {
      const result = parseCallLink(input);
      if (result.ok) continue;
      for (const language of ['en', 'de'] as const) {
        expect(callLinkRefusalMessages[result.code][language]).not.toContain(input.trim() || '\u0000');
      }
    }
  });

  it('reports the scheme of a refused link only when it is one word', () => {
    expect(parseCallLink('javascript:alert(1)')).toMatchObject({ ok: false, scheme: 'javascript' });
    expect(parseCallLink('tel:abc')).toMatchObject({ ok: false, scheme: 'tel' });
    expect(parseCallLink('<svg onload=x>:')).not.toHaveProperty('scheme');
  });

  it('sips keeps the sips: prefix so calls.dial builds a sips: Request-URI', () => {
    const result = applyDialRules((parseCallLink('sips:bob@pbx.example.com') as CallLink).target, {
      removeDialChars: '',
      useCountryCode: false,
      defaultCountry: 'DE',
      prefix: '',
    });
    expect(result).toEqual({
      ok: true,
      target: { kind: 'uri', user: 'bob', host: 'pbx.example.com', secure: true },
    });
  });

  it('does not throw for any input, including non-strings from the outside', () => {
    const odd: unknown[] = [
      undefined,
      null,
      42,
      {},
      ['tel:1'],
      'tel:%',
      'sip:%',
      '%',
      ':',
      '::::',
      '@',
      'sip:@',
      'tel:;',
      'sip:a@b;',
      'sip:a@b?&&',
    ];
    for (const input of odd) expect(() => parseCallLink(input as string)).not.toThrow();
    for (let code = 0; code < 0x3000; code += 7) {
      const char = String.fromCharCode(code);
      expect(() => parseCallLink(`sip:a${char}b@example.com`)).not.toThrow();
      expect(() => parseCallLink(`tel:+49${char}30`)).not.toThrow();
    }
  });
});
