import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import type { BlfKeyView } from '../../../../../src/shared/contract';
import { blfKeyLabel, blfKeyTitle, blfLampText } from '../../../../../src/renderer/features/blf/blf-lamp';
import { createI18n } from '../../../../../src/renderer/i18n/i18n';
import { desktopDe } from '../../../../../src/shared/i18n/de/desktop';
import { desktopEn } from '../../../../../src/shared/i18n/en/desktop';

const key: BlfKeyView = {
  id: 2,
  label: 'Phone B',
  target: '1002',
  accountId: 'a1',
  provisioned: true,
  lamp: 'busy',
};

async function translator(lng: 'en' | 'de') {
  const instance = i18next.createInstance();
  await instance.init({
    lng,
    resources: { en: { translation: { desktop: desktopEn } }, de: { translation: { desktop: desktopDe } } },
    interpolation: { escapeValue: false },
  });
  return instance.t;
}

describe('BLF lamp text', () => {
  it('names the key with its lamp in words, in English and German', async () => {
    const en = await translator('en');
    const de = await translator('de');
    expect(blfKeyLabel(en, key)).toBe('Phone B, 1002, Busy');
    expect(blfKeyLabel(de, key)).toBe('Phone B (1002), Besetzt');
    expect(blfKeyLabel(en, { ...key, label: '', lamp: 'ringing' })).toBe('1002, 1002, Ringing');
    for (const lamp of ['off', 'pending', 'idle', 'ringing', 'busy', 'failed'] as const) {
      for (const t of [en, de]) {
        const text = blfLampText(t, { ...key, lamp });
        expect(text).not.toContain('desktop.blf');
        expect(text.length).toBeGreaterThan(0);
      }
    }
  });

  it('explains a failed lamp in the tooltip and keeps the call hint', async () => {
    const en = await translator('en');
    expect(blfKeyTitle(en, key)).toBe('Call Phone B');
    expect(
      blfKeyTitle(en, {
        ...key,
        lamp: 'failed',
        lampError: 'The PBX refused the subscription (403 Forbidden)',
      }),
    ).toBe('Call Phone B. The lamp is unavailable: The PBX refused the subscription (403 Forbidden)');
  });

  it('translates main’s code for a failed lamp, in both languages', () => {
    const failed: BlfKeyView = {
      ...key,
      lamp: 'failed',
      lampError: 'The PBX refused the subscription (403 Forbidden)',
      lampText: { key: 'subscription.refused', params: { status: '403 Forbidden' } },
    };
    expect(blfKeyTitle(createI18n('en').t, failed)).toBe(
      'Call Phone B. The lamp is unavailable: The PBX refused the subscription (403 Forbidden)',
    );
    expect(blfKeyTitle(createI18n('de').t, failed)).toContain(
      'Die Telefonanlage hat das Abonnement abgelehnt (403 Forbidden)',
    );
  });
});
