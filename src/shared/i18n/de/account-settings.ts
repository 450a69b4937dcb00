import type { accountSettingsEn } from '../en/account-settings';
import type { SameKeys } from '../same-keys';

/** German texts of the account settings; the type forces exactly the keys of en/account-settings.ts. */
export const accountSettingsDe: SameKeys<typeof accountSettingsEn> = {
  accountSettingTexts: {
    groups: {
      account: 'Konten > SIP-Konten',
      credentials: 'Konten > SIP-Zugangsdaten',
      optionalCredentials: 'Konten > Optionale SIP-Zugangsdaten',
      functions: 'Konten > Funktionen',
      numberModification: 'Konten > Rufnummernanpassung',
      extensions: 'Konten > Vorkonfigurierte Rufnummern',
      compatibility: 'Konten > Kompatibilitätsmodi',
      network: 'Konten > Netzwerk',
      codecs: 'Konten > Audio-Codecs',
      encryption: 'Konten > Verschlüsselung',
    },
    fields: {
      'account.name': {
        label: 'Kontoname',
        help: 'Wird in der Kontenliste angezeigt; leer zeigt Benutzer@Domain.',
      },
      'credentials.domain': {
        label: 'Domain',
        help: 'Hostname oder IP-Adresse des SIP-Registrars, optional mit Port, z. B. sip.example.com:5060.',
      },
      'credentials.userName': {
        label: 'Benutzername',
        help: 'Für die Anmeldung am SIP-Registrar, z. B. ein Name oder die Rufnummer.',
      },
      'credentials.password': {
        label: 'Passwort',
        help: 'Für die Anmeldung am SIP-Registrar. Wird im Schlüsselbund des Systems gespeichert.',
      },
      'optionalCredentials.authorizationUserName': {
        label: 'Autorisierungs-Benutzername',
        help: 'Nur, wenn die Telefonanlage für die Anmeldung einen anderen Namen verlangt.',
      },
      'optionalCredentials.outboundProxy': {
        label: 'Outbound-Proxy',
        help: 'Nur, wenn die Telefonanlage einen verlangt.',
      },
      'optionalCredentials.wsUrl': {
        label: 'WebSocket-Server',
        help: 'Adresse für SIP über WebSocket, z. B. wss://pbx.example.com:8089/ws. Leer wird sie aus der Domain abgeleitet.',
      },
      'functions.displayName': {
        label: 'Anruferkennung (Anzeigename)',
        help: 'Wird Ihren Gesprächspartnern angezeigt. Die Telefonanlage ignoriert oder ersetzt ihn häufig.',
      },
      'functions.mwi': {
        label: 'MWI für eingehende Sprachnachrichten',
        help: 'Ob das Softphone die Telefonanlage bittet, neue Sprachnachrichten zu melden.',
        options: {
          subscribe: 'Nach der Registrierung abonnieren',
          unsolicited: 'Nur unaufgeforderte Meldungen annehmen',
          off: 'Aus',
        },
      },
      'functions.registerOnStartup': {
        label: 'Beim Start registrieren',
        help: 'Die Registrierung ist nötig, um Anrufe zu empfangen und bei manchen Telefonanlagen auch, um anzurufen.',
      },
      'functions.subscribePresence': {
        label: 'Präsenz abonnieren',
        help: 'Zeigt den Präsenzstatus Ihrer Kontakte, z. B. Online oder Beschäftigt.',
      },
      'functions.publishPresence': {
        label: 'Präsenz veröffentlichen',
        help: 'Sendet Ihren Präsenzstatus an den Server.',
      },
      'functions.useBlf': {
        label: 'BLF verwenden',
        help: 'Besetztlampenfeld, sofern die Telefonanlage es unterstützt.',
      },
      'functions.customRingtone': {
        label: 'Eigener Klingelton',
        help: 'WAV-Datei, die bei Anrufen auf diesem Konto klingelt; leer bedeutet den Standardklingelton.',
      },
      'functions.noRingback': {
        label: 'Keinen Freiton abspielen',
        help: 'Kein Freiton bei ausgehenden Anrufen, außer das Netz sendet ihn als Early Media.',
      },
      'functions.typingNotification': {
        label: 'Tipp-Benachrichtigung aktivieren',
        help: 'Zeigt an, wenn Ihr Chatpartner gerade schreibt.',
      },
      'numberModification.removeDialChars': {
        label: 'Wählzeichen entfernen',
        help: 'Diese Zeichen werden vor dem Wählen aus der Rufnummer entfernt.',
      },
      'numberModification.useCountryCode': {
        label: 'Ländervorwahl verwenden',
        help: 'Ergänzt Rufnummern, die ohne Ländervorwahl gespeichert sind, um die Vorwahl des Standardlands.',
      },
      'numberModification.defaultCountry': {
        label: 'Standardland für Rufnummern ohne Ländervorwahl',
        options: {
          DE: 'Deutschland (+49)',
          AT: 'Österreich (+43)',
          CH: 'Schweiz (+41)',
          LI: 'Liechtenstein (+423)',
          LU: 'Luxemburg (+352)',
          NL: 'Niederlande (+31)',
          BE: 'Belgien (+32)',
          FR: 'Frankreich (+33)',
          IT: 'Italien (+39)',
          ES: 'Spanien (+34)',
          PL: 'Polen (+48)',
          CZ: 'Tschechien (+420)',
          DK: 'Dänemark (+45)',
          SE: 'Schweden (+46)',
          NO: 'Norwegen (+47)',
          FI: 'Finnland (+358)',
          GB: 'Vereinigtes Königreich (+44)',
          IE: 'Irland (+353)',
          US: 'Vereinigte Staaten (+1)',
        },
      },
      'numberModification.prefix': {
        label: 'Präfix',
        help: 'Wird vor jeder Rufnummer gewählt, z. B. 0 für die Amtsholung.',
      },
      'extensions.voicemailNumber': {
        label: 'Mailbox abhören',
        help: 'Die Mailbox-Rufnummer, die zum Abhören Ihrer Nachrichten gewählt wird.',
      },
      'extensions.voicemailTransferNumber': {
        label: 'An Mailbox weiterleiten',
        help: 'Die Mailbox-Rufnummer, an die eingehende Anrufe mit „An Mailbox“ gesendet werden.',
      },
      'compatibility.dtmfMode': {
        label: 'DTMF-Modus',
        help: 'Wie Tastendrücke zur Telefonanlage gelangen, z. B. für Sprachmenüs. Muss zur Telefonanlage passen.',
        options: {
          rfc4733: 'RFC 4733 (RTP-Events)',
          sipInfo: 'SIP INFO',
        },
      },
      'compatibility.rtcpFeedback': {
        label: 'RTCP-Feedback',
        help: 'Lässt beide Seiten verlorene Audiopakete melden, damit sich der Ton anpassen kann.',
        unsupported: 'WebRTC sendet immer RTCP; es lässt sich nicht abschalten.',
      },
      'compatibility.sendKpml': {
        label: 'KPML senden (Cisco Unified Communications Manager)',
        help: 'Sendet Tastendrücke als KPML statt im obigen DTMF-Modus.',
      },
      'compatibility.forceRfc3264Hold': {
        label: 'RFC-3264-Halten erzwingen (Cisco Unified Communications Manager)',
        help: 'Hält Anrufe so, wie es ältere Cisco-Systeme erwarten.',
        unsupported: 'Ein WebRTC-Telefon hält Gespräche immer nach RFC 3264.',
      },
      'compatibility.ciscoCallForwarding': {
        label: 'Cisco-Rufumleitung (Cisco Unified Communications Manager)',
        help: 'Nur, wenn das Telefon im Call Manager als Cisco-Softphone eingerichtet ist.',
      },
      'network.transport': {
        label: 'Transportprotokoll',
        help: 'Derzeit funktioniert nur WSS: UDP, TCP und TLS benötigen ein Medien-Relay, das dieses Softphone noch nicht hat.',
        options: {
          udp: 'UDP',
          tcp: 'TCP',
          tls: 'TLS',
          wss: 'WSS (SIP über sicheren WebSocket)',
        },
        unsupportedOptions: {
          udp: 'Nicht verfügbar: Ein WebRTC-Telefon erreicht die TK-Anlage nur über sicheren WebSocket.',
          tcp: 'Nicht verfügbar: Ein WebRTC-Telefon erreicht die TK-Anlage nur über sicheren WebSocket.',
          tls: 'Nicht verfügbar: Ein WebRTC-Telefon erreicht die TK-Anlage nur über sicheren WebSocket.',
        },
      },
      'network.registrationExpirySeconds': {
        label: 'Ablaufzeit der Registrierung',
        help: 'Längste Zeit zwischen zwei Registrierungen; das Softphone erneuert 10 % früher.',
      },
      'network.subscriptionExpirySeconds': {
        label: 'Ablaufzeit der Abonnements',
        help: 'Längste Zeit, bevor Abonnements (MWI, Präsenz, BLF) erneuert werden.',
      },
      'network.keepAliveSeconds': {
        label: 'Keep-Alive-Intervall',
        help: 'Wie oft die Verbindung zum Server mit einer kurzen Nachricht offen gehalten wird; 0 schaltet es aus.',
      },
      'network.rport': {
        label: 'An den Absender-Port antworten (RPort)',
        help: 'Bittet den Server, an den Port zu antworten, von dem eine Anfrage kam; das hilft hinter einem Router (rport).',
        unsupported:
          'Über WebSocket kommen Antworten immer über dieselbe Verbindung zurück; rport hat daher keine Wirkung.',
      },
      'network.rportMedia': {
        label: 'Audio an den Absender-Port (RPort Medien)',
        help: 'Schickt das Gesprächsaudio an den Port zurück, von dem es kommt; das hilft hinter einem Router.',
        unsupported: 'WebRTC findet den Medienweg per ICE; RPort für Medien ist nicht anwendbar.',
      },
      'network.stun': {
        label: 'STUN-Einstellungen',
        help: 'Global verwendet Funktionen > Erweitert > Globaler STUN; eigener verwendet den Server unten.',
        options: {
          global: 'Globaler STUN',
          custom: 'Eigener STUN',
        },
      },
      'network.stunServer': {
        label: 'STUN-Server',
        help: 'Hostname oder Adresse, optional mit :Port, z. B. stun.example.com:3478.',
      },
      'network.stunPort': {
        label: 'STUN-Port',
      },
      'network.stunRefreshSeconds': {
        label: 'STUN-Aktualisierungsintervall',
        help: 'Wie oft die über STUN ermittelte öffentliche Adresse erneut geprüft wird.',
        unsupported: 'WebRTC hält STUN-Bindungen mit ICE-Consent-Prüfungen selbst aktuell.',
      },
      'codecs.codecs': {
        label: 'Audio-Codecs',
        help: 'Ausgewählte Codecs in der Reihenfolge ihrer Priorität. Wählen Sie nur Codecs, die Ihre Telefonanlage unterstützt.',
        options: {
          opus: 'Opus',
          g722: 'G.722 (HD-Sprache)',
          pcmu: 'G.711 µ-law (PCMU)',
          pcma: 'G.711 A-law (PCMA)',
        },
      },
      'encryption.certificateFile': {
        label: 'Zertifikatsdatei',
        help: 'Das aus der Telefonanlage exportierte Zertifikat der Anlage (nicht das Root-Zertifikat).',
      },
      'encryption.certificateUse': {
        label: 'Zertifikat verwenden als',
        help: '„Nicht verwenden“ vertraut dem Zertifikatsspeicher des Systems. Ein selbstsigniertes Zertifikat kann noch nicht erzeugt werden.',
        options: {
          none: 'Nicht verwenden',
          global: 'Standard (Einstellungen > Funktionen > Erweitert > TLS)',
          file: 'Zertifikat verwenden',
          selfSigned: 'Selbstsigniertes Zertifikat erzeugen',
        },
      },
      'encryption.srtpKeyNegotiation': {
        label: 'SRTP-Schlüsselaushandlung',
        help: 'Wie die Schlüssel für das verschlüsselte Gesprächsaudio mit der Gegenseite vereinbart werden.',
        unsupported: 'Ein WebRTC-Telefon verwendet immer DTLS-SRTP; SDES-Schlüssel sind nicht möglich.',
        options: {
          dtls: 'DTLS-SRTP',
          sdes: 'SDES',
          off: 'Aus',
        },
      },
      'encryption.zrtp': {
        label: 'ZRTP aktivieren',
        help: 'Vereinbart die Schlüssel für das Audio direkt mit dem anderen Telefon, ohne dem Server zu vertrauen.',
        unsupported: 'WebRTC unterstützt ZRTP nicht; Gespräche sind immer mit DTLS-SRTP verschlüsselt.',
      },
    },
  },
};
