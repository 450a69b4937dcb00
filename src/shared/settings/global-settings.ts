/**
 * Global settings: every setting of the reference manual's Media, GUI and
 * Functions chapters, grouped as the manual groups them. Per-account settings
 * live in account-settings.ts; the derived schema and lookups in registry.ts.
 *
 * The small constructors at the top keep each field to a few lines; they are
 * shared with account-settings.ts (registry.ts cannot host them without an
 * import cycle, because it imports both tables).
 */
import type {
  BooleanField,
  EnumField,
  EnumOption,
  IntegerField,
  OrderedListField,
  SecretField,
  SettingGroup,
  StringField,
  StringFormat,
  Text,
} from './field';

export function t(en: string, de: string): Text {
  return { en, de };
}

export interface FieldExtras {
  help?: Text;
  unsupported?: Text;
}

export function option(value: string, en: string, de: string, unsupported?: Text): EnumOption {
  return unsupported ? { value, label: t(en, de), unsupported } : { value, label: t(en, de) };
}

export function bool(key: string, label: Text, value: boolean, extras: FieldExtras = {}): BooleanField {
  return { kind: 'boolean', key, label, default: value, ...extras };
}

export function choice(
  key: string,
  label: Text,
  options: readonly EnumOption[],
  value: string,
  extras: FieldExtras = {},
): EnumField {
  return { kind: 'enum', key, label, options, default: value, ...extras };
}

export function int(
  key: string,
  label: Text,
  range: { min: number; max: number; unit?: string },
  value: number,
  extras: FieldExtras = {},
): IntegerField {
  return { kind: 'integer', key, label, ...range, default: value, ...extras };
}

export function str(
  key: string,
  label: Text,
  spec: { format: StringFormat; optional: boolean; maxLength?: number },
  value: string,
  extras: FieldExtras = {},
): StringField {
  const { format, optional, maxLength = 256 } = spec;
  return { kind: 'string', key, label, format, optional, maxLength, default: value, ...extras };
}

export function secret(key: string, label: Text, extras: FieldExtras = {}): SecretField {
  return { kind: 'secret', key, label, default: '', ...extras };
}

export function ordered(
  key: string,
  label: Text,
  options: readonly EnumOption[],
  value: string[],
  extras: FieldExtras = {},
): OrderedListField {
  return { kind: 'orderedList', key, label, options, default: value, ...extras };
}

/** A device id as the renderer's media engine reports it; 'default' follows the operating system. */
function device(key: string, label: Text, help: Text) {
  return str(key, label, { format: 'text', optional: false }, 'default', { help });
}

const seconds = (min: number, max: number) => ({ min, max, unit: 's' });
const port = { min: 1, max: 65535 };

