import type { SameKeys } from '../same-keys';
import type { settingsEn } from '../en/settings';

/** German strings of the settings screen around the fields: navigation, search, secrets, lists; the type forces exactly the keys of en/settings.ts. */
export const settingsDe: SameKeys<typeof settingsEn> = {
  settings: {
    title: 'Einstellungen',
    back: 'Zurück',
    backLabel: 'Zurück zum Hauptfenster',
    groupsLabel: 'Einstellungsbereiche',
    searchLabel: 'Einstellungen durchsuchen',
    searchPlaceholder: 'Einstellungen durchsuchen (Strg+F)',
    searchResults_one: '{{count}} Einstellung passt zu „{{query}}“',
    searchResults_other: '{{count}} Einstellungen passen zu „{{query}}“',
    noResults: 'Keine Einstellung passt zu „{{query}}“.',
    loading: 'Einstellungen werden geladen …',
    provisioned: 'Provisioniert',
    provisionedExplanation: 'Von Ihrem Administrator per Provisionierung festgelegt; hier nicht änderbar.',
    notAvailableYet: 'Noch nicht verfügbar.',
    unsupported: 'Nicht verfügbar: {{reason}}',
    saved: '{{field}} gespeichert.',
    fieldError: '{{field}}: {{problem}}',
  },
  secret: {
    set: 'Hinterlegt',
    notSet: 'Nicht hinterlegt',
    placeholder: 'Neuen Wert eingeben',
    save: 'Speichern',
    clear: 'Entfernen',
    saved: '{{field}} hinterlegt.',
    cleared: '{{field}} entfernt.',
  },
  list: {
    moveUp: '{{item}} nach oben',
    moveDown: '{{item}} nach unten',
    remove: '{{item}} entfernen',
    add: 'Hinzufügen',
    addChoice: 'Eintrag für {{field}} hinzufügen',
    newEntry: 'Neuer Eintrag für {{field}}',
    empty: 'Keine Einträge.',
  },
};
