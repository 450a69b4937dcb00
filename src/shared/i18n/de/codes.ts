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
    fetchWording: {
      provisioningServer: 'Provisionierungsserver',
      provisioningAddress: 'Provisionierungsadresse',
      provisioningFile: 'Provisionierungsdatei',
      provisioningAllowInsecureHttp:
        'Einstellungen › Funktionen › Provisionierung › „Unverschlüsseltes HTTP für die Bereitstellung erlauben“',
    },
    fetchUnit: { MB: 'MB', KB: 'KB', bytes: 'Byte' },
    fetch: {
      untrusted:
        'Dem $t(codes.fetchWording.{{wording}}Server) {{url}} wird nicht vertraut: $t(codes.connection.{{problem}}) ({{code}}). Fügen Sie das PBX-Zertifikat unter Einstellungen › Erweitert › TLS hinzu, oder bitten Sie Ihren Administrator, das Zertifikat des Servers zu prüfen.',
      timeout:
        'Der $t(codes.fetchWording.{{wording}}Server) {{url}} hat nicht rechtzeitig geantwortet. Prüfen Sie die Adresse und versuchen Sie es später erneut.',
      unreachable:
        '{{url}} ist nicht erreichbar: $t(codes.connection.{{problem}}). Prüfen Sie die $t(codes.fetchWording.{{wording}}Address) und die Netzwerkverbindung dieses Computers.',
      tls: 'Die sichere Verbindung zu {{url}} ist fehlgeschlagen ({{code}}): Prüfen Sie die Einstellungen für TLS-Protokoll und Verschlüsselung. Prüfen Sie die $t(codes.fetchWording.{{wording}}Address) und die Netzwerkverbindung dieses Computers.',
      failed:
        'Die Verbindung zu {{url}} ist fehlgeschlagen: {{detail}}. Prüfen Sie die $t(codes.fetchWording.{{wording}}Address) und die Netzwerkverbindung dieses Computers.',
      httpStatus:
        'Der $t(codes.fetchWording.{{wording}}Server) hat für {{url}} mit {{status}}{{reason}} geantwortet. $t(codes.fetchAdvice.{{advice}})',
      credentialsRefused:
        'Der $t(codes.fetchWording.{{wording}}Server) {{url}} hat den Benutzernamen oder das Passwort nicht akzeptiert. Prüfen Sie beides und versuchen Sie es erneut.',
      credentialsNeeded:
        'Der $t(codes.fetchWording.{{wording}}Server) {{url}} verlangt einen Benutzernamen und ein Passwort. Geben Sie beides ein und versuchen Sie es erneut.',
      noAnswerWithin:
        'Der $t(codes.fetchWording.{{wording}}Server) {{url}} hat nicht innerhalb von {{seconds}} s geantwortet. Prüfen Sie die Adresse, oder versuchen Sie es später erneut.',
      tooManyRedirects:
        'Der $t(codes.fetchWording.{{wording}}Server) {{url}} hat mehr als {{max}}-mal weitergeleitet. Klären Sie die Adresse mit Ihrem Administrator.',
      redirectNeedsPassword:
        'Der $t(codes.fetchWording.{{wording}}Server) hat zu {{url}} weitergeleitet, das ein Passwort verlangt; es wird nicht an einen anderen Server gesendet. Fragen Sie Ihren Administrator nach der direkten Adresse.',
      passwordNotEncrypted:
        '{{url}} ist nicht verschlüsselt; das Passwort wird nicht gesendet. Verwenden Sie eine https://-Adresse oder aktivieren Sie – nur wenn Ihr Administrator Sie darum bittet – $t(codes.fetchWording.{{wording}}AllowInsecureHttp).',
      unsupportedLogin:
        'Der $t(codes.fetchWording.{{wording}}Server) {{url}} verlangt eine Anmeldeart, die das Softphone nicht unterstützt (nur Basic und Digest). Fragen Sie Ihren Administrator.',
      basicOverHttp:
        '{{url}} verlangt das Passwort im Klartext (HTTP Basic) über eine unverschlüsselte Verbindung; das Softphone sendet es nicht. Verwenden Sie die https://-Adresse, oder bitten Sie Ihren Administrator, den Server auf Digest-Authentifizierung umzustellen.',
      redirectInvalid:
        'Der $t(codes.fetchWording.{{wording}}Server) {{url}} hat eine Weiterleitung ohne gültige Adresse gesendet. Bitten Sie Ihren Administrator, den Server zu prüfen.',
      redirectNotWeb:
        'Der $t(codes.fetchWording.{{wording}}Server) {{url}} hat auf eine Adresse weitergeleitet, die keine Webadresse ist. Bitten Sie Ihren Administrator, den Server zu prüfen.',
      redirectDowngrade:
        'Der $t(codes.fetchWording.{{wording}}Server) {{url}} hat auf eine unverschlüsselte Adresse ({{target}}) weitergeleitet; das Softphone folgt ihr nicht. Bitten Sie Ihren Administrator, https zu verwenden.',
      tooLarge:
        'Die $t(codes.fetchWording.{{wording}}File) unter {{url}} ist größer als {{size, number}} $t(codes.fetchUnit.{{sizeUnit}}). Prüfen Sie die Adresse; eine $t(codes.fetchWording.{{wording}}File) ist viel kleiner.',
      closedEarly:
        'Der $t(codes.fetchWording.{{wording}}Server) {{url}} hat die Verbindung geschlossen, bevor die ganze Datei angekommen war. Versuchen Sie es erneut.',
      invalidAddress:
        '„{{url}}“ ist keine gültige $t(codes.fetchWording.{{wording}}Address). Geben Sie sie als https://server/pfad ein.',
      notWebAddress:
        '{{url}} ist keine Webadresse. Geben Sie die $t(codes.fetchWording.{{wording}}Address) als https://server/pfad ein.',
      plainHttp:
        '{{url}} ist nicht verschlüsselt (http). Verwenden Sie eine https://-Adresse oder aktivieren Sie – nur wenn Ihr Administrator Sie darum bittet – $t(codes.fetchWording.{{wording}}AllowInsecureHttp).',
    },
    fetchAdvice: {
      notFound: 'Prüfen Sie die Adresse.',
      forbidden:
        'Der Server erlaubt diesem Benutzer nicht, die Datei abzurufen; fragen Sie Ihren Administrator.',
      serverError:
        'Der Server hat ein Problem; versuchen Sie es später erneut oder fragen Sie Ihren Administrator.',
      other: 'Prüfen Sie die Adresse, oder fragen Sie Ihren Administrator.',
    },
    provisioning: {
      noChanges: 'Provisioniert: keine Änderungen.',
      noChangesInsecure: 'Provisioniert: keine Änderungen (über unverschlüsseltes HTTP).',
      notChanged: '$t(codes.{{reason}}) Es wurde nichts geändert.',
      cannotRead: 'Die Provisionierungsdatei kann nicht gelesen werden: {{detail}}',
      cannotReadLine: 'Die Provisionierungsdatei kann nicht gelesen werden (Zeile {{line}}): {{detail}}',
      cannotReadField: 'Die Provisionierungsdatei kann nicht gelesen werden (Feld {{field}}): {{detail}}',
      cannotReadLineField:
        'Die Provisionierungsdatei kann nicht gelesen werden (Zeile {{line}}, Feld {{field}}): {{detail}}',
      invalidValue: 'Die Provisionierungsdatei enthält einen ungültigen Wert: {{detail}}',
      invalidValueField: 'Die Provisionierungsdatei enthält einen ungültigen Wert ({{field}}): {{detail}}',
      invalidValueCode: 'Die Provisionierungsdatei enthält einen ungültigen Wert: $t(codes.{{cause}})',
      invalidValueFieldCode:
        'Die Provisionierungsdatei enthält einen ungültigen Wert ({{field}}): $t(codes.{{cause}})',
      failed: 'Die Provisionierung ist fehlgeschlagen: {{detail}}.',
      notASecret: '{{key}} ist keine geheime Einstellung; senden Sie sie als normalen Wert.',
      changed: 'Provisioniert: {{summary}}.',
      changedInsecure: 'Provisioniert: {{summary}} (über unverschlüsseltes HTTP).',
    },
    provisioningChanges: {
      settings_one: '{{count}} Einstellung geändert',
      settings_other: '{{count}} Einstellungen geändert',
      accountsAdded_one: '{{count}} Konto hinzugefügt',
      accountsAdded_other: '{{count}} Konten hinzugefügt',
      accountsUpdated_one: '{{count}} Konto aktualisiert',
      accountsUpdated_other: '{{count}} Konten aktualisiert',
      accountsRemoved_one: '{{count}} Konto entfernt',
      accountsRemoved_other: '{{count}} Konten entfernt',
      contactSources_one: '{{count}} Kontaktquelle geändert',
      contactSources_other: '{{count}} Kontaktquellen geändert',
      blfKeys: 'BLF-Tasten belegt ({{count}})',
    },
    settings: {
      noSuchSetting: 'Es gibt keine Einstellung „{{key}}“.',
      noSuchSecret: 'Es gibt keine geheime Einstellung „{{key}}“.',
      secretAsValue: 'Das Geheimnis {{key}} kann nicht als normaler Wert provisioniert werden.',
      locked:
        '„{{setting, settingLabel}}“ wird von Ihrem Provisionierungsserver festgelegt und kann hier nicht geändert werden.',
      invalid: '„{{setting, settingLabel}}“ $t(codes.settingProblem.{{problem}}).',
    },
    settingProblem: {
      oneOf: 'muss einer dieser Werte sein: {{values}}',
      wholeNumber: 'muss eine ganze Zahl sein',
      atLeast: 'muss mindestens {{min}} sein',
      atMost: 'darf höchstens {{max}} sein',
      tooLong: 'darf höchstens {{max}} Zeichen lang sein',
      control: 'darf keine Steuerzeichen enthalten',
      empty: 'darf nicht leer sein',
      host: 'muss ein Hostname oder eine IP-Adresse sein',
      hostPort: 'muss „Host“ oder „Host:Port“ sein',
      url: 'muss eine http(s)-URL sein',
      wsUrl: 'muss eine ws://- oder wss://-URL sein',
      phone: 'muss eine Telefonnummer sein',
      email: 'muss eine E-Mail-Adresse sein',
      duplicate: 'darf keinen Eintrag wiederholen',
      tooMany: 'darf höchstens {{max}} Einträge haben',
    },
    media: {
      noWindow: 'Es ist kein Fenster geöffnet, das den Ton verarbeiten kann.',
      noAnswer: 'Die Audio-Engine hat auf {{method}} nicht rechtzeitig geantwortet.',
      failed: 'Die Audio-Anfrage ist fehlgeschlagen.',
      windowClosed: 'Das Fenster, das den Ton verarbeitet hat, wurde geschlossen.',
    },
    links: {
      notWaiting: 'Dieser Link wartet nicht mehr auf eine Bestätigung.',
    },
    app: {
      internal: 'In der App ist ein Fehler aufgetreten. Die Einzelheiten stehen in der Protokolldatei.',
    },
    provisioningUrl: {
      noServer:
        'Es ist kein Provisionierungsserver eingestellt. Geben Sie die Adresse ein, die Sie von Ihrem Administrator erhalten haben.',
      notWebAddress:
        '„{{address}}“ ist keine Webadresse. Geben Sie z. B. https://pbx.example.com/provisioning ein.',
      schemeNotSupported: 'Adressen mit „{{scheme}}“ werden nicht unterstützt; verwenden Sie https://.',
    },
    certificate: {
      unreadable: 'Die Zertifikatsdatei {{file}} kann nicht gelesen werden ({{why}}).',
      invalidInline: 'Das Zertifikat ist nicht lesbar (PEM oder DER).',
      invalidFile: 'Die Datei {{file}} ist kein lesbares Zertifikat (PEM oder DER).',
    },
  },
};
