import { describe, expect, it } from 'vitest';
import { accountSettingGroups } from '../../../../src/shared/settings/account-settings';
import { fieldSchema } from '../../../../src/shared/settings/field';

describe('transport choices a WebRTC phone cannot honour', () => {
  const transport = accountSettingGroups.flatMap((g) => g.fields).find((f) => f.key === 'transport');

  it('marks UDP, TCP and TLS unsupported with a reason in both languages, and WSS supported', () => {
    if (transport?.kind !== 'enum') throw new Error('transport is an enum field');
    const reasons = Object.fromEntries(transport.options.map((o) => [o.value, o.unsupported]));
    for (const value of ['udp', 'tcp', 'tls']) {
      expect(reasons[value]?.en).toMatch(/WebSocket/);
      expect(reasons[value]?.de).toMatch(/WebSocket/);
    }
    expect(reasons['wss']).toBeUndefined();
  });

  it('still accepts them as values, so a provisioning file that sends one is not refused', () => {
    expect(fieldSchema(transport!).safeParse('udp').success).toBe(true);
  });
});
