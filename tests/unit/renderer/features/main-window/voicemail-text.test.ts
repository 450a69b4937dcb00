import { describe, expect, it } from 'vitest';
import { voicemailIndicator } from '../../../../../src/renderer/features/main-window/voicemail-text';
import { createI18n } from '../../../../../src/renderer/i18n/i18n';

const { t } = createI18n('en');
const german = createI18n('de').t;

describe('voicemailIndicator', () => {
  it('shows nothing until the PBX reported the mailbox', () => {
    expect(voicemailIndicator(t, undefined)).toBeUndefined();
  });

  it('counts new messages, in both languages and with plurals', () => {
    expect(voicemailIndicator(t, { waiting: true, newMessages: 2, oldMessages: 1 })).toEqual({
      badge: '2',
      status: '2 new messages',
    });
    expect(voicemailIndicator(t, { waiting: true, newMessages: 1, oldMessages: 0 })?.status).toBe(
      '1 new message',
    );
    expect(voicemailIndicator(german, { waiting: true, newMessages: 1, oldMessages: 0 })?.status).toBe(
      '1 neue Nachricht',
    );
    expect(voicemailIndicator(german, { waiting: true, newMessages: 3, oldMessages: 0 })?.status).toBe(
      '3 neue Nachrichten',
    );
  });

  it('caps the badge at 99+', () => {
    expect(voicemailIndicator(t, { waiting: true, newMessages: 1234, oldMessages: 0 })).toEqual({
      badge: '99+',
      status: '1234 new messages',
    });
  });

  it('shows a dot for waiting messages of unknown count, and no badge when nothing is new', () => {
    expect(voicemailIndicator(t, { waiting: true, newMessages: 0, oldMessages: 0 })).toEqual({
      badge: '',
      status: 'new messages',
    });
    expect(voicemailIndicator(t, { waiting: false, newMessages: 0, oldMessages: 4 })).toEqual({
      badge: undefined,
      status: 'no new messages',
    });
    expect(voicemailIndicator(german, { waiting: false, newMessages: 0, oldMessages: 4 })?.status).toBe(
      'keine neuen Nachrichten',
    );
  });

  it('builds the accessible names', () => {
    const status = voicemailIndicator(t, { waiting: true, newMessages: 2, oldMessages: 0 })!.status;
    expect(t('accounts.voicemailStatus', { name: 'Office', status })).toBe(
      'Voicemail of Office: 2 new messages',
    );
    expect(t('accounts.voicemailLabelWithStatus', { name: 'Office', status })).toBe(
      'Call the voicemail of Office: 2 new messages',
    );
  });
});
