// The link confirmation dialog, rendered to static HTML (no DOM needed; focus is checked in the e2e test).
import { I18nextProvider } from 'react-i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { LinkConfirmDialog } from '../../../../../src/renderer/features/desktop/LinkConfirmDialog';
import { createI18n } from '../../../../../src/renderer/i18n/i18n';
import type { PendingLink } from '../../../../../src/shared/links/link-contract';

function render(link: PendingLink, language: 'en' | 'de' = 'en'): string {
  return renderToStaticMarkup(
    <I18nextProvider i18n={createI18n(language)}>
      <LinkConfirmDialog link={link} onCall={() => undefined} onCancel={() => undefined} />
    </I18nextProvider>,
  );
}

/** The text of the element with this test id (no nested elements in the ones checked here). */
function textOf(html: string, testId: string): string | undefined {
  return new RegExp(`data-testid="${testId}"[^>]*>(?:<[^>]+>)*([^<]*)<`).exec(html)?.[1];
}

const outside: PendingLink = {
  id: 'l1',
  scheme: 'sip',
  display: 'alice@evil.example.net',
  target: 'alice@evil.example.net',
  secure: false,
  isPhoneNumber: false,
  address: { user: 'alice', host: 'evil.example.net', accountDomain: 'example.com', outside: true },
  origin: 'web',
};

describe('LinkConfirmDialog', () => {
  it('asks about a SIP address outside the phone system, naming user, host and the account domain', () => {
    const html = render(outside);
    expect(textOf(html, 'link-confirm-question')).toBe('Call alice at evil.example.net?');
    expect(html).toContain('This address is outside your company&#x27;s phone system (example.com).');
    expect(textOf(html, 'link-confirm-user')).toBe('alice');
    expect(textOf(html, 'link-confirm-host')).toBe('evil.example.net');
    expect(textOf(html, 'link-confirm-uri')).toBe('sip:alice@evil.example.net');
    expect(html).toContain('Call anyway');
    expect(html).not.toContain('data-testid="link-confirm-target"');
  });

  it('shows the address as dialled, not the link display text', () => {
    const html = render({ ...outside, display: 'boss@example.com' });
    expect(html).not.toContain('boss@example.com');
    expect(textOf(html, 'link-confirm-uri')).toBe('sip:alice@evil.example.net');
  });

  it('speaks German', () => {
    const html = render(outside, 'de');
    expect(textOf(html, 'link-confirm-question')).toBe('alice bei evil.example.net anrufen?');
    expect(html).toContain('außerhalb der Telefonanlage Ihres Unternehmens (example.com)');
    expect(html).toContain('Trotzdem anrufen');
  });

  it('says so when no account could tell', () => {
    const html = render({ ...outside, address: { user: 'alice', host: 'example.com', outside: true } });
    expect(html).toContain('No account is logged in');
  });

  it('keeps the plain question for numbers and the account\u2019s own host', () => {
    const own = render({
      ...outside,
      target: 'bob@example.com',
      display: 'bob@example.com',
      address: { user: 'bob', host: 'example.com', accountDomain: 'example.com', outside: false },
    });
    expect(own).toContain('Call this number?');
    expect(textOf(own, 'link-confirm-target')).toBe('bob@example.com');
    expect(own).not.toContain('link-confirm-outside');
  });

  it('is a labelled alert dialog with Cancel first', () => {
    const html = render(outside);
    expect(html).toMatch(/<dialog[^>]*role="alertdialog"[^>]*aria-labelledby="[^"]+"[^>]*aria-describedby=/);
    expect(html.indexOf('link-confirm-cancel')).toBeLessThan(html.indexOf('link-confirm-call'));
  });
});
