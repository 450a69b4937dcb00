/**
 * Settings of one SIP account, from the manual's "Accounts" chapter and its
 * "Provisioned Settings: Accounts" chapter. Full keys are `${group.id}.${field.key}`,
 * e.g. `credentials.domain`.
 *
 * Domain and user name are required but start empty: accountDefaults() is a blank
 * form, and the account schema refuses it until both are filled in.
 */
import type { SettingGroup, Text } from './field';
import { bool, choice, int, option, ordered, secret, str, t } from './global-settings';

const seconds = (min: number, max: number) => ({ min, max, unit: 's' });

const account: SettingGroup = {
  id: 'account',
  title: t('Accounts > SIP accounts', 'Konten > SIP-Konten'),
  chapter: 'SIP accounts',
  fields: [
    str('name', t('Account name', 'Kontoname'), { format: 'text', optional: true, maxLength: 64 }, '', {
      help: t(
        'Shown in the account list; empty shows user@domain.',
        'Wird in der Kontenliste angezeigt; leer zeigt Benutzer@Domain.',
      ),
    }),
  ],
};

const credentials: SettingGroup = {
  id: 'credentials',
  title: t('Accounts > SIP credentials', 'Konten > SIP-Zugangsdaten'),
  chapter: 'SIP Credentials',
  fields: [
    str('domain', t('Domain', 'Domain'), { format: 'hostPort', optional: false, maxLength: 260 }, '', {
      help: t(
        'Host name or IP address of the SIP registrar, optionally with a port, e.g. sip.example.com:5060.',
        'Hostname oder IP-Adresse des SIP-Registrars, optional mit Port, z. B. sip.example.com:5060.',
      ),
    }),
    str('userName', t('User name', 'Benutzername'), { format: 'text', optional: false, maxLength: 128 }, '', {
      help: t(
        'For authentication at the SIP registrar, e.g. a name or the phone number.',
        'Für die Anmeldung am SIP-Registrar, z. B. ein Name oder die Rufnummer.',
      ),
    }),
    secret('password', t('Password', 'Passwort'), {
      help: t(
        'For authentication at the SIP registrar. Stored in the system keychain.',
        'Für die Anmeldung am SIP-Registrar. Wird im Schlüsselbund des Systems gespeichert.',
      ),
    }),
  ],
};

const optionalCredentials: SettingGroup = {
  id: 'optionalCredentials',
  title: t('Accounts > Optional SIP credentials', 'Konten > Optionale SIP-Zugangsdaten'),
  chapter: 'Optional SIP credentials',
  fields: [
    str(
      'authorizationUserName',
      t('Authorisation user name', 'Autorisierungs-Benutzername'),
      { format: 'text', optional: true, maxLength: 128 },
      '',
      {
        help: t(
          'Only if the PBX needs a different name for authentication.',
          'Nur, wenn die Telefonanlage für die Anmeldung einen anderen Namen verlangt.',
        ),
      },
    ),
    str(
      'outboundProxy',
      t('Outbound proxy', 'Outbound-Proxy'),
      { format: 'hostPort', optional: true, maxLength: 260 },
      '',
      {
        help: t('Only if the PBX requires one.', 'Nur, wenn die Telefonanlage einen verlangt.'),
      },
    ),
    str(
      'wsUrl',
      t('WebSocket server', 'WebSocket-Server'),
      { format: 'wsUrl', optional: true, maxLength: 2048 },
      '',
      {
        help: t(
          'SIP over WebSocket address, e.g. wss://pbx.example.com:8089/ws. Empty derives it from the domain.',
          'Adresse für SIP über WebSocket, z. B. wss://pbx.example.com:8089/ws. Leer wird sie aus der Domain abgeleitet.',
        ),
      },
    ),
  ],
};

