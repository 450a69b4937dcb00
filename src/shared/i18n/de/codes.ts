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
    xmlPhonebook: {
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
        'Dem Telefonbuchserver {{server}} wird nicht vertraut. Fügen Sie das Zertifikat der Telefonanlage unter Einstellungen › Erweitert › TLS hinzu oder bitten Sie Ihren Administrator, das Zertifikat des Servers zu prüfen.',
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
        '{{service}}: Dieses Softphone hat keine OAuth-Client-ID für {{service}}. Der Administrator oder Hersteller muss eine in den Kontakteinstellungen eintragen (siehe docs/cloud-contacts.md).',
    },
  },
};
