import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../../src/renderer/i18n/i18n';
import { userTextOr } from '../../../../src/renderer/i18n/user-text';

describe('userTextOr', () => {
  it('shows a code from main in the UI language, not main’s English sentence', () => {
    const { t } = createI18n('de');
    const text = { key: 'ldap.timeout' as const, params: { server: 'ldap:389' } };
    expect(userTextOr(t, text, 'The LDAP server ldap:389 did not answer in time.')).toBe(
      'Der LDAP-Server ldap:389 hat nicht rechtzeitig geantwortet. Prüfen Sie das Netzwerk oder grenzen Sie die Suche ein.',
    );
  });

  it('words a refused hold in both languages, the English as main’s message reads', () => {
    const text = { key: 'call.holdRefused' as const };
    expect(userTextOr(createI18n('en').t, text, '')).toBe(
      'The other side did not accept the hold. Try again.',
    );
    expect(userTextOr(createI18n('de').t, text, '')).toBe(
      'Die Gegenseite hat das Halten nicht angenommen. Versuchen Sie es erneut.',
    );
  });

  it('falls back to the message when main sent no code', () => {
    const { t } = createI18n('de');
    expect(userTextOr(t, undefined, 'Folder not found')).toBe('Folder not found');
    expect(userTextOr(t, undefined, undefined)).toBeUndefined();
  });

  it('chooses plurals by i18next’s rules in the renderer too', () => {
    const { t } = createI18n('en');
    expect(t('contacts.count', { count: 1 })).toBe('1 contact');
    expect(t('contacts.count', { count: 0 })).toBe('0 contacts');
    expect(createI18n('de').t('history.count', { count: 1 })).toBe('1 Anruf');
  });
});