const functions: SettingGroup = {
  id: 'functions',
  title: t('Accounts > Functions', 'Konten > Funktionen'),
  chapter: 'Functions',
  fields: [
    str(
      'displayName',
      t('Caller ID (display name)', 'Anruferkennung (Anzeigename)'),
      { format: 'text', optional: true, maxLength: 64 },
      '',
      {
        help: t(
          'Shown to the people you call. The PBX often ignores or replaces it.',
          'Wird Ihren Gesprächspartnern angezeigt. Die Telefonanlage ignoriert oder ersetzt ihn häufig.',
        ),
      },
    ),
    choice(
      'mwi',
      t('MWI for incoming voice messages', 'MWI für eingehende Sprachnachrichten'),
      [
        option('subscribe', 'Subscribe after registration', 'Nach der Registrierung abonnieren'),
        option(
          'unsolicited',
          'Accept unsolicited notifications only',
          'Nur unaufgeforderte Meldungen annehmen',
        ),
        option('off', 'Off', 'Aus'),
      ],
      'subscribe',
      {
        help: t(
          'Whether the softphone asks the PBX to report new voicemail messages.',
          'Ob das Softphone die Telefonanlage bittet, neue Sprachnachrichten zu melden.',
        ),
      },
    ),
    bool('registerOnStartup', t('Register on startup', 'Beim Start registrieren'), true, {
      help: t(
        'Registration is needed to receive calls and, on some PBXs, to make them.',
        'Die Registrierung ist nötig, um Anrufe zu empfangen und bei manchen Telefonanlagen auch, um anzurufen.',
      ),
    }),
    bool('subscribePresence', t('Subscribe presence', 'Präsenz abonnieren'), false, {
      help: t(
        "Shows your contacts' presence, e.g. Online or Busy.",
        'Zeigt den Präsenzstatus Ihrer Kontakte, z. B. Online oder Beschäftigt.',
      ),
    }),
    bool('publishPresence', t('Publish presence', 'Präsenz veröffentlichen'), false, {
      help: t('Sends your presence status to the server.', 'Sendet Ihren Präsenzstatus an den Server.'),
    }),
    bool('useBlf', t('Use BLF', 'BLF verwenden'), true, {
      help: t(
        'Busy lamp field, if the PBX supports it.',
        'Besetztlampenfeld, sofern die Telefonanlage es unterstützt.',
      ),
    }),
    str(
      'customRingtone',
      t('Custom ringtone', 'Eigener Klingelton'),
      { format: 'path', optional: true, maxLength: 1024 },
      '',
      {
        help: t(
          'A WAV file that rings for calls to this account; empty uses the default ringtone.',
          'WAV-Datei, die bei Anrufen auf diesem Konto klingelt; leer bedeutet den Standardklingelton.',
        ),
      },
    ),
    bool('noRingback', t('Do not play ringback tones', 'Keinen Freiton abspielen'), false, {
      help: t(
        'No ringing tone for outgoing calls, unless the network sends one as early media.',
        'Kein Freiton bei ausgehenden Anrufen, außer das Netz sendet ihn als Early Media.',
      ),
    }),
    bool('typingNotification', t('Enable typing notification', 'Tipp-Benachrichtigung aktivieren'), true, {
      help: t('Shows when your chat partner is typing.', 'Zeigt an, wenn Ihr Chatpartner gerade schreibt.'),
    }),
  ],
};

function country(code: string, dial: string, en: string, de: string) {
  return option(code, `${en} (+${dial})`, `${de} (+${dial})`);
}

const countries = [
  country('DE', '49', 'Germany', 'Deutschland'),
  country('AT', '43', 'Austria', 'Österreich'),
  country('CH', '41', 'Switzerland', 'Schweiz'),
  country('LI', '423', 'Liechtenstein', 'Liechtenstein'),
  country('LU', '352', 'Luxembourg', 'Luxemburg'),
  country('NL', '31', 'Netherlands', 'Niederlande'),
  country('BE', '32', 'Belgium', 'Belgien'),
  country('FR', '33', 'France', 'Frankreich'),
  country('IT', '39', 'Italy', 'Italien'),
  country('ES', '34', 'Spain', 'Spanien'),
  country('PL', '48', 'Poland', 'Polen'),
  country('CZ', '420', 'Czechia', 'Tschechien'),
  country('DK', '45', 'Denmark', 'Dänemark'),
  country('SE', '46', 'Sweden', 'Schweden'),
  country('NO', '47', 'Norway', 'Norwegen'),
  country('FI', '358', 'Finland', 'Finnland'),
  country('GB', '44', 'United Kingdom', 'Vereinigtes Königreich'),
  country('IE', '353', 'Ireland', 'Irland'),
  country('US', '1', 'United States', 'Vereinigte Staaten'),
];

