import type { desktopEn } from './desktop-en';

type SameKeys<T> = { [K in keyof T]: T[K] extends string ? string : SameKeys<T[K]> };

/** German strings of the desktop integration; the type forces exactly the keys of desktop-en.ts. */
export const desktopDe: SameKeys<typeof desktopEn> = {
  link: {
    title: 'Diese Nummer anrufen?',
    intro: 'Ein Link möchte das Softphone anrufen lassen:',
    number: 'Nummer',
    address: 'Adresse',
    secure: 'Sichere Verbindung (SIPS)',
    extension:
      'Die Durchwahl {{extension}} wird nicht gewählt; geben Sie sie nach dem Verbinden über die Tastatur ein.',
    origin: 'Über einen Link geöffnet',
    call: 'Anrufen',
    cancel: 'Abbrechen',
    refusedTitle: 'Der Link hat nicht gewählt',
    dismiss: 'Schließen',
    failed: 'Der Link konnte nicht verarbeitet werden: {{message}}',
    registerHandler: 'tel:- und sip:-Links mit diesem Softphone öffnen',
    registerAsked: 'Ihr Browser fragt, ob diese Seite tel:- und sip:-Links öffnen darf.',
    registerFailed: 'Der Browser lässt diese Seite keine Links öffnen: {{message}}',
  },
  linkOutside: {
    title: 'Außerhalb Ihrer Telefonanlage anrufen?',
    question: '{{user}} bei {{host}} anrufen?',
    outside: 'Diese Adresse liegt außerhalb der Telefonanlage Ihres Unternehmens ({{domain}}).',
    noAccount:
      'Es ist kein Konto angemeldet, daher kann das Softphone nicht prüfen, ob diese Adresse zur Telefonanlage Ihres Unternehmens gehört.',
    user: 'Benutzer',
    host: 'Hostname',
    address: 'Vollständige Adresse',
    call: 'Trotzdem anrufen',
  },
  presence: {
    label: 'Präsenz: {{state}}',
    menuLabel: 'Präsenz festlegen',
    state: {
      available: 'Verfügbar',
      away: 'Abwesend',
      busy: 'Beschäftigt',
      dnd: 'Nicht stören',
      offline: 'Nicht angemeldet',
    },
    dndHint: 'Nicht stören: Eingehende Anrufe werden als besetzt abgewiesen.',
    changed: 'Präsenz: {{state}}',
    failed: 'Ihre Präsenz konnte nicht geändert werden: {{message}}',
  },
  notifications: {
    enable: 'Desktop-Benachrichtigungen anzeigen',
    denied:
      'Benachrichtigungen sind in diesem Browser blockiert. Erlauben Sie sie in den Website-Einstellungen, um Anrufe zu sehen.',
    enabled: 'Desktop-Benachrichtigungen sind an.',
  },
  update: {
    ready: 'Update {{version}} ist bereit.',
    readyNoVersion: 'Ein Update ist bereit.',
    restart: 'Neu starten und installieren',
    waiting: 'Es wird nach Ihrem Gespräch installiert.',
    later: 'Später',
    label: 'Software-Update',
  },
  compact: {
    enter: 'Kompaktmodus',
    leave: 'Ganzes Fenster zeigen',
    failed: 'Die Fensteransicht konnte nicht geändert werden: {{message}}',
    menuLabel: 'Aktionen für {{name}}',
    call: 'Anrufen',
    callLabel: '{{name}} unter {{number}} anrufen',
    message: 'Nachricht',
    messageUnavailable: 'Sofortnachrichten gibt es in diesem Softphone nicht.',
    edit: 'Bearbeiten',
    editUnavailable: 'Dieser Kontakt stammt aus einem Verzeichnis und kann hier nicht bearbeitet werden.',
    close: 'Schließen',
    closeLabel: 'Menüleiste schließen',
  },
  blf: {
    tab: 'BLF-Tasten',
    listLabel: 'Besetztlampen-Tasten',
    empty: 'Keine Besetztlampen-Tasten',
    emptyHint: 'Ihr Administrator kann Besetztlampen-Tasten (BLF) bereitstellen.',
    keyLabel: '{{label}} ({{target}}), {{lamp}}',
    note: 'Die Lampe zeigt, ob die Kollegin oder der Kollege frei ist, angerufen wird oder telefoniert. Eine Taste ruft ihr Ziel an.',
    callHint: '{{label}} anrufen',
    failedHint: '{{label}} anrufen. Die Lampe ist nicht verfügbar: {{reason}}',
    lamp: {
      off: 'Keine Lampe',
      pending: 'Verbinde …',
      idle: 'Frei',
      ringing: 'Klingelt',
      busy: 'Besetzt',
      failed: 'Nicht verfügbar',
    },
    loadFailed: 'Die Besetztlampen-Tasten konnten nicht geladen werden: {{message}}',
  },
};
