// The account row's voicemail indicator, rendered to static HTML (no DOM needed).
import { I18nextProvider } from 'react-i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ApiProvider } from '../../../../../src/renderer/kit/api-context';
import { AnnouncerProvider } from '../../../../../src/renderer/kit/announcer';
import type { RendererApi } from '../../../../../src/renderer/api/renderer-api';
import { AccountRow } from '../../../../../src/renderer/features/main-window/AccountRow';
import { createI18n } from '../../../../../src/renderer/i18n/i18n';
import type { AccountView, VoicemailStatus } from '../../../../../src/shared/contract';

interface RenderOptions {
  number?: string;
  state?: AccountView['registration']['state'];
  language?: 'en' | 'de';
}

function render(
  voicemail: VoicemailStatus | undefined,
  { number = '*98', state = 'registered', language = 'en' }: RenderOptions = {},
): string {
  const account: AccountView = {
    id: 'acc-1',
    settings: { 'account.name': 'Office', 'extensions.voicemailNumber': number },
    locked: [],
    passwordSet: true,
    registration: { state },
    ...(voicemail ? { voicemail } : {}),
  };
  return renderToStaticMarkup(
    <I18nextProvider i18n={createI18n(language)}>
      <ApiProvider value={{ api: {} } as unknown as RendererApi}>
        <AnnouncerProvider>
          <AccountRow account={account} onEdit={() => undefined} />
        </AnnouncerProvider>
      </ApiProvider>
    </I18nextProvider>,
  );
}

const two = { waiting: true, newMessages: 2, oldMessages: 1 };

describe('AccountRow voicemail indicator', () => {
  it('puts the count on the voicemail button and in its accessible name', () => {
    const html = render(two);
    expect(html).toContain('aria-label="Call the voicemail of Office: 2 new messages"');
    expect(html).toMatch(/data-testid="account-voicemail-badge-acc-1"[^>]*>2</);
  });

  it('keeps the plain button without a report, and without a badge when nothing is new', () => {
    expect(render(undefined)).toContain('aria-label="Call the voicemail of Office"');
    expect(render(undefined)).not.toContain('voicemail-badge');
    const none = render({ waiting: false, newMessages: 0, oldMessages: 3 });
    expect(none).toContain('aria-label="Call the voicemail of Office: no new messages"');
    expect(none).not.toContain('voicemail-badge');
  });

  it('shows text, not a button, without a voicemail number', () => {
    const html = render(two, { number: '' });
    expect(html).not.toContain('account-voicemail-acc-1"');
    expect(html).toContain('data-testid="account-voicemail-status-acc-1"');
    expect(html).toContain('Voicemail of Office: 2 new messages');
    expect(render({ waiting: false, newMessages: 0, oldMessages: 3 }, { number: '' })).not.toContain(
      'account-voicemail-status',
    );
  });

  it('speaks German', () => {
    expect(render(two, { number: '', language: 'de' })).toContain('Mailbox von Office: 2 neue Nachrichten');
  });
});
