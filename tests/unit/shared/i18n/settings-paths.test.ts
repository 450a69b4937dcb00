// Issue #13: "hints name the real place of a setting". Every "Settings › <section> › <panel>" a text
// points at, in either language, names a section and a panel that exist there, as the settings
// screen titles them (src/shared/settings/sections.ts with the settingsLayout texts).
import { describe, expect, it } from 'vitest';
import { de } from '../../../../src/shared/i18n/de';
import { en } from '../../../../src/shared/i18n/en';
import { globalSettingSections } from '../../../../src/shared/settings/sections';

function strings(tree: object): string[] {
  return Object.values(tree).flatMap((value): string[] =>
    typeof value === 'string' ? [value] : strings(value as object),
  );
}

const catalogues = [
  { name: 'en', texts: en, settings: 'Settings' },
  { name: 'de', texts: de, settings: 'Einstellungen' },
] as const;

describe('settings paths in texts', () => {
  for (const { name, texts, settings } of catalogues) {
    it(`name sections and panels that exist (${name})`, () => {
      const layout = texts.settingsLayout;
      const real = new Set(
        globalSettingSections.flatMap((section) =>
          section.panels.map(
            (panel) =>
              `${layout.sections[section.id]} › ${layout.panels[panel.id as keyof typeof layout.panels]}`,
          ),
        ),
      );
      const pattern = new RegExp(
        `${settings} › ([^›]+?) › ([^›.,“”"]+?)(?= ›|[.,“”"]|$| (?:ein|hinzu|an)\\b)`,
        'g',
      );
      const named = strings(texts).flatMap((text) =>
        [...text.matchAll(pattern)].map((match) => `${match[1]} › ${match[2]}`.trim()),
      );
      expect(named.length).toBeGreaterThan(3);
      expect(named.filter((path) => !real.has(path))).toEqual([]);
    });
  }
});