const audio: SettingGroup = {
  id: 'media.audio',
  title: t('Media > Audio', 'Medien > Audio'),
  chapter: 'Audio',
  fields: [
    // Device settings
    device(
      'inputDevice',
      t('Input device (default)', 'Eingabegerät (Standard)'),
      t('The microphone used for calls.', 'Das Mikrofon für Gespräche.'),
    ),
    device(
      'outputDevice',
      t('Output device (default)', 'Ausgabegerät (Standard)'),
      t('The loudspeaker or headset used for calls.', 'Der Lautsprecher oder das Headset für Gespräche.'),
    ),
    device(
      'speakerInputDevice',
      t('Input device (speaker)', 'Eingabegerät (Freisprechen)'),
      t('The microphone used in hands-free mode.', 'Das Mikrofon im Freisprechmodus.'),
    ),
    device(
      'speakerOutputDevice',
      t('Output device (speaker)', 'Ausgabegerät (Freisprechen)'),
      t('The loudspeaker used in hands-free mode.', 'Der Lautsprecher im Freisprechmodus.'),
    ),
    device(
      'ringerDevice',
      t('Ringing device', 'Klingelgerät'),
      t(
        'The loudspeaker on which the softphone rings.',
        'Der Lautsprecher, über den das Softphone klingelt.',
      ),
    ),
    bool(
      'automaticMicrophoneSelection',
      t('Automatic microphone selection', 'Automatische Mikrofonauswahl'),
      false,
      {
        help: t(
          'Switches to a newly connected microphone, e.g. a USB headset plugged in during a conference call.',
          'Wechselt zu einem neu angeschlossenen Mikrofon, z. B. einem USB-Headset, das während einer Konferenz eingesteckt wird.',
        ),
      },
    ),
    bool('echoCancellation', t('Echo cancellation', 'Echounterdrückung'), true, {
      help: t(
        'Reduces the echo the other party hears. Leave it on unless your desk phone cancels echo itself.',
        'Verringert das Echo, das Ihr Gesprächspartner hört. Lassen Sie die Funktion eingeschaltet, sofern Ihr Tischtelefon keine eigene Echounterdrückung hat.',
      ),
    }),
    bool('automaticGainControl', t('Automatic gain control', 'Automatische Verstärkungsregelung'), true, {
      help: t(
        'Keeps your voice at the right volume whatever the microphone or your distance from it.',
        'Hält Ihre Stimme unabhängig von Mikrofon und Abstand auf der richtigen Lautstärke.',
      ),
    }),
    bool('noiseSuppression', t('Noise suppression', 'Rauschunterdrückung'), true, {
      help: t(
        'Removes background noise during calls.',
        'Entfernt störende Hintergrundgeräusche während des Gesprächs.',
      ),
    }),
    // More functions (call waiting is in functions.calls)
    bool(
      'muteEarlyMedia',
      t('Mute early media (outgoing calls)', 'Early Media stummschalten (ausgehende Anrufe)'),
      false,
      {
        help: t(
          'Silences tones and announcements the network plays before the call is answered.',
          'Unterdrückt Töne und Ansagen, die das Netz vor der Annahme des Anrufs einspielt.',
        ),
      },
    ),
    bool(
      'ringThroughPcSpeaker',
      t('Also ring through PC speaker', 'Zusätzlich über PC-Lautsprecher klingeln'),
      false,
      {
        help: t(
          'Rings on the PC loudspeaker as well as the headset, so you hear calls when you are not wearing it.',
          'Klingelt zusätzlich zum Headset über den PC-Lautsprecher, damit Sie Anrufe auch ohne aufgesetztes Headset hören.',
        ),
      },
    ),
    bool('disableDtmfSounds', t('Disable DTMF sounds', 'DTMF-Töne stummschalten'), false, {
      help: t(
        'No local keypad tones. The tones sent to the PBX are not affected.',
        'Keine lokalen Tastentöne. Die an die Telefonanlage gesendeten Töne sind davon nicht betroffen.',
      ),
    }),
    // Sounds
    str(
      'instantMessageSound',
      t('Sound for new instant messages', 'Ton bei neuen Chat-Nachrichten'),
      { format: 'path', optional: true, maxLength: 1024 },
      '',
      {
        help: t(
          'A WAV file played when a message arrives; empty uses the built-in sound.',
          'WAV-Datei, die bei einer neuen Nachricht abgespielt wird; leer bedeutet den eingebauten Ton.',
        ),
      },
    ),
  ],
};

const appearance: SettingGroup = {
  id: 'gui.appearance',
  title: t('GUI > Appearance', 'Oberfläche > Darstellung'),
  chapter: 'Appearance',
  fields: [
    choice(
      'language',
      t('Language', 'Sprache'),
      [
        option('system', 'System language', 'Systemsprache'),
        option('en', 'English', 'English'),
        option('de', 'Deutsch', 'Deutsch'),
      ],
      'system',
    ),
    bool('messageBalloons', t('Speech balloons in instant messaging', 'Sprechblasen im Chat'), true),
    bool('hideAvatars', t('Deactivate avatars', 'Avatare ausblenden'), false),
    bool('animations', t('Animations', 'Animationen'), true),
    bool('compactMode', t('Compact mode', 'Kompaktmodus'), false, {
      help: t(
        'Shows only the main window; the call window stays closed when you select a contact or a recent call.',
        'Zeigt nur das Hauptfenster; das Gesprächsfenster bleibt geschlossen, wenn Sie einen Kontakt oder einen letzten Anruf auswählen.',
      ),
    }),
    choice(
      'theme',
      t('Theme', 'Farbschema'),
      [
        option('system', 'Follow system', 'Wie im System'),
        option('light', 'Light', 'Hell'),
        option('dark', 'Dark', 'Dunkel'),
      ],
      'system',
    ),
  ],
};

