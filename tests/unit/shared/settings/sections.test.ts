import { describe, expect, it } from 'vitest';
import { settingHelp } from '../../../../src/shared/i18n/setting-texts';
import { allAccountFields, allGlobalFields } from '../../../../src/shared/settings/registry';
import type { SettingsPanel } from '../../../../src/shared/settings/sections';
import { accountSettingPanels, globalSettingSections } from '../../../../src/shared/settings/sections';
import { catalogues } from '../../../../src/shared/i18n/catalogue';

function shownKeys(panels: readonly SettingsPanel[]): string[] {
  return panels.flatMap((panel) => panel.keys);
}

const globalPanels = globalSettingSections.flatMap((section) => section.panels);
const advancedGlobal = globalSettingSections.find((section) => section.id === 'advanced')!.panels;
const advancedAccount = accountSettingPanels.filter((panel) => panel.id === 'accountAdvanced');

describe('the settings layout', () => {
  it('has the sections users look for, in this order', () => {
    expect(globalSettingSections.map((section) => section.id)).toEqual([
      'audio',
      'calls',
      'accounts',
      'contacts',
      'appearance',
      'notifications',
      'network',
      'advanced',
    ]);
    expect(catalogues.en.settingsLayout.sections.network).toBe('Network and security');
    expect(catalogues.de.settingsLayout.sections.advanced).toBe('Erweitert');
  });

  it('shows every global field exactly once, under its unchanged stored key', () => {
    const shown = shownKeys(globalPanels);
    expect([...shown].sort()).toEqual(
      allGlobalFields()
        .map((entry) => entry.key)
        .sort(),
    );
    expect(new Set(shown).size).toBe(shown.length);
  });

  it('shows every account field exactly once', () => {
    const shown = shownKeys(accountSettingPanels);
    expect([...shown].sort()).toEqual(
      allAccountFields()
        .map((entry) => entry.key)
        .sort(),
    );
    expect(new Set(shown).size).toBe(shown.length);
  });

  it('keeps the jargon under Advanced', () => {
    expect(shownKeys(advancedGlobal)).toContain('functions.calls.iceGatheringBudgetMs');
    expect(shownKeys(advancedGlobal)).toContain('advanced.network.rtpPort');
    for (const key of ['network.rport', 'compatibility.sendKpml', 'network.registrationExpirySeconds'])
      expect(shownKeys(advancedAccount)).toContain(key);
  });

  it('explains every Advanced field in one line, in English and German', () => {
    const entries = [...allGlobalFields(), ...allAccountFields()];
    for (const key of [...shownKeys(advancedGlobal), ...shownKeys(advancedAccount)]) {
      const field = entries.find((entry) => entry.key === key)!.field;
      for (const language of ['en', 'de'] as const) {
        const help = settingHelp(language, field);
        expect(help, `${key} (${language})`).toBeTruthy();
        expect(help!.includes('\n'), key).toBe(false);
      }
    }
  });
});
