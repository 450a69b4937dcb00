// The account row says why the account's own ringtone did not ring, in the UI language.
import { I18nextProvider } from 'react-i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ApiProvider } from '../../../../../src/renderer/kit/api-context';
import { AnnouncerProvider } from '../../../../../src/renderer/kit/announcer';
import type { RendererApi } from '../../../../../src/renderer/api/renderer-api';
import { AccountRow } from '../../../../../src/renderer/features/main-window/AccountRow';
import { createI18n } from '../../../../../src/renderer/i18n/i18n';
import type { AccountView } from '../../../../../src/shared/contract';

function render(ringtoneProblem: AccountView['ringtoneProblem'], language: 'en' | 'de' = 'en'): string {
  const account: AccountView = {
    id: 'acc-1',
    settings: { 'account.name': 'Office' },
    locked: [],
    passwordSet: true,
    registration: { state: 'registered' },
    ...(ringtoneProblem ? { ringtoneProblem } : {}),
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

describe('AccountRow ringtone problem', () => {
  it('says why in English and German, and describes the row with it', () => {
    const problem = { key: 'ringtone.tooLarge', params: { file: 'song.wav' } } as const;
    const en = render(problem);
    expect(en).toContain('The ringtone file song.wav is larger than 10 MB');
    expect(en).toMatch(/aria-describedby="account-ringtone-acc-1"/);
    expect(render(problem, 'de')).toContain('Die Klingelton-Datei song.wav ist größer als 10 MB');
  });

  it('shows nothing without a problem', () => {
    expect(render(undefined)).not.toContain('account-ringtone-acc-1');
  });
});
