import { describe, expect, it } from 'vitest';
import { optionUnsupportedReason } from '../../../../src/shared/i18n/setting-texts';
import { accountSettingGroups } from '../../../../src/shared/settings/account-settings';
import { fieldSchema } from '../../../../src/shared/settings/field';

describe('transport choices a WebRTC phone cannot honour', () => {
  const transport = accountSettingGroups.flatMap((g) => g.fields).find((f) => f.key === 'transport');

  it('marks UDP, TCP and TLS unsupported with a reason in both languages, and WSS supported', () => {
    if (transport?.kind !== 'enum') throw new Error('transport is an enum field');
    const reason = (value: string, language: 'en' | 'de') =>
      optionUnsupportedReason(
        language,
        transport,
        transport.options.find((o) => o.value === value)!,
      );
    for (const value of ['udp', 'tcp', 'tls']) {
      expect(reason(value, 'en')).toMatch(/WebSocket/);
      expect(reason(value, 'de')).toMatch(/WebSocket/);
    }
    expect(reason('wss', 'en')).toBeUndefined();
  });

  it('still accepts them as values, so a provisioning file that sends one is not refused', () => {
    expect(fieldSchema(transport!).safeParse('udp').success).toBe(true);
  });
});