const numberModification: SettingGroup = {
  id: 'numberModification',
  title: t('Accounts > Phone number modification', 'Konten > Rufnummernanpassung'),
  chapter: 'Phone number modification',
  fields: [
    str(
      'removeDialChars',
      t('Remove dial chars', 'Wählzeichen entfernen'),
      { format: 'text', optional: true, maxLength: 32 },
      ' -()/.',
      {
        help: t(
          'These characters are removed from a number before it is dialled.',
          'Diese Zeichen werden vor dem Wählen aus der Rufnummer entfernt.',
        ),
      },
    ),
    bool('useCountryCode', t('Use country code', 'Ländervorwahl verwenden'), false, {
      help: t(
        'Adds the country code of the default country to numbers saved without one.',
        'Ergänzt Rufnummern, die ohne Ländervorwahl gespeichert sind, um die Vorwahl des Standardlands.',
      ),
    }),
    choice(
      'defaultCountry',
      t('Default country for numbers without country code', 'Standardland für Rufnummern ohne Ländervorwahl'),
      countries,
      'DE',
    ),
    str('prefix', t('Prefix', 'Präfix'), { format: 'phone', optional: true, maxLength: 16 }, '', {
      help: t(
        'Dialled before every number, e.g. 0 for an outside line.',
        'Wird vor jeder Rufnummer gewählt, z. B. 0 für die Amtsholung.',
      ),
    }),
  ],
};

const extensions: SettingGroup = {
  id: 'extensions',
  title: t('Accounts > Preconfigured extensions', 'Konten > Vorkonfigurierte Rufnummern'),
  chapter: 'Preconfigured Extensions',
  fields: [
    str(
      'voicemailNumber',
      t('Check for voicemail', 'Mailbox abhören'),
      { format: 'phone', optional: true, maxLength: 32 },
      '',
      {
        help: t(
          'The voice mailbox number dialled to listen to your messages.',
          'Die Mailbox-Rufnummer, die zum Abhören Ihrer Nachrichten gewählt wird.',
        ),
      },
    ),
    str(
      'voicemailTransferNumber',
      t('Transfer to voicemail', 'An Mailbox weiterleiten'),
      { format: 'phone', optional: true, maxLength: 32 },
      '',
      {
        help: t(
          'The voice mailbox number incoming calls are sent to when you choose "To voicemail".',
          'Die Mailbox-Rufnummer, an die eingehende Anrufe mit „An Mailbox“ gesendet werden.',
        ),
      },
    ),
  ],
};

const compatibility: SettingGroup = {
  id: 'compatibility',
  title: t('Accounts > Compatibility modes', 'Konten > Kompatibilitätsmodi'),
  chapter: 'Compatibility modes',
  fields: [
    choice(
      'dtmfMode',
      t('DTMF mode', 'DTMF-Modus'),
      [
        option('rfc4733', 'RFC 4733 (RTP events)', 'RFC 4733 (RTP-Events)'),
        option('sipInfo', 'SIP INFO', 'SIP INFO'),
      ],
      'rfc4733',
      {
        help: t(
          'How key presses reach the PBX, e.g. for voice menus. Must match the PBX.',
          'Wie Tastendrücke zur Telefonanlage gelangen, z. B. für Sprachmenüs. Muss zur Telefonanlage passen.',
        ),
      },
    ),
    bool('rtcpFeedback', t('RTCP feedback', 'RTCP-Feedback'), true, {
      unsupported: t(
        'WebRTC always sends RTCP; it cannot be switched off.',
        'WebRTC sendet immer RTCP; es lässt sich nicht abschalten.',
      ),
    }),
    bool(
      'sendKpml',
      t(
        'Send KPML (Cisco Unified Communications Manager)',
        'KPML senden (Cisco Unified Communications Manager)',
      ),
      false,
      {
        help: t(
          'Sends key presses as KPML instead of the DTMF mode above.',
          'Sendet Tastendrücke als KPML statt im obigen DTMF-Modus.',
        ),
      },
    ),
    bool(
      'forceRfc3264Hold',
      t(
        'Force RFC 3264 hold (Cisco Unified Communications Manager)',
        'RFC-3264-Halten erzwingen (Cisco Unified Communications Manager)',
      ),
      true,
      {
        unsupported: t(
          'A WebRTC phone always holds calls the RFC 3264 way.',
          'Ein WebRTC-Telefon hält Gespräche immer nach RFC 3264.',
        ),
      },
    ),
    bool(
      'ciscoCallForwarding',
      t(
        'Cisco call forwarding (Cisco Unified Communications Manager)',
        'Cisco-Rufumleitung (Cisco Unified Communications Manager)',
      ),
      false,
      {
        help: t(
          'Only if the phone is set up as a Cisco softphone in the Call Manager.',
          'Nur, wenn das Telefon im Call Manager als Cisco-Softphone eingerichtet ist.',
        ),
      },
    ),
  ],
};

