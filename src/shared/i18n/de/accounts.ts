import type { SameKeys } from '../same-keys';
import type { accountsEn } from '../en/accounts';

/** German strings of SIP accounts: list, registration states and failures, the account editor; the type forces exactly the keys of en/accounts.ts. */
export const accountsDe: SameKeys<typeof accountsEn> = {
  accounts: {
    heading: 'Konten',
    empty: 'Noch kein SIP-Konto',
    emptyHint: 'Fügen Sie das SIP-Konto von Ihrem Administrator hinzu, um zu telefonieren.',
    add: 'Konto hinzufügen',
    setUp: 'Automatisch einrichten',
    setUpHint: 'Konten und Einstellungen von Ihrer Telefonanlage abrufen.',
    edit: 'Konto {{name}} bearbeiten',
    fallbackName: 'Konto {{id}}',
    state: {
      registered: 'Registriert',
      registering: 'Wird registriert …',
      unregistered: 'Nicht registriert',
      failed: 'Registrierung fehlgeschlagen',
    },
    failedReason: 'Registrierung fehlgeschlagen: {{reason}}',
    stateChanged: '{{name}}: {{state}}',
    failure: {
      auth: {
        what: 'Benutzername oder Passwort ist falsch.',
        hint: 'Prüfen Sie die Zugangsdaten des Kontos.',
      },
      unreachable: {
        what: 'Der Server ist nicht erreichbar.',
        hint: 'Prüfen Sie die Serveradresse und Ihre Netzwerkverbindung.',
      },
      certificate: {
        what: 'Das Zertifikat des Servers wurde nicht akzeptiert.',
        hint: 'Prüfen Sie die TLS-Einstellungen des Kontos oder fragen Sie Ihren Administrator nach dem Zertifikat.',
      },
      timeout: {
        what: 'Der Server hat nicht rechtzeitig geantwortet.',
        hint: 'Prüfen Sie Serveradresse und Port und melden Sie sich dann erneut an.',
      },
      rejected: {
        what: 'Der Server hat die Registrierung abgelehnt.',
        hint: 'Fragen Sie Ihren Administrator, ob sich dieses Konto von hier aus registrieren darf.',
      },
      network: { what: 'Es besteht keine Netzwerkverbindung.', hint: 'Prüfen Sie Ihre Netzwerkverbindung.' },
      config: {
        what: 'Die Kontoeinstellungen sind unvollständig oder ungültig.',
        hint: 'Öffnen Sie das Konto und prüfen Sie Server und Zugangsdaten.',
      },
    },
    failureDetail: 'Einzelheiten:',
    login: 'Anmelden',
    logout: 'Abmelden',
    voicemail: 'Mailbox',
    voicemailLabel: 'Mailbox von {{name}} anrufen',
    voicemailNew_one: '{{count}} neue Nachricht',
    voicemailNew_other: '{{count}} neue Nachrichten',
    voicemailWaiting: 'neue Nachrichten',
    voicemailNone: 'keine neuen Nachrichten',
    voicemailLabelWithStatus: 'Mailbox von {{name}} anrufen: {{status}}',
    voicemailStatus: 'Mailbox von {{name}}: {{status}}',
    loginLabel: 'Konto {{name}} anmelden',
    logoutLabel: 'Konto {{name}} abmelden',
    actionFailed: '{{name}}: {{problem}}',
  },
  accountEditor: {
    titleNew: 'Neues Konto',
    titleEdit: 'Konto bearbeiten',
    sectionsLabel: 'Kontoeinstellungen',
    create: 'Konto hinzufügen',
    save: 'Speichern',
    cancel: 'Abbrechen',
    delete: 'Konto löschen',
    confirmTitle: 'Konto löschen?',
    confirmText:
      'Das Konto „{{name}}“ löschen? Seine Einstellungen und das gespeicherte Passwort werden entfernt. Das lässt sich nicht rückgängig machen.',
    confirmYes: 'Löschen',
    confirmNo: 'Konto behalten',
    created: 'Konto {{name}} hinzugefügt.',
    updated: 'Konto {{name}} gespeichert.',
    deleted: 'Konto {{name}} gelöscht.',
    passwordKeep: 'Leer lassen, um das gespeicherte Passwort zu behalten.',
    fixErrors: 'Einige Werte müssen korrigiert werden; siehe markierte Felder.',
    saving: 'Wird gespeichert …',
  },
};
