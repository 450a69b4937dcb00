import type { TFunction } from 'i18next';
import type { SettingsPanel, SettingsSection } from '../../../shared/settings/sections';
import { globalSettingSections } from '../../../shared/settings/sections';
import type { FieldEntry } from '../../../shared/settings/registry';
import { findGlobalField } from '../../../shared/settings/registry';

/** A panel's fields in its order (a key the table lacks would be a bug the layout test catches). */
export function panelEntries(panel: SettingsPanel, find = findGlobalField): FieldEntry[] {
  return panel.keys.flatMap((key) => {
    const entry = find(key);
    return entry === undefined ? [] : [entry];
  });
}

/** Where a global field is shown, as "Section › Panel" (for search results). */
export function placeOfGlobalField(t: TFunction, key: string): string | undefined {
  for (const section of globalSettingSections) {
    const panel = section.panels.find((candidate) => candidate.keys.includes(key));
    if (panel !== undefined) return `${sectionTitle(t, section)} › ${panelTitle(t, panel)}`;
  }
  return undefined;
}

export function sectionTitle(t: TFunction, section: SettingsSection): string {
  return t(`settingsLayout.sections.${section.id}`);
}

export function panelTitle(t: TFunction, panel: SettingsPanel): string {
  return t(`settingsLayout.panels.${panel.id}` as 'settingsLayout.panels.devices');
}
