// The cleartext warnings (issue #10) as the components render them, to static HTML (no DOM needed).
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { RendererApi } from '../../../../../src/renderer/api/renderer-api';
import { AnnouncerProvider } from '../../../../../src/renderer/kit/announcer';
import { ApiProvider } from '../../../../../src/renderer/kit/api-context';
import { AccountEditor } from '../../../../../src/renderer/features/accounts/AccountEditor';
import { AccountRow } from '../../../../../src/renderer/features/main-window/AccountRow';
import { SourceCard } from '../../../../../src/renderer/features/settings/contact-sources/SourceCard';
import { SourceEditor } from '../../../../../src/renderer/features/settings/contact-sources/SourceEditor';
import { createI18n } from '../../../../../src/renderer/i18n/i18n';
import type { AccountView, ContactSourceView } from '../../../../../src/shared/contract';

function render(element: ReactElement, language: 'en' | 'de' = 'en'): string {
  return renderToStaticMarkup(
    <I18nextProvider i18n={createI18n(language)}>
      <ApiProvider value={{ api: {} } as unknown as RendererApi}>
        <AnnouncerProvider>{element}</AnnouncerProvider>
      </ApiProvider>
    </I18nextProvider>,
  );
}

/** The element with this data-testid, opening tag to its text (enough to read attributes and words). */
function element(html: string, testId: string): string | undefined {
  const start = html.indexOf(`data-testid="${testId}"`);
  if (start < 0) return undefined;
  const open = html.lastIndexOf('<', start);
  return html.slice(open, html.indexOf('</p>', start));
}

function account(wsUrl: string): AccountView {
  return {
    id: 'acc-1',
    settings: {
      'account.name': 'Office',
      'credentials.domain': 'pbx.lan',
      'credentials.userName': '201',
      'optionalCredentials.wsUrl': wsUrl,
    },
    locked: [],
    passwordSet: true,
    registration: { state: 'registered' },
  };
}

function ldapSource(security: 'none' | 'starttls', bindDn: string): ContactSourceView {
  return {
    id: 'ldap-1',
    kind: 'ldap',
    name: 'Company directory',
    enabled: true,
    hideWithoutName: false,
    hideWithoutPhone: false,
    useAccountId: '',
    config: {
      kind: 'ldap',
      host: 'dir.example.com',
      security,
      ignoreCertificate: false,
      bindDn,
      baseDn: 'dc=example,dc=com',
      resultLimit: 50,
      attributePreset: 'inetOrgPerson',
    },
    hasSecret: bindDn !== '',
    provisioned: false,
    status: { state: 'ok' },
  };
}

describe('ws:// SIP server warning', () => {
  it('shows on the account row, and the row button is described by it', () => {
    const html = render(<AccountRow account={account('ws://pbx.lan:8088/ws')} onEdit={() => undefined} />);
    const warning = element(html, 'account-cleartext-acc-1');
    expect(warning).toContain('id="account-cleartext-acc-1"');
    expect(warning).toContain('Not encrypted (ws://)');
    expect(html).toMatch(/data-testid="account-acc-1"[^>]*aria-describedby="account-cleartext-acc-1"/);
  });

  it('is absent for wss:// and for the derived address', () => {
    expect(
      render(<AccountRow account={account('wss://pbx:8089/ws')} onEdit={() => undefined} />),
    ).not.toContain('cleartext');
    expect(render(<AccountRow account={account('')} onEdit={() => undefined} />)).not.toContain('cleartext');
  });

  it('shows in the account editor as an alert that the WebSocket field points at', () => {
    const html = render(
      <AccountEditor account={account('ws://pbx.lan:8088/ws')} onClose={() => undefined} />,
    );
    const warning = element(html, 'account-cleartext-warning');
    expect(warning).toContain('role="alert"');
    expect(warning).toContain('others on the network could read the SIP signalling');
    expect(html).toMatch(/<input[^>]*aria-describedby="[^"]*account-cleartext-warning[^"]*"[^>]*>/);
    expect(
      render(<AccountEditor account={account('wss://pbx/ws')} onClose={() => undefined} />),
    ).not.toContain('account-cleartext-warning');
  });

  it('speaks German', () => {
    const html = render(<AccountRow account={account('ws://pbx.lan/ws')} onEdit={() => undefined} />, 'de');
    expect(element(html, 'account-cleartext-acc-1')).toContain('Nicht verschlüsselt (ws://)');
  });
});

describe('plain LDAP warning', () => {
  it('names the bind password on the card of a source that binds without TLS', () => {
    const html = render(<SourceCard source={ldapSource('none', 'cn=phone,dc=example,dc=com')} />);
    const warning = element(html, 'source-cleartext-ldap-1');
    expect(warning).toContain('could read the bind password and every directory entry');
    const id = /id="([^"]+)"/.exec(warning ?? '')?.[1] ?? 'missing';
    expect(html).toMatch(new RegExp(`data-testid="source-edit-ldap-1"[^>]*aria-describedby="${id}"`));
  });

  it('names searches and entries for an anonymous plain source', () => {
    const html = render(<SourceCard source={ldapSource('none', '')} />);
    expect(element(html, 'source-cleartext-ldap-1')).toContain('could read your searches');
  });

  it('is absent with StartTLS', () => {
    expect(render(<SourceCard source={ldapSource('starttls', 'cn=phone')} />)).not.toContain(
      'source-cleartext',
    );
  });

  it('shows in the editor under the security choice, which is described by it', () => {
    const source = ldapSource('none', 'cn=phone');
    const html = render(<SourceEditor kind="ldap" source={source} onDone={() => undefined} />, 'de');
    const warning = element(html, 'source-cleartext-warning');
    expect(warning).toContain('das Bind-Passwort und alle Verzeichniseinträge');
    const id = /id="([^"]+)"/.exec(warning ?? '')?.[1] ?? 'missing';
    expect(html).toMatch(
      new RegExp(`<select[^>]*aria-describedby="${id}"[^>]*data-testid="source-field-security"`),
    );
    const tls = render(
      <SourceEditor kind="ldap" source={ldapSource('starttls', 'cn=phone')} onDone={() => undefined} />,
    );
    expect(tls).not.toContain('source-cleartext-warning');
  });
});
