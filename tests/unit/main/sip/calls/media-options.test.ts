import { describe, expect, it } from 'vitest';
import { accountSettingGroups } from '../../../../../src/shared/settings/account-settings';
import { globalSettingGroups } from '../../../../../src/shared/settings/global-settings';
import { SettingCatalog } from '../../../../../src/main/settings/setting-catalog';
import { mediaOptionsFrom, stunUrl } from '../../../../../src/main/sip/calls/media-options';

function getters(global: Record<string, unknown> = {}, account: Record<string, unknown> = {}) {
  const g = { ...new SettingCatalog(globalSettingGroups).defaults(), ...global };
  const a = { ...new SettingCatalog(accountSettingGroups).defaults(), ...account };
  return [(k: string) => g[k], (k: string) => a[k]] as const;
}

describe('mediaOptionsFrom', () => {
  it('uses no STUN by default and the default devices', () => {
    const [g, a] = getters();
    expect(mediaOptionsFrom(g, a, false)).toMatchObject({
      iceServers: [],
      iceGatheringBudgetMs: 300,
      codecs: ['opus', 'g722', 'pcmu', 'pcma'],
      inputDeviceId: 'default',
    });
  });

  it('uses the global STUN server when enabled, the account one when set to custom', () => {
    const [g, a] = getters({ 'advanced.stun.enabled': true, 'advanced.stun.server': 'stun.example.com' });
    expect(mediaOptionsFrom(g, a, false).iceServers).toEqual([{ urls: 'stun:stun.example.com:3478' }]);
    const [g2, a2] = getters(
      { 'advanced.stun.enabled': true, 'advanced.stun.server': 'stun.example.com' },
      { 'network.stun': 'custom', 'network.stunServer': 'stun.pbx.example:19302' },
    );
    expect(mediaOptionsFrom(g2, a2, false).iceServers).toEqual([{ urls: 'stun:stun.pbx.example:19302' }]);
  });

  it('switches to the speaker devices', () => {
    const [g, a] = getters({
      'media.audio.speakerOutputDevice': 'spk-out',
      'media.audio.speakerInputDevice': 'spk-in',
    });
    expect(mediaOptionsFrom(g, a, true)).toMatchObject({
      inputDeviceId: 'spk-in',
      outputDeviceId: 'spk-out',
    });
  });

  it('builds stun: URLs', () => {
    expect(stunUrl('[2001:db8::1]:3478', 1)).toBe('stun:[2001:db8::1]:3478');
    expect(stunUrl('host', 5349)).toBe('stun:host:5349');
  });
});
