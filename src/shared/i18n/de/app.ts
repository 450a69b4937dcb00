import type { SameKeys } from '../same-keys';
import type { appEn } from '../en/app';

/** German strings of the app shell: loading, connection to main, status bar, problems, contract errors, cleartext warnings; the type forces exactly the keys of en/app.ts. */
export const appDe: SameKeys<typeof appEn> = {
  app: {
    name: 'Softphone',
    loading: 'Wird geladen …',
  },
  connection: {
    connecting: 'Verbindung zum Telefon wird hergestellt …',
    lost: 'Verbindung zum Telefon unterbrochen. Neuer Versuch läuft …',
    restored: 'Verbindung zum Telefon wiederhergestellt.',
    tokenMissing:
      'Diese Seite wurde ohne Zugangsschlüssel geöffnet. Öffnen Sie den Link, den die Web-Shell beim Start ausgegeben hat.',
  },
  statusBar: {
    label: 'Statusleiste',
    notConnected: 'Keine Verbindung zum Telefon',
    noAccount: 'Kein Konto eingerichtet',
    summary: '{{registered}} von {{count}} Konten registriert',
    openSettings: 'Einstellungen',
    tlsUnverified:
      'Die Zertifikatsprüfung ist aus: Andere im Netz könnten mithören. Schalten Sie sie unter Einstellungen › Netzwerk und Sicherheit › Sichere Verbindung (TLS) ein.',
  },
  problems: {
    wholeNumber: 'Geben Sie eine ganze Zahl von {{min}} bis {{max}} ein.',
    tooLong: 'Verwenden Sie höchstens {{max}} Zeichen.',
    empty: 'Dieses Feld darf nicht leer sein.',
    control: 'Entfernen Sie die Steuerzeichen.',
    host: 'Geben Sie einen Hostnamen oder eine IP-Adresse ein.',
    hostPort: 'Geben Sie einen Hostnamen oder eine IP-Adresse ein, optional gefolgt von :Port.',
    url: 'Geben Sie eine Adresse ein, die mit http:// oder https:// beginnt.',
    wsUrl: 'Geben Sie eine Adresse ein, die mit ws:// oder wss:// beginnt.',
    phone: 'Geben Sie eine Rufnummer ein (Ziffern, +, *, #).',
    email: 'Geben Sie eine E-Mail-Adresse ein.',
    option: 'Wählen Sie einen der angebotenen Werte.',
    duplicate: 'Jeder Eintrag darf nur einmal vorkommen.',
    tooMany: 'Verwenden Sie höchstens {{max}} Einträge.',
    invalid: 'Dieser Wert ist ungültig.',
  },
  errors: {
    withField: '{{field}}: {{what}} {{hint}}',
    general: '{{what}} {{hint}}',
    UNKNOWN_METHOD: {
      what: 'Das Telefon hat die Anfrage nicht verstanden.',
      hint: 'Aktualisieren Sie die App. Wenn das wieder passiert, melden Sie es bitte.',
    },
    INVALID_PARAMS: {
      what: 'Die Anfrage war fehlerhaft.',
      hint: 'Laden Sie das Fenster neu. Wenn das wieder passiert, melden Sie es bitte.',
    },
    VALIDATION: {
      what: 'Der Wert wurde abgelehnt ({{detail}}).',
      hint: 'Korrigieren Sie den Wert und versuchen Sie es erneut.',
    },
    NOT_FOUND: {
      what: 'Der Eintrag existiert nicht mehr.',
      hint: 'Er wurde vielleicht in einem anderen Fenster gelöscht. Schließen Sie diese Ansicht.',
    },
    LOCKED: {
      what: 'Dieser Wert ist provisioniert.',
      hint: 'Bitten Sie Ihren Administrator, ihn zu ändern.',
    },
    SECRET_STORE: {
      what: 'Der Schlüsselbund des Systems konnte nicht verwendet werden.',
      hint: 'Entsperren Sie den Schlüsselbund oder melden Sie sich neu an und versuchen Sie es erneut.',
    },
    UNAVAILABLE: {
      what: 'Das Telefon ist gerade nicht erreichbar.',
      hint: 'Warten Sie, bis die Verbindung wieder steht, und versuchen Sie es erneut.',
    },
    INTERNAL: {
      what: 'Im Telefon ist ein Fehler aufgetreten.',
      hint: 'Versuchen Sie es erneut. Wenn das wieder passiert, starten Sie die App neu.',
    },
  },
  cleartext: {
    ldap: {
      credentials:
        'Diese Verbindung ist nicht verschlüsselt: Andere im Netz könnten das Bind-Passwort und alle Verzeichniseinträge mitlesen. Wählen Sie StartTLS oder LDAPS, wenn das Verzeichnis es anbietet.',
      entries:
        'Diese Verbindung ist nicht verschlüsselt: Andere im Netz könnten Ihre Suchen und die gefundenen Verzeichniseinträge mitlesen. Wählen Sie StartTLS oder LDAPS, wenn das Verzeichnis es anbietet.',
    },
    sipEditor:
      'Der WebSocket-Server ist nicht verschlüsselt (ws://): Andere im Netz könnten die SIP-Signalisierung mitlesen, auch die Anmeldung und wen Sie anrufen. Verwenden Sie eine wss://-Adresse, wenn Ihre Telefonanlage sie anbietet.',
    sipRow:
      'Nicht verschlüsselt (ws://): Andere im Netz könnten die Signalisierung mitlesen und sehen, wen Sie anrufen.',
    provisioningLast:
      'Die letzte Provisionierung nutzte eine unverschlüsselte Adresse (http://): Andere im Netz könnten die Konfiguration samt SIP-Passwörtern mitlesen und unterwegs verändern. Fragen Sie Ihren Administrator nach der https://-Adresse.',
  },
};
