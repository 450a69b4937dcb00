import { describe, expect, it } from 'vitest';
import type { PendingLink } from '../../../../../src/shared/links/link-contract';
import { linkFailureMessages } from '../../../../../src/shared/links/link-contract';
import {
  linkDetails,
  linkRefusalText,
  linkToConfirm,
  outsideAddress,
} from '../../../../../src/renderer/features/desktop/link-text';
import { createI18n } from '../../../../../src/renderer/i18n/i18n';

const en = createI18n('en');
const de = createI18n('de');

const link = (over: Partial<PendingLink> = {}): PendingLink => ({
  id: 'l1',
  scheme: 'tel',
  display: '+49 30 1234',
  target: '+49301234',
  secure: false,
  isPhoneNumber: true,
  origin: 'web',
  ...over,
});

describe('link dialog state', () => {
  it('asks about the oldest waiting link, none when the list is empty', () => {
    expect(linkToConfirm([link({ id: 'a' }), link({ id: 'b' })])?.id).toBe('a');
    expect(linkToConfirm([])).toBeUndefined();
  });

  it('shows the display text, or the target when the display is blank', () => {
    expect(linkDetails(link())).toEqual({
      kind: 'number',
      shown: '+49 30 1234',
      secure: false,
      extension: undefined,
    });
    expect(linkDetails(link({ display: '  ', isPhoneNumber: false })).shown).toBe('+49301234');
    expect(linkDetails(link({ display: '', isPhoneNumber: false })).kind).toBe('address');
  });

  it('names SIPS and the extension that is not dialled', () => {
    const details = linkDetails(link({ scheme: 'sips', secure: true, extension: '42' }));
    expect(details.secure).toBe(true);
    expect(details.extension).toBe('42');
    expect(linkDetails(link({ extension: '' })).extension).toBeUndefined();
  });
});

describe('a SIP address outside the account domain', () => {
  const sip = (over: Partial<PendingLink> = {}): PendingLink =>
    link({
      scheme: 'sip',
      display: 'alice@evil.example.net',
      target: 'alice@evil.example.net',
      isPhoneNumber: false,
      address: { user: 'alice', host: 'evil.example.net', accountDomain: 'example.com', outside: true },
      ...over,
    });

  it('names user, host, the account domain and the address as dialled, not the display text', () => {
    expect(outsideAddress(sip({ display: 'boss@example.com' }))).toEqual({
      user: 'alice',
      host: 'evil.example.net',
      accountDomain: 'example.com',
      uri: 'sip:alice@evil.example.net',
    });
  });

  it('keeps sips: and shows escapes as dialled', () => {
    const secure = sip({
      scheme: 'sips',
      secure: true,
      target: 'sips:m%C3%BCller@evil.example.net',
      address: { user: 'müller', host: 'evil.example.net', outside: true },
    });
    expect(outsideAddress(secure)).toEqual({
      user: 'müller',
      host: 'evil.example.net',
      accountDomain: undefined,
      uri: 'sips:m%C3%BCller@evil.example.net',
    });
  });

  it("is undefined for numbers and for the account's own host", () => {
    expect(outsideAddress(link())).toBeUndefined();
    expect(
      outsideAddress(
        sip({ address: { user: 'bob', host: 'example.com', accountDomain: 'example.com', outside: false } }),
      ),
    ).toBeUndefined();
  });
});

describe('link refusal text', () => {
  it('translates the call manager’s code for a failed dial', () => {
    const refused = {
      code: 'DIAL_FAILED' as const,
      message: 'No registered account can place the call. Log in to an account first.',
      text: { key: 'dial.noAccount' as const },
    };
    expect(linkRefusalText(refused, 'de', de.t)).toBe(
      'Kein angemeldetes Konto kann den Anruf tätigen. Melden Sie sich zuerst bei einem Konto an.',
    );
    expect(linkRefusalText(refused, 'en', en.t)).toBe(refused.message);
  });

  it('translates the code into the UI language', () => {
    expect(linkRefusalText({ code: 'EXPIRED', message: 'x' }, 'de', de.t)).toBe(
      linkFailureMessages.EXPIRED.de,
    );
    expect(linkRefusalText({ code: 'TOO_MANY', message: 'x' }, 'en', en.t)).toBe(
      linkFailureMessages.TOO_MANY.en,
    );
  });

  it('shows main’s own message for a failed dial, the generic text when it is empty', () => {
    expect(linkRefusalText({ code: 'DIAL_FAILED', message: 'No account is registered.' }, 'de', de.t)).toBe(
      'No account is registered.',
    );
    expect(linkRefusalText({ code: 'DIAL_FAILED', message: ' ' }, 'de', de.t)).toBe(
      linkFailureMessages.DIAL_FAILED.de,
    );
  });

  it('has a text for every failure code in both languages', () => {
    for (const texts of Object.values(linkFailureMessages)) {
      expect(texts.en.length).toBeGreaterThan(0);
      expect(texts.de.length).toBeGreaterThan(0);
    }
  });
});
