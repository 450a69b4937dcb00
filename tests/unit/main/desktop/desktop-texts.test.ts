import { describe, expect, it } from 'vitest';
import { presenceLabel, text } from '../../../../src/main/desktop/desktop-texts';
import type { TextKey } from '../../../../src/main/desktop/desktop-texts';
import { nativeEn } from '../../../../src/shared/i18n/en/native';

const keys = [
  ...new Set(Object.keys(nativeEn.native).map((key) => key.replace(/_(one|other)$/, ''))),
] as TextKey[];

describe('desktop texts', () => {
  it('have a text for every key in both languages (never the key itself)', () => {
    expect(keys.length).toBeGreaterThan(40);
    for (const language of ['en', 'de'] as const)
      for (const key of keys) {
        const shown = text(language, key, { count: 2, name: 'Ann', version: '1.2.3' });
        expect(shown, `${language} ${key}`).not.toContain('native.');
        expect(shown.trim(), `${language} ${key}`).not.toBe('');
      }
  });

  it('fill in {{placeholders}}', () => {
    expect(text('en', 'messageFrom', { name: 'Ann' })).toBe('Message from Ann');
    expect(text('de', 'updateReadyMessage', { version: '2.0' })).toContain('Version 2.0 wurde');
  });

  it('choose plurals by i18next’s rules (0 is plural in English and German, 1 singular)', () => {
    expect(text('en', 'missedCalls', { count: 1 })).toBe('1 missed call');
    expect(text('en', 'missedCalls', { count: 0 })).toBe('0 missed calls');
    expect(text('en', 'missedCalls', { count: 3 })).toBe('3 missed calls');
    expect(text('de', 'missedCalls', { count: 1 })).toBe('1 verpasster Anruf');
    expect(text('de', 'missedCalls', { count: 21 })).toBe('21 verpasste Anrufe');
    expect(text('de', 'voicemailBody', { count: 1 })).toBe('1 neue Nachricht');
    expect(text('en', 'newVoicemail', { count: 2 })).toBe('2 new voicemail messages');
  });

  it('name presence states', () => {
    expect(presenceLabel('de', 'away')).toBe('Abwesend');
    expect(presenceLabel('en', 'offline')).toBe('Appear offline');
  });
});