const behaviour: SettingGroup = {
  id: 'gui.behaviour',
  title: t('GUI > Behaviour', 'Oberfläche > Verhalten'),
  chapter: 'Behaviour',
  fields: [
    bool('startMinimised', t('Start minimised', 'Minimiert starten'), false),
    bool('alwaysOnTop', t('Always on top', 'Immer im Vordergrund'), false),
    bool('minimiseToTray', t('Minimise to tray', 'In den Infobereich minimieren'), false, {
      help: t(
        'The minimise button moves the softphone to the notification area.',
        'Die Schaltfläche „Minimieren“ verschiebt das Softphone in den Infobereich.',
      ),
    }),
    bool('minimiseOnClose', t('Minimise on close', 'Beim Schließen minimieren'), true, {
      help: t(
        'Closing the window keeps the softphone running, so you can still receive calls.',
        'Nach dem Schließen des Fensters läuft das Softphone weiter, sodass Sie weiterhin Anrufe erhalten.',
      ),
    }),
    bool('collapseOnHangup', t('Collapse on hang-up', 'Nach dem Auflegen einklappen'), false, {
      help: t(
        'Closes the call window and returns to compact mode when a call ends.',
        'Schließt das Gesprächsfenster und wechselt in den Kompaktmodus, wenn ein Gespräch endet.',
      ),
    }),
    bool(
      'focusOnInstantMessage',
      t('Focus window on incoming instant message', 'Fenster bei eingehender Chat-Nachricht aktivieren'),
      false,
    ),
    bool(
      'flashOnInstantMessage',
      t('Flash window on incoming instant message', 'Fenster bei eingehender Chat-Nachricht blinken lassen'),
      true,
    ),
    bool(
      'activateOnIncomingCall',
      t('Activate window on incoming call', 'Fenster bei eingehendem Anruf aktivieren'),
      false,
    ),
    bool(
      'flashOnIncomingCall',
      t('Flash window on incoming call', 'Fenster bei eingehendem Anruf blinken lassen'),
      true,
    ),
  ],
};

const notifications: SettingGroup = {
  id: 'gui.notifications',
  title: t('GUI > Pop-up notifications', 'Oberfläche > Pop-up-Benachrichtigungen'),
  chapter: 'Pop-up notifications',
  fields: [
    bool(
      'onContactOnline',
      t('Notify when a contact goes online', 'Benachrichtigen, wenn ein Kontakt online geht'),
      false,
    ),
    bool('onInstantMessage', t('Notify of instant messages', 'Bei Chat-Nachrichten benachrichtigen'), true),
    bool('onIncomingCall', t('Notify of incoming calls', 'Bei eingehenden Anrufen benachrichtigen'), true),
    bool('onVoicemail', t('Notify of new voicemails', 'Bei neuen Sprachnachrichten benachrichtigen'), true),
    bool(
      'onAudioDeviceChange',
      t(
        'Notify when an audio device is (dis)connected',
        'Benachrichtigen, wenn ein Audiogerät angeschlossen oder getrennt wird',
      ),
      true,
    ),
    bool(
      'onNetworkChange',
      t('Notify when the network status has changed', 'Benachrichtigen, wenn sich der Netzwerkstatus ändert'),
      true,
    ),
  ],
};

const whenOptions = [
  option('instant', 'Instantly', 'Sofort'),
  option('delayed', 'After the waiting time', 'Nach der Wartezeit'),
];

