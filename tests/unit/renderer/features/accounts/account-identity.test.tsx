// Our own identity: the account row shows who we are (display name and user@domain), and the
// account form asks for the display name in its always-open first section (issue #13).
import { I18nextProvider } from 'react-i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ApiProvider } from '../../../../../src/renderer/kit/api-context';
import { AnnouncerProvider } from '../../../../../src/renderer/kit/announcer';
import type { RendererApi } from '../../../../../src/renderer/api/renderer-api';
import { AccountRow } from '../../../../../src/renderer/features/main-window/AccountRow';
import { accountIdentity } from '../../../../../src/renderer/features/accounts/account-name';
import { createI18n } from '../../../../../src/renderer/i18n/i18n';
import { accountSettingPanels } from '../../../../../src/shared/settings/sections';
import type { AccountView } from '../../../../../src/shared/contract';

function account(settings: Record<string, string>): AccountView {
  return { id: 'acc-1', settings, locked: [], passwordSet: true, registration: { state: 'registered' } };
}

const office = {
  'account.name': 'Office',
  'credentials.userName': '201',
  'credentials.domain': 'pbx.example.com',
};

describe('accountIdentity', () => {
  it('is the display name and user@domain', () => {
    expect(accountIdentity(account({ ...office, 'functions.displayName': 'Anna Berg' }))).toBe(
      'Anna Berg · 201@pbx.example.com',
    );
    expect(accountIdentity(account(office))).toBe('201@pbx.example.com');
  });

  it('does not repeat the row name when that already is user@domain', () => {
    const { 'account.name': _name, ...unnamed } = office;
    expect(accountIdentity(account(unnamed))).toBeUndefined();
    expect(accountIdentity(account({ ...unnamed, 'functions.displayName': 'Anna' }))).toBe(
      'Anna · 201@pbx.example.com',
    );
  });
});

describe('AccountRow identity', () => {
  it('shows the address under the account name', () => {
    const html = renderToStaticMarkup(
      <I18nextProvider i18n={createI18n('en')}>
        <ApiProvider value={{ api: {} } as unknown as RendererApi}>
          <AnnouncerProvider>
            <AccountRow account={account(office)} onEdit={() => undefined} />
          </AnnouncerProvider>
        </ApiProvider>
      </I18nextProvider>,
    );
    expect(html).toMatch(/data-testid="account-identity-acc-1"[^>]*>201@pbx\.example\.com</);
  });
});

describe('account form panels', () => {
  it('asks for the display name in the first, always-open panel, and only there', () => {
    const [first, ...rest] = accountSettingPanels;
    expect(first?.keys).toContain('functions.displayName');
    expect(rest.flatMap((panel) => panel.keys)).not.toContain('functions.displayName');
  });
});