const stunRefreshUnsupported: Text = t(
  'WebRTC keeps STUN bindings fresh itself with ICE consent checks.',
  'WebRTC hält STUN-Bindungen mit ICE-Consent-Prüfungen selbst aktuell.',
);

const needsMediaRelay = t(
  'Not available: a WebRTC phone reaches the PBX over secure WebSocket only.',
  'Nicht verfügbar: Ein WebRTC-Telefon erreicht die TK-Anlage nur über sicheren WebSocket.',
);

const network: SettingGroup = {
  id: 'network',
  title: t('Accounts > Network', 'Konten > Netzwerk'),
  chapter: 'Network',
  fields: [
    choice(
      'transport',
      t('Transport', 'Transportprotokoll'),
      [
        option('udp', 'UDP', 'UDP', needsMediaRelay),
        option('tcp', 'TCP', 'TCP', needsMediaRelay),
        option('tls', 'TLS', 'TLS', needsMediaRelay),
        option('wss', 'WSS (SIP over secure WebSocket)', 'WSS (SIP über sicheren WebSocket)'),
      ],
      'wss',
      {
        help: t(
          'Only WSS works for now: UDP, TCP and TLS need a media relay this softphone does not have yet.',
          'Derzeit funktioniert nur WSS: UDP, TCP und TLS benötigen ein Medien-Relay, das dieses Softphone noch nicht hat.',
        ),
      },
    ),
    int(
      'registrationExpirySeconds',
      t('Registration expiry', 'Ablaufzeit der Registrierung'),
      seconds(60, 86400),
      3600,
      {
        help: t(
          'Longest time between two registrations; the softphone renews 10% early.',
          'Längste Zeit zwischen zwei Registrierungen; das Softphone erneuert 10 % früher.',
        ),
      },
    ),
    int(
      'subscriptionExpirySeconds',
      t('Subscription expiry', 'Ablaufzeit der Abonnements'),
      seconds(60, 86400),
      3600,
      {
        help: t(
          'Longest time before subscriptions (MWI, presence, BLF) are renewed.',
          'Längste Zeit, bevor Abonnements (MWI, Präsenz, BLF) erneuert werden.',
        ),
      },
    ),
    int('keepAliveSeconds', t('Keep-alive interval', 'Keep-Alive-Intervall'), seconds(0, 3600), 30, {
      help: t(
        'How often the connection to the server is kept open with a small message; 0 turns it off.',
        'Wie oft die Verbindung zum Server mit einer kurzen Nachricht offen gehalten wird; 0 schaltet es aus.',
      ),
    }),
    bool('rport', t('RPort', 'RPort (NAT-Behandlung)'), true, {
      unsupported: t(
        'Over WebSocket, replies always come back on the same connection, so rport has no effect.',
        'Über WebSocket kommen Antworten immer über dieselbe Verbindung zurück; rport hat daher keine Wirkung.',
      ),
    }),
    bool('rportMedia', t('RPort media', 'RPort für Medien'), false, {
      unsupported: t(
        'WebRTC finds the media path with ICE; RPort for media does not apply.',
        'WebRTC findet den Medienweg per ICE; RPort für Medien ist nicht anwendbar.',
      ),
    }),
    choice(
      'stun',
      t('STUN', 'STUN-Einstellungen'),
      [option('global', 'Global STUN', 'Globaler STUN'), option('custom', 'Custom STUN', 'Eigener STUN')],
      'global',
      {
        help: t(
          'Global uses Functions > Advanced > Global STUN; custom uses the server below.',
          'Global verwendet Funktionen > Erweitert > Globaler STUN; eigener verwendet den Server unten.',
        ),
      },
    ),
    str(
      'stunServer',
      t('STUN server', 'STUN-Server'),
      { format: 'hostPort', optional: true, maxLength: 260 },
      '',
      {
        help: t(
          'Host name or address, optionally with :port, e.g. stun.example.com:3478.',
          'Hostname oder Adresse, optional mit :Port, z. B. stun.example.com:3478.',
        ),
      },
    ),
    int('stunPort', t('STUN port', 'STUN-Port'), { min: 1, max: 65535 }, 3478),
    int(
      'stunRefreshSeconds',
      t('STUN refresh period', 'STUN-Aktualisierungsintervall'),
      seconds(10, 3600),
      60,
      {
        unsupported: stunRefreshUnsupported,
      },
    ),
  ],
};

