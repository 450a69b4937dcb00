import type { SameKeys } from '../same-keys';
import type { provisioningEn } from '../en/provisioning';

/** German strings of provisioning and the first-run assistant; the type forces exactly the keys of en/provisioning.ts. */
export const provisioningDe: SameKeys<typeof provisioningEn> = {
  provisioning: {
    failure: {
      config: {
        what: 'Die Provisionierungsadresse fehlt oder ist ungültig.',
        hint: 'Geben Sie die Adresse der Telefonanlage oder den Link von Ihrem Administrator ein.',
      },
      insecure: {
        what: 'Die Adresse verwendet keine sichere Verbindung (https).',
        hint: 'Verwenden Sie die https://-Adresse von Ihrem Administrator. Nur wenn Ihr Administrator es Ihnen sagt, schalten Sie unter Einstellungen › Konten › Provisionierung › „Unverschlüsseltes HTTP für die Provisionierung erlauben“ ein.',
      },
      unreachable: {
        what: 'Der Provisionierungsserver ist nicht erreichbar.',
        hint: 'Prüfen Sie die Adresse und Ihre Netzwerkverbindung.',
      },
      timeout: {
        what: 'Der Provisionierungsserver hat nicht rechtzeitig geantwortet.',
        hint: 'Versuchen Sie es später erneut. Wenn das wieder passiert, wenden Sie sich an Ihren Administrator.',
      },
      certificate: {
        what: 'Das Zertifikat des Servers wurde nicht akzeptiert.',
        hint: 'Ihr Administrator muss Ihnen das Zertifikat der Telefonanlage geben; fügen Sie es unter Einstellungen › Netzwerk und Sicherheit › Sichere Verbindung (TLS) hinzu.',
      },
      auth: {
        what: 'Benutzername oder Passwort wurde nicht akzeptiert.',
        hint: 'Prüfen Sie Benutzername und Passwort.',
      },
      http: {
        what: 'Der Server hat mit einem Fehler geantwortet.',
        whatStatus: 'Der Server hat mit dem HTTP-Status {{status}} geantwortet.',
        hint: 'Prüfen Sie die Adresse. Ist sie richtig, wenden Sie sich an Ihren Administrator.',
      },
      redirects: {
        what: 'Der Server hat zu oft weitergeleitet.',
        hint: 'Prüfen Sie die Adresse oder wenden Sie sich an Ihren Administrator.',
      },
      tooLarge: {
        what: 'Die Konfigurationsdatei ist zu groß.',
        hint: 'Wenden Sie sich an Ihren Administrator.',
      },
      format: {
        what: 'Die Konfigurationsdatei konnte nicht gelesen werden.',
        hint: 'Die Konfigurationsdatei des Servers ist fehlerhaft; wenden Sie sich an Ihren Administrator.',
      },
      invalid: {
        what: 'Die Konfiguration enthält Werte, die das Softphone nicht verwenden kann.',
        hint: 'Die Konfigurationsdatei des Servers ist fehlerhaft; wenden Sie sich an Ihren Administrator.',
      },
      secretStore: {
        what: 'Das Passwort konnte nicht im Schlüsselbund des Systems gespeichert werden.',
        hint: 'Entsperren Sie Ihren Schlüsselbund oder melden Sie sich neu an und versuchen Sie es dann erneut.',
      },
      other: {
        what: 'Die Provisionierung ist fehlgeschlagen.',
        hint: 'Versuchen Sie es erneut. Wenn das wieder passiert, wenden Sie sich an Ihren Administrator.',
      },
    },
    changes: {
      settings_one: '{{count}} Einstellung',
      settings_other: '{{count}} Einstellungen',
      added_one: '{{count}} Konto hinzugefügt',
      added_other: '{{count}} Konten hinzugefügt',
      updated_one: '{{count}} Konto aktualisiert',
      updated_other: '{{count}} Konten aktualisiert',
      removed_one: '{{count}} Konto entfernt',
      removed_other: '{{count}} Konten entfernt',
      sources_one: '{{count}} Kontaktquelle geändert',
      sources_other: '{{count}} Kontaktquellen geändert',
      blf_one: '{{count}} BLF-Taste gesetzt',
      blf_other: '{{count}} BLF-Tasten gesetzt',
      none: 'Keine Änderungen',
    },
    notice: {
      transportNotUsable:
        'Konto {{account}}: Die Telefonanlage verlangt SIP über {{transport}} ({{key}}), das dieses Telefon noch nicht nutzen kann; das Konto verwendet WebSocket (WSS).',
      srtpSdes:
        'Konto {{account}}: Die Telefonanlage verlangt SRTP mit SDES-Schlüsseln ({{key}}), das dieses Telefon noch nicht nutzen kann; Gespräche werden mit DTLS-SRTP verschlüsselt.',
      srtpOptional:
        'Konto {{account}}: Die Telefonanlage macht SRTP optional ({{key}}), was dieses Telefon noch nicht anbieten kann; Gespräche werden immer mit DTLS-SRTP verschlüsselt.',
      srtpOff:
        'Konto {{account}}: Die Telefonanlage verlangt unverschlüsselte Sprache ({{key}}), was dieses Telefon nicht nutzen kann; Gespräche werden mit DTLS-SRTP verschlüsselt.',
      sipPortNotUsed:
        'Konto {{account}}: Der SIP-Port {{port}} ({{key}}) gehört zu einer Verbindung, die dieses Telefon noch nicht nutzen kann; die Domäne ist {{domain}}, das Konto verbindet sich per WebSocket.',
      storedNotUsed: '„{{setting}}“ ({{key}}) ist gespeichert, wird vom Telefon aber noch nicht verwendet.',
    },
    status: {
      title: 'Stand',
      notConfigured:
        'Es ist kein Provisionierungsserver eingestellt. Tragen Sie unten die Adresse von Ihrem Administrator ein.',
      never: 'Noch nicht provisioniert.',
      running: 'Wird provisioniert …',
      lastAttempt: 'Letzter Versuch',
      server: 'Serveradresse',
      result: 'Ergebnis',
      ok: 'Erfolgreich',
      failed: 'Fehlgeschlagen',
      changes: 'Änderungen',
      notices: 'Anders übernommen',
      unknownKeys: 'Unbekannte Einträge',
      unknownKeysNone: 'Keine',
      unknownKeysCount_one: '{{count}} Eintrag ignoriert',
      unknownKeysCount_other: '{{count}} Einträge ignoriert',
      unknownKeysHint: 'Die Konfigurationsdatei enthält Einträge, die dieses Softphone nicht kennt:',
      provisionNow: 'Jetzt provisionieren',
      loading: 'Provisionierungsstand wird geladen …',
      done: 'Provisionierung abgeschlossen: {{changes}}.',
      failedAnnounce: 'Provisionierung fehlgeschlagen. {{what}} {{hint}}',
      insecureWarning:
        'Unverschlüsseltes HTTP ist für die Provisionierung erlaubt: Bei einer http://-Adresse werden Passwörter und die Konfiguration unverschlüsselt über das Netzwerk übertragen.',
    },
  },
  firstRun: {
    title: 'Softphone einrichten',
    intro:
      'Geben Sie die Adresse Ihrer Telefonanlage oder den Provisionierungslink von Ihrem Administrator ein, dazu Ihren Benutzernamen und Ihr Passwort.',
    url: 'Adresse der Telefonanlage oder Provisionierungslink',
    urlPlaceholder: 'pbx.example.com oder https://…',
    urlMissing: 'Geben Sie die Adresse der Telefonanlage oder den Provisionierungslink ein.',
    user: 'Benutzername',
    password: 'Passwort',
    accessKey: 'Dieser Link enthält einen Zugangsschlüssel: Benutzername und Passwort sind nicht nötig.',
    insecureRefused:
      'Diese Adresse ist nicht verschlüsselt (http://) und wird abgelehnt. Verwenden Sie die https://-Adresse oder erlauben Sie sie – nur wenn Ihr Administrator es Ihnen sagt – unter Einstellungen › Konten › Provisionierung › „Unverschlüsseltes HTTP für die Provisionierung erlauben“.',
    insecureAllowed:
      'Diese Adresse ist nicht verschlüsselt (http://). Unverschlüsseltes HTTP ist in den Einstellungen erlaubt, daher wird die Konfiguration samt Ihren SIP-Passwörtern unverschlüsselt über das Netzwerk übertragen. Ihr Passwort wird nur gesendet, wenn der Server die Digest-Anmeldung nutzt, nie als einfaches HTTP Basic.',
    userMissing: 'Geben Sie Ihren Benutzernamen ein.',
    passwordMissing: 'Geben Sie Ihr Passwort ein.',
    optional: '(kann leer bleiben)',
    remember: 'Angemeldet bleiben',
    rememberHint: 'Speichert Benutzername und Passwort, um die Konfiguration später erneut abzurufen.',
    everyStart: 'Bei jedem Start provisionieren',
    everyStartHint: 'Ruft die Konfiguration bei jedem Start des Softphones ab.',
    submit: 'Einrichten',
    running: 'Wird eingerichtet …',
    manual: 'Konto manuell einrichten',
    settings: 'Einstellungen',
    fixErrors: 'Einige Felder müssen noch ausgefüllt werden; siehe die markierten Felder.',
    done: 'Einrichtung abgeschlossen: {{changes}}.',
    failed: 'Einrichtung fehlgeschlagen. {{what}} {{hint}}',
  },
  // Unverschlüsselte Verbindungen (Issue #10): was unverschlüsselt übertragen wird und was stattdessen.
};
