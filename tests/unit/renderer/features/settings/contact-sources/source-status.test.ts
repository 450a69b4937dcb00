import { describe, expect, it } from 'vitest';
import { sourceStatusText } from '../../../../../../src/renderer/features/settings/contact-sources/source-status';
import { createI18n } from '../../../../../../src/renderer/i18n/i18n';

describe('sourceStatusText', () => {
  it('shows the code main sent in German, not its English message', () => {
    const { t } = createI18n('de');
    const text = sourceStatusText(t, {
      status: {
        state: 'signedOut',
        message: 'Sign in to Google Contacts to read your contacts.',
        text: { key: 'cloud.signInNeeded', params: { service: 'Google Contacts' } },
      },
    });
    expect(text).toContain('Melden Sie sich bei Google Contacts an, um Ihre Kontakte zu lesen.');
    expect(text).not.toContain('Sign in');
  });

  it('shows the English message where main sent no code', () => {
    const { t } = createI18n('de');
    const text = sourceStatusText(t, { status: { state: 'error', message: 'directory down' } });
    expect(text).toContain('directory down');
  });
});
