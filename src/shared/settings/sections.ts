/**
 * How the settings are presented: sections the way users think of them (Audio, Calls, ...), each made
 * of titled panels listing fields by full key. This is presentation only: the stored keys stay those of
 * the tables (global-settings.ts, account-settings.ts), so existing databases and provisioning files keep
 * working. Jargon (ICE, ports, RPort, KPML, ...) lives under Advanced. A unit test checks that every field
 * of a table appears in exactly one panel. Titles are in the catalogue: settingsLayout.sections.<id> and
 * settingsLayout.panels.<id>.
 */

export type SettingsSectionId =
  'audio' | 'calls' | 'accounts' | 'contacts' | 'appearance' | 'notifications' | 'network' | 'advanced';

export interface SettingsPanel {
  id: string;
  keys: readonly string[];
}

export interface SettingsSection {
  id: SettingsSectionId;
  panels: readonly SettingsPanel[];
}

const prefixed = (prefix: string, keys: readonly string[]) => keys.map((key) => `${prefix}.${key}`);

export const globalSettingSections: readonly SettingsSection[] = [
  {
    id: 'audio',
    panels: [
      {
        id: 'devices',
        keys: [
          ...prefixed('media.audio', [
            'inputDevice',
            'outputDevice',
            'speakerInputDevice',
            'speakerOutputDevice',
            'ringerDevice',
            'automaticMicrophoneSelection',
          ]),
          'functions.headset.device',
        ],
      },
      {
        id: 'voice',
        keys: prefixed('media.audio', ['echoCancellation', 'automaticGainControl', 'noiseSuppression']),
      },
      {
        id: 'sounds',
        keys: prefixed('media.audio', [
          'muteEarlyMedia',
          'ringThroughPcSpeaker',
          'disableDtmfSounds',
          'instantMessageSound',
        ]),
      },
    ],
  },
  {
    id: 'calls',
    panels: [
      {
        id: 'incomingCalls',
        keys: prefixed('functions.calls', [
          'callWaiting',
          'manageIncomingCalls',
          'forwardWhen',
          'forwardAfterSeconds',
          'forwardDestination',
          'autoAnswerWhen',
          'autoAnswerAfterSeconds',
          'autoAnswerPlaySound',
          'keepAfterRestart',
        ]),
      },
      {
        id: 'callRules',
        keys: prefixed('functions.automation.callEvents', ['transferRequestMode', 'autoRejectOnStatus']),
      },
      {
        id: 'recording',
        keys: prefixed('functions.automation.callEvents', [
          'recordAllCalls',
          'recordingDirectory',
          'recordingFileName',
        ]),
      },
      { id: 'history', keys: prefixed('functions.calls', ['historyKeepDays', 'historyMaxEntries']) },
      { id: 'links', keys: prefixed('functions.automation', ['registerUriHandlers', 'confirmLinkDial']) },
      {
        id: 'shortcuts',
        keys: prefixed('functions.shortcuts', ['enabled', 'answer', 'hangup', 'mute', 'dialClipboard']),
      },
    ],
  },
  {
    id: 'accounts',
    panels: [
      {
        id: 'provisioning',
        keys: prefixed('functions.provisioning', [
          'serverUrl',
          'userName',
          'password',
          'rememberMe',
          'provisionOnStartup',
          'intervalMinutes',
          'allowInsecureHttp',
        ]),
      },
    ],
  },
  {
    id: 'contacts',
    panels: [
      {
        id: 'cloudContacts',
        keys: prefixed('contacts.cloud', ['googleClientId', 'googleClientSecret', 'outlookClientId']),
      },
    ],
  },
  {
    id: 'appearance',
    panels: [
      {
        id: 'look',
        keys: prefixed('gui.appearance', [
          'language',
          'theme',
          'compactMode',
          'hideAvatars',
          'animations',
          'messageBalloons',
        ]),
      },
      {
        id: 'window',
        keys: [
          'functions.automation.startWithOs',
          ...prefixed('gui.behaviour', [
            'startMinimised',
            'minimiseToTray',
            'minimiseOnClose',
            'alwaysOnTop',
            'collapseOnHangup',
            'activateOnIncomingCall',
            'flashOnIncomingCall',
            'focusOnInstantMessage',
            'flashOnInstantMessage',
          ]),
        ],
      },
    ],
  },
  {
    id: 'notifications',
    panels: [
      {
        id: 'popups',
        keys: prefixed('gui.notifications', [
          'onIncomingCall',
          'onVoicemail',
          'onAudioDeviceChange',
          'onNetworkChange',
          'onContactOnline',
          'onInstantMessage',
        ]),
      },
    ],
  },
  {
    id: 'network',
    panels: [
      {
        id: 'tls',
        keys: prefixed('advanced.tls', [
          'disableCertificateVerification',
          'domainCertificate',
          'overrideDomainName',
          'protocolSuite',
          'strongCiphersOnly',
        ]),
      },
      { id: 'stun', keys: prefixed('advanced.stun', ['enabled', 'server', 'port', 'refreshSeconds']) },
    ],
  },
  {
    id: 'advanced',
    panels: [
      {
        id: 'media',
        keys: [
          'functions.calls.iceGatheringBudgetMs',
          ...prefixed('advanced.network', ['sipPort', 'sipRandomPort', 'rtpPort', 'rtpRandomPort']),
        ],
      },
      { id: 'updates', keys: prefixed('functions.automation', ['checkForUpdates', 'updateFeedUrl']) },
      { id: 'integration', keys: ['functions.automation.outlookIntegration'] },
    ],
  },
];

/**
 * The account editor's panels, in order: the first two are always open, the rest fold away. The SIP
 * details few users need (compatibility modes, RPort, timers, SRTP key exchange) are under Advanced.
 */
export const accountSettingPanels: readonly SettingsPanel[] = [
  { id: 'account', keys: ['account.name', 'functions.displayName'] },
  { id: 'credentials', keys: prefixed('credentials', ['domain', 'userName', 'password']) },
  {
    id: 'connection',
    keys: [
      ...prefixed('optionalCredentials', ['authorizationUserName', 'outboundProxy', 'wsUrl']),
      'network.transport',
    ],
  },
  {
    id: 'accountFunctions',
    keys: prefixed('functions', [
      'registerOnStartup',
      'mwi',
      'useBlf',
      'subscribePresence',
      'publishPresence',
      'customRingtone',
      'noRingback',
      'typingNotification',
    ]),
  },
  {
    id: 'numberModification',
    keys: prefixed('numberModification', ['removeDialChars', 'useCountryCode', 'defaultCountry', 'prefix']),
  },
  { id: 'voicemail', keys: prefixed('extensions', ['voicemailNumber', 'voicemailTransferNumber']) },
  { id: 'codecs', keys: ['codecs.codecs'] },
  { id: 'accountStun', keys: prefixed('network', ['stun', 'stunServer', 'stunPort']) },
  { id: 'encryption', keys: prefixed('encryption', ['certificateUse', 'certificateFile']) },
  {
    id: 'accountAdvanced',
    keys: [
      'compatibility.dtmfMode',
      'compatibility.sendKpml',
      'compatibility.rtcpFeedback',
      'compatibility.forceRfc3264Hold',
      'compatibility.ciscoCallForwarding',
      ...prefixed('network', [
        'registrationExpirySeconds',
        'subscriptionExpirySeconds',
        'keepAliveSeconds',
        'rport',
        'rportMedia',
        'stunRefreshSeconds',
      ]),
      'encryption.srtpKeyNegotiation',
      'encryption.zrtp',
    ],
  },
];
