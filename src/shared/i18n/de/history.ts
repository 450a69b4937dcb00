import type { SameKeys } from '../same-keys';
import type { historyEn } from '../en/history';

/** German strings of the call history; the type forces exactly the keys of en/history.ts. */
export const historyDe: SameKeys<typeof historyEn> = {
  history: {
    heading: 'Letzte Anrufe',
    clear: 'Alle löschen',
    count_one: '{{count}} Anruf',
    count_other: '{{count}} Anrufe',
    confirmTitle: 'Alle letzten Anrufe löschen?',
    confirmText_one: 'Den {{count}} Anruf in der Liste löschen? Das lässt sich nicht rückgängig machen.',
    confirmText_other: 'Alle {{count}} Anrufe in der Liste löschen? Das lässt sich nicht rückgängig machen.',
    confirmYes: 'Alle löschen',
    confirmNo: 'Anrufe behalten',
    cleared: 'Letzte Anrufe gelöscht.',
    deleted: 'Anruf mit {{name}} aus der Liste gelöscht.',
    callBackLabel: '{{name}} zurückrufen',
    delete: 'Löschen',
    deleteLabel: 'Anruf mit {{name}} ({{time}}) löschen',
    duration: 'Dauer',
    today: 'Heute',
    yesterday: 'Gestern',
    missedOnly: 'Nur verpasste',
    direction: {
      incoming: 'Eingehender Anruf',
      outgoing: 'Ausgehender Anruf',
      missed: 'Verpasster Anruf',
    },
    result: {
      answered: 'Angenommen',
      ongoing: 'Läuft',
      interrupted: 'Anruf unterbrochen',
      unknown: 'Ergebnis unbekannt',
    },
  },
};