const calls: SettingGroup = {
  id: 'functions.calls',
  title: t('Functions > Calls', 'Funktionen > Anrufe'),
  chapter: 'Calls',
  fields: [
    // Call settings
    choice(
      'manageIncomingCalls',
      t('Manage incoming calls', 'Eingehende Anrufe verwalten'),
      [
        option('off', 'Ring as usual', 'Normal klingeln'),
        option('forward', 'Forward', 'Weiterleiten'),
        option('autoAnswer', 'Answer automatically', 'Automatisch annehmen'),
      ],
      'off',
      {
        help: t(
          'Turns on call forwarding or automatic call acceptance as set below.',
          'Schaltet die Anrufweiterleitung oder die automatische Rufannahme wie unten eingestellt ein.',
        ),
      },
    ),
    bool('callWaiting', t('Call waiting', 'Anklopfen'), true, {
      help: t(
        'Signals a second incoming call during a call. When off, the caller hears the busy tone.',
        'Signalisiert einen weiteren Anruf während eines Gesprächs. Ausgeschaltet hört der Anrufer das Besetztzeichen.',
      ),
    }),
    int(
      'iceGatheringBudgetMs',
      t('ICE gathering budget', 'Zeitbudget für die ICE-Kandidatensuche'),
      { min: 50, max: 5000, unit: 'ms' },
      300,
      {
        help: t(
          'How long a call waits for STUN/TURN candidates before it starts with the ones it has.',
          'Wie lange ein Anruf auf STUN/TURN-Kandidaten wartet, bevor er mit den vorhandenen beginnt.',
        ),
      },
    ),
    // Call forwarding
    choice('forwardWhen', t('Forward', 'Weiterleiten'), whenOptions, 'delayed'),
    int('forwardAfterSeconds', t('Forward after', 'Weiterleiten nach'), seconds(1, 600), 20),
    str(
      'forwardDestination',
      t('Forwarding destination', 'Weiterleitungsziel'),
      { format: 'phone', optional: true, maxLength: 64 },
      '',
      {
        help: t('The number calls are forwarded to.', 'Die Rufnummer, an die Anrufe weitergeleitet werden.'),
      },
    ),
    // Automatic call acceptance
    choice(
      'autoAnswerWhen',
      t('Automatic call acceptance', 'Automatische Rufannahme'),
      whenOptions,
      'delayed',
    ),
    int('autoAnswerAfterSeconds', t('Accept call after', 'Anruf annehmen nach'), seconds(1, 600), 5),
    bool(
      'autoAnswerPlaySound',
      t('Play sound on auto answer', 'Ton bei automatischer Annahme abspielen'),
      true,
    ),
    bool(
      'keepAfterRestart',
      t('Keep settings after restart', 'Einstellungen nach Neustart beibehalten'),
      false,
      {
        help: t(
          'Otherwise forwarding and automatic acceptance are switched off each time the softphone starts.',
          'Andernfalls werden Weiterleitung und automatische Annahme bei jedem Start des Softphones ausgeschaltet.',
        ),
      },
    ),
    // Call history. Not in the manual (its call list has only delete and delete all); a list that
    // grows forever keeps every caller's number indefinitely and slows the Recent tab.
    int(
      'historyKeepDays',
      t('Keep call history for (days)', 'Anrufliste aufbewahren für (Tage)'),
      { min: 0, max: 3650 },
      365,
      {
        help: t(
          'Older calls are deleted from the call history. 0 keeps them until you delete them.',
          'Ältere Anrufe werden aus der Anrufliste gelöscht. Bei 0 bleiben sie, bis Sie sie löschen.',
        ),
      },
    ),
    int(
      'historyMaxEntries',
      t('Maximum call history entries', 'Maximale Anzahl Einträge in der Anrufliste'),
      { min: 10, max: 100_000 },
      10_000,
      {
        help: t(
          'When the call history is full, the oldest calls are deleted.',
          'Ist die Anrufliste voll, werden die ältesten Anrufe gelöscht.',
        ),
      },
    ),
  ],
};

const headset: SettingGroup = {
  id: 'functions.headset',
  title: t('Functions > Headset', 'Funktionen > Headset'),
  chapter: 'Headset',
  fields: [
    choice(
      'device',
      t('External headset / device', 'Externes Headset / Gerät'),
      [
        option('none', 'None', 'Keines'),
        option('generic', 'Other USB device', 'Sonstiges USB-Gerät'),
        option('jabra', 'Jabra device', 'Jabra-Gerät'),
        option('plantronics', 'Plantronics (Poly) device', 'Plantronics-Gerät (Poly)'),
        option('sennheiser', 'Sennheiser device', 'Sennheiser-Gerät'),
      ],
      'generic',
      {
        help: t(
          "Lets the device's buttons answer, end and mute calls.",
          'Damit nehmen die Tasten des Geräts Anrufe an, beenden sie und schalten stumm.',
        ),
      },
    ),
  ],
};

