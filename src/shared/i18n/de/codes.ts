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
    ringtone: {
      missing:
        'Die Klingelton-Datei {{file}} wurde nicht gefunden, deshalb klingelte der eingebaute Klingelton. Wählen Sie die Datei unter Funktionen erneut.',
      notFile:
        'Der Klingelton {{file}} ist keine Datei, deshalb klingelte der eingebaute Klingelton. Wählen Sie unter Funktionen eine Audiodatei.',
      tooLarge:
        'Die Klingelton-Datei {{file}} ist größer als 10 MB, deshalb klingelte der eingebaute Klingelton. Wählen Sie eine kürzere oder komprimierte Datei.',
      unreadable:
        'Die Klingelton-Datei {{file}} kann nicht gelesen werden, deshalb klingelte der eingebaute Klingelton. Prüfen Sie die Zugriffsrechte oder wählen Sie eine andere Datei.',
      notAudio:
        'Die Klingelton-Datei {{file}} ist keine WAV-, MP3-, OGG-, FLAC- oder M4A-Datei, deshalb klingelte der eingebaute Klingelton. Wählen Sie eine Audiodatei.',
      unplayable:
        'Die Klingelton-Datei {{file}} konnte nicht abgespielt werden, deshalb klingelte der eingebaute Klingelton. Wandeln Sie sie in WAV oder MP3 um oder wählen Sie eine andere Datei.',
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
        'Einstellungen › Konten › Provisionierung › „Unverschlüsseltes HTTP für die Provisionierung erlauben“',
    },
    fetchUnit: { MB: 'MB', KB: 'KB', bytes: 'Byte' },
    fetch: {
      untrusted:
        'Dem $t(codes.fetchWording.{{wording}}Server) {{url}} wird nicht vertraut: $t(codes.connection.{{problem}}) ({{code}}). Fügen Sie das PBX-Zertifikat unter Einstellungen › Netzwerk und Sicherheit › Sichere Verbindung (TLS) hinzu, oder bitten Sie Ihren Administrator, das Zertifikat des Servers zu prüfen.',
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
      notAvailable: 'Diese Einstellung ist noch nicht verfügbar und lässt sich daher nicht ändern.',
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
    xmlPhonebook: {
      tooDeep:
        '$t(codes.xmlPhonebook.{{subject}}) verschachtelt Elemente tiefer als {{max}} Ebenen, was kein Telefonbuch braucht. Prüfen Sie die Datei.',
      malformedAt:
        '$t(codes.xmlPhonebook.{{subject}}) ist kein gültiges XML: {{detail}} (Zeile {{line}}, Spalte {{column}}). Prüfen Sie die Datei oder fragen Sie Ihren Administrator.',
      malformed:
        '$t(codes.xmlPhonebook.{{subject}}) konnte nicht als XML gelesen werden: {{detail}}. Prüfen Sie die Datei oder fragen Sie Ihren Administrator.',
      fileTooLarge:
        'Die Telefonbuchdatei {{path}} ist größer als {{max}} Bytes. Prüfen Sie, ob es ein Telefonbuch ist.',
      fileNotFound:
        'Die Telefonbuchdatei {{path}} existiert nicht. Prüfen Sie den Pfad beim XML-Kontaktdienst.',
      fileUnreadable:
        'Die Telefonbuchdatei {{path}} konnte nicht gelesen werden ({{code}}). Prüfen Sie, ob das Softphone sie lesen darf.',
      insecureAddress:
        'Die Telefonbuchadresse {{server}} ist nicht verschlüsselt (http). Verwenden Sie eine https://-Adresse oder erlauben Sie, nur wenn Ihr Administrator es verlangt, unverschlüsseltes HTTP für dieses Telefonbuch.',
      unreadable: 'Das Telefonbuch konnte nicht gelesen werden: {{detail}}.',
      fetchConfig:
        'Die Telefonbuchadresse {{server}} ist nicht verwendbar. Prüfen Sie die Telefonbuchadresse.',
      fetchInsecure:
        'Der Telefonbuchserver {{server}} bietet für diesen Abruf keine verschlüsselte Verbindung; das Softphone verwendet sie nicht. Verwenden Sie eine https://-Adresse oder fragen Sie Ihren Administrator.',
      fetchUnreachable:
        'Der Telefonbuchserver {{server}} ist nicht erreichbar. Prüfen Sie die Telefonbuchadresse und die Netzwerkverbindung dieses Computers.',
      fetchTimeout:
        'Der Telefonbuchserver {{server}} hat nicht rechtzeitig geantwortet. Prüfen Sie die Adresse und versuchen Sie es später erneut.',
      fetchCertificate:
        'Dem Telefonbuchserver {{server}} wird nicht vertraut. Fügen Sie das Zertifikat der Telefonanlage unter Einstellungen › Netzwerk und Sicherheit › Sichere Verbindung (TLS) hinzu oder bitten Sie Ihren Administrator, das Zertifikat des Servers zu prüfen.',
      fetchAuth:
        'Der Telefonbuchserver {{server}} hat die Anmeldung nicht akzeptiert. Prüfen Sie Benutzername und Passwort und versuchen Sie es erneut.',
      fetchHttp:
        'Der Telefonbuchserver {{server}} hat mit einem Fehler geantwortet. Prüfen Sie die Telefonbuchadresse mit Ihrem Administrator.',
      fetchRedirects:
        'Der Telefonbuchserver {{server}} hat zu oft weitergeleitet. Prüfen Sie die Adresse mit Ihrem Administrator.',
      fetchTooLarge:
        'Die Telefonbuchdatei unter {{server}} ist zu groß. Prüfen Sie die Adresse; eine Telefonbuchdatei ist viel kleiner.',
      subjectFile: 'Die Telefonbuchdatei {{location}}',
      subjectUrl: 'Das Telefonbuch unter {{location}}',
      unknownRoot:
        '$t(codes.xmlPhonebook.{{subject}}) hat das Wurzelelement <{{root}}>, das kein dem Softphone bekanntes Telefonbuchformat ist. Unterstützt: {{supported}}.',
      unknownFormat:
        '$t(codes.xmlPhonebook.{{subject}}) ist ein <{{root}}> im Format „{{format}}“, das das Softphone nicht kennt. Unterstützt: {{supported}}.',
      unsupportedVersion:
        '$t(codes.xmlPhonebook.{{subject}}) ist ein Softphone-Telefonbuch der Version „{{version}}“; dieses Softphone liest Version {{supportedVersion}}. Aktualisieren Sie das Softphone oder exportieren Sie das Telefonbuch als Version {{supportedVersion}}.',
      unknownEncoding:
        '$t(codes.xmlPhonebook.{{subject}}) gibt die Zeichenkodierung „{{encoding}}“ an, die das Softphone nicht lesen kann. Speichern Sie die Datei als UTF-8.',
      doctype:
        '$t(codes.xmlPhonebook.{{subject}}) enthält eine DOCTYPE- oder Entity-Deklaration, die aus Sicherheitsgründen abgelehnt wird. Entfernen Sie den Teil <!DOCTYPE …> aus der Datei.',
      noElement: '$t(codes.xmlPhonebook.{{subject}}) enthält kein XML-Element. Prüfen Sie die Datei.',
      tooManyCharacters:
        '$t(codes.xmlPhonebook.{{subject}}) ist größer als {{max}} Zeichen. Prüfen Sie, ob es sich um ein Telefonbuch handelt, oder teilen Sie es auf.',
    },
    contactSources: {
      onlyOneLocal: 'Es gibt nur ein lokales Adressbuch.',
      lockedChange:
        '„{{name}}“ wird von Ihrem Provisionierungsserver vorgegeben; bitten Sie Ihren Administrator, es zu ändern.',
      lockedRemove:
        '„{{name}}“ wird von Ihrem Provisionierungsserver vorgegeben; bitten Sie Ihren Administrator, es zu entfernen.',
      kindFixed: 'Die Art einer Quelle kann nicht geändert werden; fügen Sie stattdessen eine neue hinzu.',
      localNotDeletable: 'Das lokale Adressbuch kann nicht gelöscht werden.',
      switchedOff: '„{{name}}“ ist ausgeschaltet; schalten Sie die Quelle zuerst ein.',
      noBrowserSignIn: '„{{name}}“ verwendet keine Anmeldung im Browser.',
      notFound: 'Es gibt keine Kontaktquelle „{{id}}“.',
      kindUnavailable: 'Quellen der Art {{kind}} sind in dieser Version nicht verfügbar.',
      provisionedKindChanged:
        'Die Kontaktquelle „{{key}}“ hat ihre Art von {{from}} zu {{to}} geändert; geben Sie ihr eine neue ID.',
      provisionedLdapScheme:
        'Kontaktquelle „{{key}}“: config.host ist eine {{scheme}}://-Adresse, aber config.security ist {{security}}; bringen Sie beides in Einklang.',
      provisionedInvalid: 'Kontaktquelle „{{key}}“: {{path}} {{detail}}',
      provisionedLocal: 'Kontaktquelle „{{key}}“: Das lokale Adressbuch kann nicht provisioniert werden.',
    },
    csv: {
      notBase64: 'Die Dateidaten sind nicht Base64-kodiert.',
      fileTooLarge:
        'Die Datei ist {{size, number(minimumFractionDigits: 1; maximumFractionDigits: 1)}} MB groß; importiert werden können höchstens {{max, number(minimumFractionDigits: 1; maximumFractionDigits: 1)}} MB. Teilen Sie sie in kleinere Dateien auf.',
      tooManyCharacters:
        'Die Datei ist zu groß; teilen Sie sie in Dateien mit höchstens {{max}} Zeichen auf.',
      tooManyRows: 'Die Datei hat mehr als {{max}} Zeilen; teilen Sie sie in kleinere Dateien auf.',
      notUtf8: 'Die Datei ist kein gültiges UTF-8. Wählen Sie eine andere Kodierung, z. B. Windows-1252.',
      workbook:
        'Dies ist eine Tabellenkalkulationsmappe (z. B. .xlsx/.xls), keine CSV-Datei. Speichern Sie sie als CSV und importieren Sie diese.',
      notText:
        'Die Datei enthält keinen Text. Wählen Sie eine CSV-Datei oder, falls es eine ist, eine andere Kodierung.',
      empty: 'Die Datei ist leer: Sie braucht eine Kopfzeile und mindestens einen Kontakt.',
      mappingLength: 'Die Zuordnung hat {{entries}} Einträge für {{columns}} Spalten.',
      noPhoneColumn: 'Ordnen Sie mindestens eine Spalte einer Telefonnummer zu.',
      noNameColumn: 'Ordnen Sie mindestens eine Spalte dem Nachnamen, dem Anzeigenamen oder der Firma zu.',
      twoProblems: '$t(codes.csv.{{first}}) $t(codes.csv.{{second}})',
      threeProblems: '$t(codes.csv.{{first}}) $t(codes.csv.{{second}}) $t(codes.csv.{{third}})',
    },
    windowsContacts: {
      folderNotFound:
        'Windows-Kontakte-Ordner nicht gefunden: {{folder}} — Windows-Kontakte gibt es nur unter Windows; wählen Sie den Ordner, der Ihre .contact-Dateien enthält.',
      notFolder:
        '{{folder}} ist eine Datei, kein Ordner. Wählen Sie den Ordner, der Ihre .contact-Dateien enthält.',
      folderUnreadable:
        'Der Windows-Kontakte-Ordner {{folder}} konnte nicht gelesen werden ({{code}}). Prüfen Sie, ob das Softphone ihn lesen darf.',
      folderFailed: 'Der Windows-Kontakte-Ordner {{folder}} konnte nicht gelesen werden: {{detail}}.',
    },
    cloud: {
      signInNeeded: 'Melden Sie sich bei {{service}} an, um Ihre Kontakte zu lesen.',
      finishSignIn: 'Schließen Sie die Anmeldung bei {{service}} in Ihrem Browser ab.',
      apiForbidden:
        '{{service}}: {{host}} hat den Zugriff auf die Kontakte verweigert (HTTP 403). Melden Sie sich erneut an und erlauben Sie dem Softphone, Ihre Kontakte zu lesen.',
      apiRateLimited:
        '{{service}}: {{host}} begrenzt die Anfragen (HTTP 429). Die Kontakte werden später erneut abgeglichen.',
      apiStatus: '{{service}}: {{host}} hat mit HTTP {{status}} geantwortet. Versuchen Sie es später erneut.',
      apiMalformed:
        '{{service}}: {{host}} hat {{what}} gesendet, nicht das, was seine API beschreibt. Versuchen Sie es später erneut; melden Sie es, wenn es so bleibt.',
      noAnswer:
        '{{service}}: {{host}} hat nicht innerhalb von {{seconds}} s geantwortet. Prüfen Sie die Internetverbindung und versuchen Sie es erneut.',
      unreachable:
        '{{service}}: {{host}} ist nicht erreichbar ({{reason}}). Prüfen Sie die Internetverbindung und versuchen Sie es erneut.',
      answerTooLarge:
        '{{service}}: {{host}} hat eine Antwort mit mehr als {{max}} Bytes gesendet, was seine API nie tut. Versuchen Sie es später erneut.',
      tokenServerNotHttps:
        '{{service}}: Der Anmeldeserver {{server}} ist ohne HTTPS eingerichtet; das lehnt das Softphone ab. Der Administrator muss die Anmeldeadresse korrigieren.',
      tokenAnswerInvalid:
        '{{service}}: Der Anmeldeserver {{server}} hat keine gültige Token-Antwort gesendet. Versuchen Sie es später erneut.',
      accessRevoked:
        '{{service}}: Der Zugriff wurde widerrufen oder ist abgelaufen ({{why}}). Melden Sie sich in den Kontakteinstellungen erneut an.',
      signInNotAccepted:
        '{{service}}: Die Anmeldung wurde nicht akzeptiert ({{why}}). Melden Sie sich erneut an.',
      clientIdRefused:
        '{{service}}: Der Anmeldeserver hat die Client-ID dieses Softphones abgelehnt ({{why}}). Der Administrator oder Hersteller muss die Client-ID in den Einstellungen prüfen.',
      tokenServerStatus:
        '{{service}}: Der Anmeldeserver {{server}} hat mit HTTP {{status}} geantwortet. Versuchen Sie es später erneut.',
      tokenServerNoError:
        '{{service}}: Der Anmeldeserver {{server}} hat mit HTTP {{status}} ohne OAuth-Fehler geantwortet. Versuchen Sie es später erneut.',
      requestRefused:
        '{{service}}: Der Anmeldeserver hat die Anfrage abgelehnt ({{why}}). Melden Sie sich erneut an.',
      browserTimeout:
        '{{service}}: Die Anmeldung im Browser wurde nicht innerhalb von {{minutes}} Minuten abgeschlossen. Starten Sie die Anmeldung erneut.',
      cancelled: '{{service}}: Die Anmeldung wurde abgebrochen.',
      accessDenied:
        '{{service}}: Im Browser wurde kein Zugriff gewährt. Melden Sie sich erneut an und erlauben Sie dem Softphone, Ihre Kontakte zu lesen.',
      browserFailed:
        '{{service}}: Die Anmeldung im Browser ist fehlgeschlagen ({{code}}). Melden Sie sich erneut an.',
      noAuthorizationCode:
        '{{service}}: Der Browser kam ohne Autorisierungscode zurück. Melden Sie sich erneut an.',
      noRefreshToken:
        '{{service}}: Die Anmeldung hat keinen dauerhaften Zugriff gewährt (kein Refresh-Token). Melden Sie sich erneut an und erlauben Sie den Offline-Zugriff.',
      freshTokenRefused:
        '{{service}}: Der Dienst hat ein gerade ausgestelltes Zugriffstoken abgelehnt. Melden Sie sich in den Kontakteinstellungen erneut an.',
      notSignedIn: '{{service}}: Nicht angemeldet. Melden Sie sich in den Kontakteinstellungen an.',
      browserNotOpened:
        '{{service}}: Der Webbrowser konnte für die Anmeldung nicht geöffnet werden. Prüfen Sie, ob ein Standardbrowser eingerichtet ist, und versuchen Sie es erneut.',
      noClientId:
        '{{service}}: Dieses Softphone hat keine OAuth-Client-ID für {{service}}. Bitten Sie Ihren Administrator, eine unter Einstellungen › Kontakte einzutragen.',
    },
    contactRules: {
      tooLong: '$t(codes.contactField.{{field}}) ist zu lang (höchstens {{max}} Zeichen).',
      noName:
        'Geben Sie einen Nachnamen, einen Anzeigenamen oder eine Firma ein: Ein Kontakt braucht mindestens eines davon.',
      phoneType: 'Telefon {{phone}}: Wählen Sie eine Art ({{types}}).',
      notANumber:
        'Telefon {{phone}}: „{{number}}“ ist keine Telefonnummer. Verwenden Sie Ziffern, Leerzeichen, + - ( ) / * #.',
      noPhone: 'Geben Sie mindestens eine Telefonnummer ein.',
      tooManyPhones: 'Ein Kontakt kann höchstens {{max}} Telefonnummern haben.',
      notFound:
        'Den Kontakt {{id}} gibt es nicht mehr. Er wurde vielleicht in einem anderen Fenster gelöscht.',
      importRow: 'Zeile {{row}}: $t(codes.contactRules.{{reason}}) Es wurde nichts importiert.',
    },
    contactField: {
      firstName: 'Vorname',
      lastName: 'Nachname',
      displayName: 'Anzeigename',
      company: 'Firma',
      department: 'Abteilung',
      email: 'E-Mail',
    },
  },
};
