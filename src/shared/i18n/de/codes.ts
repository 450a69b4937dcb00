import type { codesEn } from '../en/codes';
import type { SameKeys } from '../same-keys';

/** German texts of the codes main sends; the type forces exactly the keys of en/codes.ts. */
export const codesDe: SameKeys<typeof codesEn> = {
  codes: {
    ldap: {
      credentials:
        'Der LDAP-Server {{server}} hat den Benutzernamen oder das Passwort abgelehnt. Prüfen Sie beides in den LDAP-Einstellungen.',
      access:
        'Der LDAP-Server {{server}} erlaubt diesem Benutzer nicht, das Verzeichnis zu durchsuchen. Bitten Sie den Administrator um Lesezugriff.',
      encryptionRequired:
        'Der LDAP-Server {{server}} verlangt eine verschlüsselte Verbindung. Schalten Sie TLS (LDAPS oder StartTLS) in den LDAP-Einstellungen ein.',
      certificateName:
        'Das TLS-Zertifikat des LDAP-Servers {{server}} nennt diesen Host nicht ({{detail}}). Geben Sie den Server unter einem Namen aus seinem Zertifikat ein, oder schalten Sie „TLS-Zertifikat ignorieren“ ein, wenn Sie diesem Netz vertrauen.',
      certificateUntrusted:
        'Dem TLS-Zertifikat des LDAP-Servers {{server}} wird nicht vertraut ({{detail}}). Fügen Sie sein CA-Zertifikat hinzu, oder schalten Sie „TLS-Zertifikat ignorieren“ ein, wenn Sie diesem Netz vertrauen.',
      noStartTls:
        'Der LDAP-Server {{server}} unterstützt kein StartTLS. Wählen Sie LDAPS oder keine Verschlüsselung.',
      handshake:
        'Der TLS-Verbindungsaufbau mit dem LDAP-Server {{server}} ist fehlgeschlagen. Prüfen Sie die Sicherheitseinstellung und den Port (LDAPS meist 636, StartTLS 389).',
      timeout:
        'Der LDAP-Server {{server}} hat nicht rechtzeitig geantwortet. Prüfen Sie das Netzwerk oder grenzen Sie die Suche ein.',
      unreachable:
        'Der LDAP-Server {{server}} ist nicht erreichbar ({{detail}}). Prüfen Sie Host, Port und Netzwerk.',
      noSearchBase:
        'Der LDAP-Server {{server}} kennt die Suchbasis (DC / Basis-DN) nicht. Prüfen Sie sie in den LDAP-Einstellungen.',
      refused: 'Der LDAP-Server {{server}} hat die Suche abgelehnt: {{detail}}',
    },
    connection: {
      selfSigned: 'sein Zertifikat ist selbst signiert und nicht vertrauenswürdig',
      selfSignedRoot:
        'seine Zertifikatskette endet in einer selbst signierten Stammzertifizierungsstelle, der nicht vertraut wird',
      untrustedIssuer: 'sein Zertifikat stammt von einer Zertifizierungsstelle, der nicht vertraut wird',
      unknownIssuer: 'der Aussteller seines Zertifikats ist unbekannt',
      expired: 'sein Zertifikat ist abgelaufen',
      notYetValid: 'sein Zertifikat ist noch nicht gültig (prüfen Sie die Uhr dieses Computers)',
      otherName: 'sein Zertifikat ist für einen anderen Namen ausgestellt',
      revoked: 'sein Zertifikat wurde widerrufen',
      badSignature: 'die Signatur seines Zertifikats ist ungültig',
      untrusted: 'seinem Zertifikat wird nicht vertraut',
      rejected: 'sein Zertifikat wurde abgelehnt',
      invalidAuthority: 'ein Zertifikat seiner Kette ist keine gültige Zertifizierungsstelle',
      wrongPurpose: 'sein Zertifikat darf nicht für einen Server verwendet werden',
      chainTooLong: 'seine Zertifikatskette ist zu lang',
      refused: 'die Verbindung wurde abgewiesen (läuft der Server, und stimmt der Port?)',
      hostNotFound: 'der Hostname wurde nicht gefunden',
      hostUnreachable: 'der Host ist nicht erreichbar',
      closed: 'der Server hat die Verbindung geschlossen',
      networkUnreachable: 'das Netzwerk ist nicht erreichbar (ist dieser Computer online?)',
      networkDown: 'das Netzwerk ist ausgefallen (ist dieser Computer online?)',
      lookupFailed: 'der Hostname konnte nicht aufgelöst werden (ist dieser Computer online?)',
      noAnswer: 'keine Antwort in der vorgesehenen Zeit',
      secureConnectionFailed: 'die sichere Verbindung ist fehlgeschlagen',
    },
    sipConnection: {
      untrusted:
        '{{server}} ist nicht vertrauenswürdig: $t(codes.connection.{{problem}}) ({{code}}). Importieren Sie das Zertifikat der Telefonanlage unter Verschlüsselung, oder lassen Sie das Zertifikat des Servers prüfen.',
      unreachable: '{{server}} ist nicht erreichbar: $t(codes.connection.{{problem}}).',
      timeout: '{{server}} hat nicht rechtzeitig geantwortet ({{code}}).',
      tls: 'Die sichere Verbindung zu {{server}} ist fehlgeschlagen ({{code}}): Prüfen Sie die Einstellungen für TLS-Protokoll und Verschlüsselungsverfahren.',
      httpRefused:
        '{{server}} hat die WebSocket-Verbindung abgelehnt (HTTP {{status}}): Prüfen Sie die Adresse des WebSocket-Servers.',
      noSubprotocol:
        '{{server}} bietet kein SIP über WebSocket an (kein „sip“-Subprotokoll): Prüfen Sie die Adresse des WebSocket-Servers.',
      invalidAddress: '{{server}} ist keine gültige WebSocket-Adresse.',
      notWebSocket: '{{server}} ist keine ws://- oder wss://-Adresse.',
      failed: 'Die Verbindung zu {{server}} ist fehlgeschlagen: {{detail}}.',
      keepAliveLost: '{{server}} antwortet nicht mehr auf Keep-alives; die Verbindung ist verloren.',
      connectTimeout: '{{server}} hat nicht innerhalb von {{seconds}} s geantwortet.',
      closedEarly: '{{server}} hat die Verbindung geschlossen, bevor sie bereit war (Code {{code}}).',
      closed: '{{server}} hat die Verbindung geschlossen (Code {{code}}).',
    },
    registration: {
      wrongCredentials: 'Benutzername oder Passwort falsch ({{status}})',
      noPassword: 'Für dieses Konto ist kein Passwort gesetzt ({{status}})',
      noAnswer: 'Der Server hat auf die Registrierung nicht geantwortet ({{status}})',
      noAnswerInTime: 'Der Server hat auf die Registrierung nicht geantwortet',
      unavailable: 'Der Server kann Sie gerade nicht registrieren ({{status}})',
      refused: 'Der Server hat die Registrierung abgelehnt ({{status}}); prüfen Sie die Kontoeinstellungen',
      sendFailed: 'Die Registrierung konnte nicht gesendet werden: {{detail}}',
    },
    dial: {
      empty: 'Geben Sie eine Rufnummer oder SIP-Adresse ein.',
      controlCharacters: 'Die Nummer enthält unsichtbare Steuerzeichen. Geben Sie sie erneut ein.',
      letters:
        'Eine Telefonnummer darf nur Ziffern, *, # und ein führendes + enthalten. Prüfen Sie die Nummer.',
      badUri: 'Diese SIP-Adresse ist ungültig. Verwenden Sie die Form name@domain.',
      tooLong: 'Die Nummer ist zu lang zum Wählen.',
      notSipAddress: 'Diese Nummer kann nicht als SIP-Adresse gewählt werden.',
      noAccount: 'Kein angemeldetes Konto kann den Anruf tätigen. Melden Sie sich zuerst bei einem Konto an.',
    },
    subscription: {
      refused: 'Die Telefonanlage hat das Abonnement abgelehnt ({{status}})',
      renewRefused: 'Die Telefonanlage hat die Verlängerung des Abonnements abgelehnt ({{status}})',
      ended: 'Die Telefonanlage hat das Abonnement beendet',
      endedWith: 'Die Telefonanlage hat das Abonnement beendet ({{reason}})',
      noState: 'Die Telefonanlage hat das Abonnement angenommen, aber keinen Zustand gesendet',
    },
    blf: {
      notTarget: '„{{target}}“ ist weder eine Nebenstelle noch eine SIP-Adresse',
      noDomain: 'Das Konto hat keine Domain, unter der Nebenstellen beobachtet werden können',
      subscribeFailed: 'Abonnieren nicht möglich: {{detail}}',
    },
    call: {
      holdRefused: 'Die Gegenseite hat das Halten nicht angenommen. Versuchen Sie es erneut.',
      resumeRefused: 'Die Gegenseite hat das Fortsetzen nicht angenommen. Versuchen Sie es erneut.',
      noVoicemailNumber:
        'Für dieses Konto ist keine Mailbox-Rufnummer für Weiterleitungen eingestellt. Tragen Sie sie unter „Vorkonfigurierte Rufnummern“ ein.',
      notRegistered: 'Das Konto ist nicht angemeldet.',
      voicemailRefused: 'Die Gegenseite hat die Weiterleitung an die Mailbox abgelehnt.',
      keyPressesFailed: 'Die Tastentöne konnten in diesem Anruf nicht gesendet werden.',
      ended: 'Dieser Anruf ist bereits beendet.',
      notPossible:
        '$t(codes.callAction.{{action}}) ist nicht möglich: Der Anruf $t(codes.callState.{{state}}).',
    },
    callAction: {
      transfer: 'Weiterleiten',
      answer: 'Annehmen',
      reject: 'Ablehnen',
      hold: 'Halten',
      resume: 'Fortsetzen',
      mute: 'Stummschalten',
      switchSpeaker: 'Umschalten des Lautsprechers',
      sendKeys: 'Senden von Tastentönen',
      measure: 'Messen der Verbindungsqualität',
    },
    /** Completes „Der Anruf …“. */
    callState: {
      dialing: 'wird gerade gewählt',
      ringing: 'klingelt noch bei der Gegenseite',
      incoming: 'ist noch nicht angenommen',
      active: 'ist bereits verbunden',
      held: 'wird gehalten',
      ended: 'ist bereits beendet',
    },
    accountConfig: {
      notHostPort: '„{{value}}“ ist weder ein Hostname noch eine Angabe der Form Host:Port.',
      noCertificateFile:
        'Unter Verschlüsselung ist die Verwendung eines Zertifikats eingestellt, aber keine Zertifikatsdatei gewählt. Wählen Sie die aus der Telefonanlage exportierte Datei.',
      noDomain:
        'Das Konto hat keine Domain. Geben Sie die Adresse der Telefonanlage unter „SIP-Zugangsdaten“ ein.',
      noUserName: 'Das Konto hat keinen Benutzernamen. Geben Sie ihn unter „SIP-Zugangsdaten“ ein.',
      transportUnsupported:
        'Das Transportprotokoll {{transport}} wird noch nicht unterstützt; nur WSS funktioniert. Wählen Sie WSS unter „Netzwerk > Transportprotokoll“.',
      notWebSocket:
        '„{{server}}“ ist keine ws://- oder wss://-Adresse. Prüfen Sie die Einstellung „WebSocket-Server“.',
      certificateUnreadable: 'Die Zertifikatsdatei {{file}} kann nicht gelesen werden ({{why}}).',
      certificateFileInvalid: 'Die Datei {{file}} ist kein lesbares Zertifikat (PEM oder DER).',
      certificateInvalid: 'Das Zertifikat ist nicht lesbar (weder PEM noch DER).',
    },
    accounts: {
      notFound: 'Es gibt kein Konto „{{id}}“.',
      listedTwice: 'Das Konto „{{account}}“ ist doppelt aufgeführt.',
      passwordAsSetting: 'Geben Sie das Passwort im Passwortfeld an, nicht als Einstellung.',
      passwordNotSetting: 'Das Passwort ist keine Einstellung; übermitteln Sie es als Passwort.',
      provisionedSetting: 'Konto „{{account}}“, {{setting}}: {{detail}}',
      provisionedSettingCoded: 'Konto „{{inAccount}}“, {{inSetting}}: $t(codes.{{detailKey}})',
    },
    history: {
      gone: 'Dieser Anruf ist nicht mehr in der Anrufliste.',
    },
    csvRow: {
      tooFewColumns:
        'Zeile {{row}}: {{cells}} Spalten, aber die Kopfzeile hat {{headers}} — prüfen Sie Trennzeichen und Anführungszeichen in dieser Zeile.',
      tooManyColumns:
        'Zeile {{row}}: {{cells}} Spalten, aber die Kopfzeile hat {{headers}} — ein Wert enthält wahrscheinlich das Trennzeichen ohne Anführungszeichen.',
      noPhone:
        'Zeile {{row}}: keine Telefonnummer (die Spalten {{columns}} sind leer) — mindestens eine Nummer ist nötig.',
      noPhoneUnassigned:
        'Zeile {{row}}: keine Telefonnummer (keine Spalte ist zugeordnet) — mindestens eine Nummer ist nötig.',
      noName:
        'Zeile {{row}}: weder Nachname noch Anzeigename noch Firma (die Spalten {{columns}} sind leer) — mindestens eines davon ist nötig.',
      noNameUnassigned:
        'Zeile {{row}}: weder Nachname noch Anzeigename noch Firma (keine Spalte ist zugeordnet) — mindestens eines davon ist nötig.',
      notANumber: 'Zeile {{row}}: „{{number}}“ in der Spalte „{{column}}“ ist keine Telefonnummer.',
      tooLong: 'Zeile {{row}}: Die Spalte „{{column}}“ ist länger als {{max}} Zeichen.',
      quotes: 'Zeile {{row}}: {{detail}} — prüfen Sie die Anführungszeichen (") in dieser Zeile.',
    },
    /** Why main refused a settings change (main/settings/setting-catalog.ts). */
    settings: {
      notAvailable: 'Diese Einstellung ist noch nicht verfügbar und lässt sich daher nicht ändern.',
    },
  },
};