const automation: SettingGroup = {
  id: 'functions.automation',
  title: t('Functions > Automation', 'Funktionen > Automatisierung'),
  chapter: 'Automation',
  fields: [
    // General
    bool('startWithOs', t('Start with the operating system', 'Beim Start des Betriebssystems starten'), true),
    bool('checkForUpdates', t('Check for updates', 'Nach Updates suchen'), true),
    // Integration
    bool(
      'registerUriHandlers',
      t(
        'Register callto, SIP and tel links in the operating system',
        'callto-, SIP- und tel-Links im Betriebssystem registrieren',
      ),
      true,
      {
        help: t(
          'Links with these prefixes open in the softphone.',
          'Links mit diesen Präfixen werden im Softphone geöffnet.',
        ),
      },
    ),
    bool(
      'confirmLinkDial',
      t('Ask before a link dials', 'Vor dem Wählen über einen Link nachfragen'),
      false,
      {
        help: t(
          'When you open a callto:, sip: or tel: link, the softphone shows the number and waits for you to confirm. A link to an address outside your phone system always asks first.',
          'Wenn Sie einen callto:-, sip:- oder tel:-Link öffnen, zeigt das Softphone die Nummer und wartet auf Ihre Bestätigung. Ein Link zu einer Adresse außerhalb Ihrer Telefonanlage fragt immer zuerst nach.',
        ),
      },
    ),
    str(
      'updateFeedUrl',
      t('Update server', 'Update-Server'),
      { format: 'url', optional: true, maxLength: 2048 },
      '',
      {
        help: t(
          'Where updates come from; empty uses the address built into the installer.',
          'Woher Updates kommen; leer nutzt die im Installationsprogramm hinterlegte Adresse.',
        ),
      },
    ),
    bool(
      'outlookIntegration',
      t('Integrate in Microsoft Outlook', 'In Microsoft Outlook integrieren'),
      false,
      {
        unsupported: t(
          'This needs an Outlook add-in, which this softphone does not include; tel: links work instead.',
          'Dafür ist ein Outlook-Add-in nötig, das dieses Softphone nicht enthält; tel:-Links funktionieren stattdessen.',
        ),
      },
    ),
  ],
};

const callEvents: SettingGroup = {
  id: 'functions.automation.callEvents',
  title: t('Functions > Automation > Call events', 'Funktionen > Automatisierung > Anrufereignisse'),
  chapter: 'Call events',
  fields: [
    bool('recordAllCalls', t('Record all calls', 'Alle Gespräche aufzeichnen'), false, {
      help: t(
        'Tell every participant before a call is recorded, and store recordings as the law requires.',
        'Informieren Sie vor einer Aufzeichnung alle Gesprächsteilnehmer und speichern Sie die Aufnahmen gesetzeskonform.',
      ),
    }),
    str(
      'recordingDirectory',
      t('Directory for recorded calls', 'Ordner für Gesprächsaufzeichnungen'),
      { format: 'path', optional: true, maxLength: 1024 },
      '',
      { help: t('Empty uses the default folder.', 'Leer bedeutet den Standardordner.') },
    ),
    str(
      'recordingFileName',
      t('File name for recorded calls', 'Dateiname für Gesprächsaufzeichnungen'),
      { format: 'text', optional: false, maxLength: 200 },
      'recorded_call_{YYYY}-{MM}-{DD}_{hh}-{NN}-{ss}_{account}_{number}_part{recording_part}',
      {
        help: t(
          'Placeholders: {DNID}, {name}, {phone}, {number}, {account}, {YYYY}, {MM}, {DD}, {hh}, {NN}, {ss}, {recording_part}.',
          'Platzhalter: {DNID}, {name}, {phone}, {number}, {account}, {YYYY}, {MM}, {DD}, {hh}, {NN}, {ss}, {recording_part}.',
        ),
      },
    ),
    choice(
      'transferRequestMode',
      t('On transfer request', 'Bei Übernahmeanfrage'),
      [
        option('accept', 'Always accept', 'Immer annehmen'),
        option('reject', 'Always reject', 'Immer ablehnen'),
        option('intercom', 'InterCom (answer automatically)', 'InterCom (automatisch annehmen)'),
      ],
      'accept',
      {
        help: t(
          'How the softphone answers a PBX request to pick up or auto-answer a call (call pick-up, InterCom).',
          'Wie das Softphone auf eine Anfrage der Telefonanlage reagiert, einen Anruf zu übernehmen oder automatisch anzunehmen (Pick-up, InterCom).',
        ),
      },
    ),
    choice(
      'autoRejectOnStatus',
      t('Reject calls automatically when status is', 'Anrufe automatisch ablehnen bei Status'),
      [
        option('never', 'Never', 'Nie'),
        option('busy', 'Busy', 'Beschäftigt'),
        option('away', 'Away', 'Abwesend'),
        option('lunchBreak', 'Lunch break', 'Mittagspause'),
        option('brieflyAbsent', 'Briefly absent', 'Kurz abwesend'),
      ],
      'never',
    ),
  ],
};