const codecs: SettingGroup = {
  id: 'codecs',
  title: t('Accounts > Audio codecs', 'Konten > Audio-Codecs'),
  chapter: 'Audio codecs',
  fields: [
    ordered(
      'codecs',
      t('Audio codecs', 'Audio-Codecs'),
      [
        option('opus', 'Opus', 'Opus'),
        option('g722', 'G.722 (HD voice)', 'G.722 (HD-Sprache)'),
        option('pcmu', 'G.711 µ-law (PCMU)', 'G.711 µ-law (PCMU)'),
        option('pcma', 'G.711 A-law (PCMA)', 'G.711 A-law (PCMA)'),
      ],
      ['opus', 'g722', 'pcmu', 'pcma'],
      {
        help: t(
          'Selected codecs in order of preference. Choose only codecs your PBX supports.',
          'Ausgewählte Codecs in der Reihenfolge ihrer Priorität. Wählen Sie nur Codecs, die Ihre Telefonanlage unterstützt.',
        ),
      },
    ),
  ],
};

const encryption: SettingGroup = {
  id: 'encryption',
  title: t('Accounts > Encryption', 'Konten > Verschlüsselung'),
  chapter: 'Encryption',
  fields: [
    str(
      'certificateFile',
      t('Certificate file', 'Zertifikatsdatei'),
      { format: 'path', optional: true, maxLength: 1024 },
      '',
      {
        help: t(
          'The PBX certificate (not the root certificate) exported from the PBX.',
          'Das aus der Telefonanlage exportierte Zertifikat der Anlage (nicht das Root-Zertifikat).',
        ),
      },
    ),
    choice(
      'certificateUse',
      t('Use certificate as', 'Zertifikat verwenden als'),
      [
        option('none', 'Do not use', 'Nicht verwenden'),
        option(
          'global',
          'Default (Settings > Functions > Advanced > TLS)',
          'Standard (Einstellungen > Funktionen > Erweitert > TLS)',
        ),
        option('file', 'Use certificate', 'Zertifikat verwenden'),
        option('selfSigned', 'Generate self-signed certificate', 'Selbstsigniertes Zertifikat erzeugen'),
      ],
      'none',
      {
        help: t(
          '"Do not use" trusts the system certificate store. A self-signed certificate cannot be generated yet.',
          '„Nicht verwenden“ vertraut dem Zertifikatsspeicher des Systems. Ein selbstsigniertes Zertifikat kann noch nicht erzeugt werden.',
        ),
      },
    ),
    choice(
      'srtpKeyNegotiation',
      t('SRTP key negotiation', 'SRTP-Schlüsselaushandlung'),
      [option('dtls', 'DTLS-SRTP', 'DTLS-SRTP'), option('sdes', 'SDES', 'SDES'), option('off', 'Off', 'Aus')],
      'dtls',
      {
        unsupported: t(
          'A WebRTC phone always uses DTLS-SRTP; SDES keys cannot be used.',
          'Ein WebRTC-Telefon verwendet immer DTLS-SRTP; SDES-Schlüssel sind nicht möglich.',
        ),
      },
    ),
    bool('zrtp', t('Enable ZRTP', 'ZRTP aktivieren'), false, {
      unsupported: t(
        'WebRTC does not support ZRTP; calls are always encrypted with DTLS-SRTP.',
        'WebRTC unterstützt ZRTP nicht; Gespräche sind immer mit DTLS-SRTP verschlüsselt.',
      ),
    }),
  ],
};

export const accountSettingGroups: readonly SettingGroup[] = [
  account,
  credentials,
  optionalCredentials,
  functions,
  numberModification,
  extensions,
  compatibility,
  network,
  codecs,
  encryption,
];