const provisioning: SettingGroup = {
  id: 'functions.provisioning',
  title: t('Functions > Provisioning', 'Funktionen > Provisionierung'),
  chapter: 'Provisioning',
  fields: [
    str(
      'serverUrl',
      t('Provisioning server', 'Provisionierungsserver'),
      { format: 'url', optional: true, maxLength: 2048 },
      '',
      {
        help: t(
          'The address your administrator gave you, e.g. https://pbx.example.com/provisioning.',
          'Die Adresse von Ihrem Administrator, z. B. https://pbx.example.com/provisioning.',
        ),
      },
    ),
    bool(
      'allowInsecureHttp',
      t('Allow unencrypted HTTP for provisioning', 'Unverschlüsseltes HTTP für die Bereitstellung erlauben'),
      false,
      {
        help: t(
          'Lets the softphone fetch its configuration from an http:// address. Passwords and the configuration then travel unencrypted over the network. Turn this on only when your administrator tells you to.',
          'Erlaubt dem Softphone, die Konfiguration von einer http://-Adresse abzurufen. Passwörter und die Konfiguration werden dann unverschlüsselt über das Netzwerk übertragen. Schalten Sie dies nur ein, wenn Ihr Administrator es Ihnen sagt.',
        ),
      },
    ),
    str('userName', t('User name', 'Benutzername'), { format: 'text', optional: true, maxLength: 128 }, '', {
      help: t('Usually the user name of your SIP account.', 'Meist der Benutzername Ihres SIP-Kontos.'),
    }),
    secret('password', t('Password', 'Passwort'), {
      help: t('Usually the password of your SIP account.', 'Meist das Passwort Ihres SIP-Kontos.'),
    }),
    bool('rememberMe', t('Remember me', 'Angemeldet bleiben'), true),
    bool(
      'provisionOnStartup',
      t('Provision automatically on start', 'Beim Start automatisch provisionieren'),
      true,
      {
        help: t(
          'Fetches the configuration each time the softphone starts.',
          'Ruft die Konfiguration bei jedem Start des Softphones ab.',
        ),
      },
    ),
    int(
      'intervalMinutes',
      t('Provision again every', 'Erneut provisionieren alle'),
      { min: 0, max: 10080, unit: 'min' },
      0,
      {
        help: t(
          'Fetches the configuration again at this interval while the softphone runs; 0 turns it off.',
          'Ruft die Konfiguration in diesem Abstand erneut ab, solange das Softphone läuft; 0 schaltet es aus.',
        ),
      },
    ),
  ],
};

const stunRefreshUnsupported = t(
  'WebRTC keeps STUN bindings fresh itself with ICE consent checks.',
  'WebRTC hält STUN-Bindungen mit ICE-Consent-Prüfungen selbst aktuell.',
);

const stun: SettingGroup = {
  id: 'advanced.stun',
  title: t('Functions > Advanced > Global STUN', 'Funktionen > Erweitert > Globaler STUN'),
  chapter: 'Global STUN',
  fields: [
    bool('enabled', t('Use STUN', 'STUN verwenden'), false, {
      help: t(
        'Uses the STUN server below for every account set to global STUN.',
        'Verwendet den folgenden STUN-Server für alle Konten, die den globalen STUN nutzen.',
      ),
    }),
    str(
      'server',
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
    int('port', t('STUN port', 'STUN-Port'), port, 3478, {
      help: t(
        'Used when the server has no port of its own.',
        'Gilt, wenn beim Server kein Port angegeben ist.',
      ),
    }),
    int('refreshSeconds', t('STUN refresh period', 'STUN-Aktualisierungsintervall'), seconds(10, 3600), 60, {
      unsupported: stunRefreshUnsupported,
    }),
  ],
};

const tls: SettingGroup = {
  id: 'advanced.tls',
  title: t('Functions > Advanced > TLS', 'Funktionen > Erweitert > TLS'),
  chapter: 'TLS',
  fields: [
    str(
      'overrideDomainName',
      t('Override domain name', 'Domainnamen überschreiben'),
      { format: 'host', optional: true, maxLength: 253 },
      '',
      {
        help: t(
          "Name checked against the PBX's certificate instead of the domain. Needs a certificate below.",
          'Name, der statt der Domain mit dem Zertifikat der Telefonanlage abgeglichen wird. Erfordert unten ein Zertifikat.',
        ),
      },
    ),
    str(
      'domainCertificate',
      t('Domain certificate', 'Domänenzertifikat'),
      { format: 'path', optional: true, maxLength: 1024 },
      '',
      {
        help: t(
          'Usually leave empty: the PBX certificate is set per account under Encryption.',
          'Meist leer lassen: Das Zertifikat der Telefonanlage wird pro Konto unter Verschlüsselung festgelegt.',
        ),
      },
    ),
    bool(
      'strongCiphersOnly',
      t('Use only strong ciphers', 'Nur starke Verschlüsselungsverfahren verwenden'),
      true,
    ),
    bool(
      'disableCertificateVerification',
      t('Disable certificate verification', 'Zertifikatsprüfung deaktivieren'),
      false,
      {
        help: t(
          'High security risk: anyone on the network could pose as your PBX. Use only for testing.',
          'Hohes Sicherheitsrisiko: Jeder im Netzwerk könnte sich als Ihre Telefonanlage ausgeben. Nur zum Testen verwenden.',
        ),
      },
    ),
    choice(
      'protocolSuite',
      t('Protocol suite', 'Protokollversion'),
      [
        option('TLSv1.3', 'TLS 1.3 only', 'Nur TLS 1.3'),
        option('TLSv1.2', 'TLS 1.2 or newer', 'TLS 1.2 oder neuer'),
        option('TLSv1.1', 'TLS 1.1 or newer (insecure)', 'TLS 1.1 oder neuer (unsicher)'),
        option('TLSv1', 'TLS 1.0 or newer (insecure)', 'TLS 1.0 oder neuer (unsicher)'),
      ],
      'TLSv1.2',
      {
        help: t(
          'The oldest TLS version accepted. TLS 1.2 suits Auerswald COMtrexx. SSL v2/3 is broken and not offered.',
          'Die älteste akzeptierte TLS-Version. TLS 1.2 passt für Auerswald COMtrexx. SSL v2/3 ist unsicher und wird nicht angeboten.',
        ),
      },
    ),
  ],
};

const sipPortUnsupported = t(
  'SIP runs over WebSocket, where the operating system picks the local port.',
  'SIP läuft über WebSocket; dort wählt das Betriebssystem den lokalen Port.',
);

const network: SettingGroup = {
  id: 'advanced.network',
  title: t('Functions > Advanced > Network', 'Funktionen > Erweitert > Netzwerk'),
  chapter: 'Network',
  fields: [
    int('sipPort', t('Local SIP port', 'Lokaler SIP-Port'), port, 5060, { unsupported: sipPortUnsupported }),
    bool(
      'sipRandomPort',
      t('Open random SIP port above 32000', 'Zufälligen SIP-Port über 32000 öffnen'),
      false,
      {
        unsupported: sipPortUnsupported,
      },
    ),
    int('rtpPort', t('Local RTP port', 'Lokaler RTP-Port'), { min: 1024, max: 65535 }, 10000, {
      help: t(
        'Lowest local UDP port for call audio; each call takes the next free one. In a browser, the browser picks.',
        'Niedrigster lokaler UDP-Port für Gesprächsaudio; jeder Anruf nimmt den nächsten freien. Im Browser wählt der Browser.',
      ),
    }),
    bool(
      'rtpRandomPort',
      t('Open random RTP port above 32000', 'Zufälligen RTP-Port über 32000 öffnen'),
      false,
      {
        help: t(
          'Try this if your router has trouble with audio.',
          'Probieren Sie dies, wenn Ihr Router Probleme mit dem Gesprächsaudio hat.',
        ),
      },
    ),
  ],
};

function accelerator(key: string, label: Text, value: string): StringField {
  return str(key, label, { format: 'text', optional: true, maxLength: 64 }, value, {
    help: t(
      'Keys as Electron writes them, e.g. CommandOrControl+Alt+A; empty turns this shortcut off.',
      'Tasten in Electron-Schreibweise, z. B. CommandOrControl+Alt+A; leer schaltet dieses Tastenkürzel ab.',
    ),
  });
}

/** Not in the manual: system-wide shortcuts that work while another application has the focus. */
const shortcuts: SettingGroup = {
  id: 'functions.shortcuts',
  title: t('Functions > Global shortcuts', 'Funktionen > Globale Tastenkürzel'),
  chapter: 'Global shortcuts',
  fields: [
    bool('enabled', t('Use global shortcuts', 'Globale Tastenkürzel verwenden'), false, {
      help: t(
        'The shortcuts below work even when another application has the focus.',
        'Die folgenden Tastenkürzel wirken auch, wenn eine andere Anwendung im Vordergrund ist.',
      ),
    }),
    accelerator('answer', t('Answer', 'Annehmen'), 'CommandOrControl+Alt+A'),
    accelerator('hangup', t('Hang up', 'Auflegen'), 'CommandOrControl+Alt+H'),
    accelerator('mute', t('Mute', 'Stummschalten'), 'CommandOrControl+Alt+M'),
    accelerator(
      'dialClipboard',
      t('Dial the number on the clipboard', 'Nummer aus der Zwischenablage wählen'),
      'CommandOrControl+Alt+D',
    ),
  ],
};

/** Not in the manual: the app registrations Google and Microsoft need for the contacts sign-in. */
const cloudContacts: SettingGroup = {
  id: 'contacts.cloud',
  title: t('Contacts > Google and Outlook', 'Kontakte > Google und Outlook'),
  chapter: 'Contacts',
  fields: [
    str(
      'googleClientId',
      t('Google client ID', 'Google-Client-ID'),
      { format: 'text', optional: true, maxLength: 256 },
      '',
      {
        help: t(
          'The OAuth client ID of a "Desktop app" your organisation registered with Google; see docs/cloud-contacts.md.',
          'Die OAuth-Client-ID einer „Desktop-App“, die Ihre Organisation bei Google registriert hat; siehe docs/cloud-contacts.md.',
        ),
      },
    ),
    str(
      'googleClientSecret',
      t('Google client secret', 'Google-Clientschlüssel'),
      { format: 'text', optional: true, maxLength: 256 },
      '',
      {
        help: t(
          'Google gives desktop apps a client secret that is not confidential but must be sent.',
          'Google vergibt an Desktop-Apps einen Clientschlüssel, der nicht geheim ist, aber mitgesendet werden muss.',
        ),
      },
    ),
    str(
      'outlookClientId',
      t('Microsoft application (client) ID', 'Microsoft-Anwendungs-ID (Client-ID)'),
      { format: 'text', optional: true, maxLength: 256 },
      '',
      {
        help: t(
          'The ID of the app your organisation registered in Microsoft Entra for Outlook.com and Microsoft 365 contacts.',
          'Die ID der App, die Ihre Organisation in Microsoft Entra für Outlook.com- und Microsoft-365-Kontakte registriert hat.',
        ),
      },
    ),
  ],
};

export const globalSettingGroups: readonly SettingGroup[] = [
  audio,
  appearance,
  behaviour,
  notifications,
  calls,
  headset,
  automation,
  shortcuts,
  cloudContacts,
  callEvents,
  provisioning,
  stun,
  tls,
  network,
];
