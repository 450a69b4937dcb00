/** English texts of the global settings (Media, GUI, Functions, Contacts): group titles as breadcrumbs, field labels, help, options and why a field or option is unsupported, keyed by full setting key. */
export const globalSettingsEn = {
  globalSettingTexts: {
    groups: {
      'media.audio': 'Media > Audio',
      'gui.appearance': 'GUI > Appearance',
      'gui.behaviour': 'GUI > Behaviour',
      'gui.notifications': 'GUI > Pop-up notifications',
      'functions.calls': 'Functions > Calls',
      'functions.headset': 'Functions > Headset',
      'functions.automation': 'Functions > Automation',
      'functions.shortcuts': 'Functions > Global shortcuts',
      'contacts.cloud': 'Contacts > Google and Outlook',
      'functions.automation.callEvents': 'Functions > Automation > Call events',
      'functions.provisioning': 'Functions > Provisioning',
      'advanced.stun': 'Functions > Advanced > Global STUN',
      'advanced.tls': 'Functions > Advanced > TLS',
      'advanced.network': 'Functions > Advanced > Network',
    },
    fields: {
      'media.audio.inputDevice': {
        label: 'Input device (default)',
        help: 'The microphone used for calls.',
      },
      'media.audio.outputDevice': {
        label: 'Output device (default)',
        help: 'The loudspeaker or headset used for calls.',
      },
      'media.audio.speakerInputDevice': {
        label: 'Input device (speaker)',
        help: 'The microphone used in hands-free mode.',
      },
      'media.audio.speakerOutputDevice': {
        label: 'Output device (speaker)',
        help: 'The loudspeaker used in hands-free mode.',
      },
      'media.audio.ringerDevice': {
        label: 'Ringing device',
        help: 'The loudspeaker on which the softphone rings.',
      },
      'media.audio.automaticMicrophoneSelection': {
        label: 'Automatic microphone selection',
        help: 'Switches to a newly connected microphone, e.g. a USB headset plugged in during a conference call.',
      },
      'media.audio.echoCancellation': {
        label: 'Echo cancellation',
        help: 'Reduces the echo the other party hears. Leave it on unless your desk phone cancels echo itself.',
      },
      'media.audio.automaticGainControl': {
        label: 'Automatic gain control',
        help: 'Keeps your voice at the right volume whatever the microphone or your distance from it.',
      },
      'media.audio.noiseSuppression': {
        label: 'Noise suppression',
        help: 'Removes background noise during calls.',
      },
      'media.audio.muteEarlyMedia': {
        label: 'Mute early media (outgoing calls)',
        help: 'Silences tones and announcements the network plays before the call is answered.',
      },
      'media.audio.ringThroughPcSpeaker': {
        label: 'Also ring through PC speaker',
        help: 'Rings on the PC loudspeaker as well as the headset, so you hear calls when you are not wearing it.',
      },
      'media.audio.disableDtmfSounds': {
        label: 'Disable DTMF sounds',
        help: 'No local keypad tones. The tones sent to the PBX are not affected.',
      },
      'media.audio.instantMessageSound': {
        label: 'Sound for new instant messages',
        help: 'A WAV file played when a message arrives; empty uses the built-in sound.',
      },
      'gui.appearance.language': {
        label: 'Language',
        options: {
          system: 'System language',
          en: 'English',
          de: 'Deutsch',
        },
      },
      'gui.appearance.messageBalloons': {
        label: 'Speech balloons in instant messaging',
      },
      'gui.appearance.hideAvatars': {
        label: 'Deactivate avatars',
      },
      'gui.appearance.animations': {
        label: 'Animations',
      },
      'gui.appearance.compactMode': {
        label: 'Compact mode',
        help: 'Shows only the main window; the call window stays closed when you select a contact or a recent call.',
      },
      'gui.appearance.theme': {
        label: 'Theme',
        options: {
          system: 'Follow system',
          light: 'Light',
          dark: 'Dark',
        },
      },
      'gui.behaviour.startMinimised': {
        label: 'Start minimised',
      },
      'gui.behaviour.alwaysOnTop': {
        label: 'Always on top',
      },
      'gui.behaviour.minimiseToTray': {
        label: 'Minimise to tray',
        help: 'The minimise button moves the softphone to the notification area.',
      },
      'gui.behaviour.minimiseOnClose': {
        label: 'Minimise on close',
        help: 'Closing the window keeps the softphone running, so you can still receive calls.',
      },
      'gui.behaviour.collapseOnHangup': {
        label: 'Collapse on hang-up',
        help: 'Closes the call window and returns to compact mode when a call ends.',
      },
      'gui.behaviour.focusOnInstantMessage': {
        label: 'Focus window on incoming instant message',
      },
      'gui.behaviour.flashOnInstantMessage': {
        label: 'Flash window on incoming instant message',
      },
      'gui.behaviour.activateOnIncomingCall': {
        label: 'Activate window on incoming call',
      },
      'gui.behaviour.flashOnIncomingCall': {
        label: 'Flash window on incoming call',
      },
      'gui.notifications.onContactOnline': {
        label: 'Notify when a contact goes online',
      },
      'gui.notifications.onInstantMessage': {
        label: 'Notify of instant messages',
      },
      'gui.notifications.onIncomingCall': {
        label: 'Notify of incoming calls',
      },
      'gui.notifications.onVoicemail': {
        label: 'Notify of new voicemails',
      },
      'gui.notifications.onAudioDeviceChange': {
        label: 'Notify when an audio device is (dis)connected',
      },
      'gui.notifications.onNetworkChange': {
        label: 'Notify when the network status has changed',
      },
      'functions.calls.manageIncomingCalls': {
        label: 'Manage incoming calls',
        help: 'Turns on call forwarding or automatic call acceptance as set below.',
        options: {
          off: 'Ring as usual',
          forward: 'Forward',
          autoAnswer: 'Answer automatically',
        },
      },
      'functions.calls.callWaiting': {
        label: 'Call waiting',
        help: 'Signals a second incoming call during a call. When off, the caller hears the busy tone.',
      },
      'functions.calls.iceGatheringBudgetMs': {
        label: 'Wait for network addresses (ICE)',
        help: 'How long a call waits for STUN/TURN candidates before it starts with the ones it has.',
      },
      'functions.calls.forwardWhen': {
        label: 'Forward',
        options: {
          instant: 'Instantly',
          delayed: 'After the waiting time',
        },
      },
      'functions.calls.forwardAfterSeconds': {
        label: 'Forward after',
      },
      'functions.calls.forwardDestination': {
        label: 'Forwarding destination',
        help: 'The number calls are forwarded to.',
      },
      'functions.calls.autoAnswerWhen': {
        label: 'Automatic call acceptance',
        options: {
          instant: 'Instantly',
          delayed: 'After the waiting time',
        },
      },
      'functions.calls.autoAnswerAfterSeconds': {
        label: 'Accept call after',
      },
      'functions.calls.autoAnswerPlaySound': {
        label: 'Play sound on auto answer',
      },
      'functions.calls.keepAfterRestart': {
        label: 'Keep settings after restart',
        help: 'Otherwise forwarding and automatic acceptance are switched off each time the softphone starts.',
      },
      'functions.calls.historyKeepDays': {
        label: 'Keep call history for (days)',
        help: 'Older calls are deleted from the call history. 0 keeps them until you delete them.',
      },
      'functions.calls.historyMaxEntries': {
        label: 'Maximum call history entries',
        help: 'When the call history is full, the oldest calls are deleted.',
      },
      'functions.headset.device': {
        label: 'External headset / device',
        help: "Lets the device's buttons answer, end and mute calls.",
        options: {
          none: 'None',
          generic: 'Other USB device',
          jabra: 'Jabra device',
          plantronics: 'Plantronics (Poly) device',
          sennheiser: 'Sennheiser device',
        },
      },
      'functions.automation.startWithOs': {
        label: 'Start with the operating system',
      },
      'functions.automation.checkForUpdates': {
        label: 'Check for updates',
        help: 'Looks for a new version of the phone at start and offers to install it.',
      },
      'functions.automation.registerUriHandlers': {
        label: 'Register callto, SIP and tel links in the operating system',
        help: 'Links with these prefixes open in the softphone.',
      },
      'functions.automation.confirmLinkDial': {
        label: 'Ask before a link dials',
        help: 'When you open a callto:, sip: or tel: link, the softphone shows the number and waits for you to confirm. A link to an address outside your phone system always asks first.',
      },
      'functions.automation.updateFeedUrl': {
        label: 'Update server',
        help: 'Where updates come from; empty uses the address built into the installer.',
      },
      'functions.automation.outlookIntegration': {
        label: 'Integrate in Microsoft Outlook',
        help: 'Lets Outlook call contacts through this phone.',
        unsupported:
          'This needs an Outlook add-in, which this softphone does not include; tel: links work instead.',
      },
      'functions.shortcuts.enabled': {
        label: 'Use global shortcuts',
        help: 'The shortcuts below work even when another application has the focus.',
      },
      'functions.shortcuts.answer': {
        label: 'Answer',
        help: 'Keys as Electron writes them, e.g. CommandOrControl+Alt+A; empty turns this shortcut off.',
      },
      'functions.shortcuts.hangup': {
        label: 'Hang up',
        help: 'Keys as Electron writes them, e.g. CommandOrControl+Alt+A; empty turns this shortcut off.',
      },
      'functions.shortcuts.mute': {
        label: 'Mute',
        help: 'Keys as Electron writes them, e.g. CommandOrControl+Alt+A; empty turns this shortcut off.',
      },
      'functions.shortcuts.dialClipboard': {
        label: 'Dial the number on the clipboard',
        help: 'Keys as Electron writes them, e.g. CommandOrControl+Alt+A; empty turns this shortcut off.',
      },
      'contacts.cloud.googleClientId': {
        label: 'Google client ID',
        help: 'The OAuth client ID of a "Desktop app" your organisation registered with Google; your administrator has it.',
      },
      'contacts.cloud.googleClientSecret': {
        label: 'Google client secret',
        help: 'Google gives desktop apps a client secret that is not confidential but must be sent.',
      },
      'contacts.cloud.outlookClientId': {
        label: 'Microsoft application (client) ID',
        help: 'The ID of the app your organisation registered in Microsoft Entra for Outlook.com and Microsoft 365 contacts.',
      },
      'functions.automation.callEvents.recordAllCalls': {
        label: 'Record all calls',
        help: 'Tell every participant before a call is recorded, and store recordings as the law requires.',
      },
      'functions.automation.callEvents.recordingDirectory': {
        label: 'Directory for recorded calls',
        help: 'Empty uses the default folder.',
      },
      'functions.automation.callEvents.recordingFileName': {
        label: 'File name for recorded calls',
        help: 'Placeholders: {DNID}, {name}, {phone}, {number}, {account}, {YYYY}, {MM}, {DD}, {hh}, {NN}, {ss}, {recording_part}.',
      },
      'functions.automation.callEvents.transferRequestMode': {
        label: 'On transfer request',
        help: 'How the softphone answers a PBX request to pick up or auto-answer a call (call pick-up, InterCom).',
        options: {
          accept: 'Always accept',
          reject: 'Always reject',
          intercom: 'InterCom (answer automatically)',
        },
      },
      'functions.automation.callEvents.autoRejectOnStatus': {
        label: 'Reject calls automatically when status is',
        options: {
          never: 'Never',
          busy: 'Busy',
          away: 'Away',
          lunchBreak: 'Lunch break',
          brieflyAbsent: 'Briefly absent',
        },
      },
      'functions.provisioning.serverUrl': {
        label: 'Provisioning server',
        help: 'The address your administrator gave you, e.g. https://pbx.example.com/provisioning.',
      },
      'functions.provisioning.allowInsecureHttp': {
        label: 'Allow unencrypted HTTP for provisioning',
        help: 'Lets the softphone fetch its configuration from an http:// address. Passwords and the configuration then travel unencrypted over the network. Turn this on only when your administrator tells you to.',
      },
      'functions.provisioning.userName': {
        label: 'User name',
        help: 'Usually the user name of your SIP account.',
      },
      'functions.provisioning.password': {
        label: 'Password',
        help: 'Usually the password of your SIP account.',
      },
      'functions.provisioning.rememberMe': {
        label: 'Remember me',
      },
      'functions.provisioning.provisionOnStartup': {
        label: 'Provision automatically on start',
        help: 'Fetches the configuration each time the softphone starts.',
      },
      'functions.provisioning.intervalMinutes': {
        label: 'Provision again every',
        help: 'Fetches the configuration again at this interval while the softphone runs; 0 turns it off.',
      },
      'advanced.stun.enabled': {
        label: 'Use STUN',
        help: 'Uses the STUN server below for every account set to global STUN.',
      },
      'advanced.stun.server': {
        label: 'STUN server',
        help: 'Host name or address, optionally with :port, e.g. stun.example.com:3478.',
      },
      'advanced.stun.port': {
        label: 'STUN port',
        help: 'Used when the server has no port of its own.',
      },
      'advanced.stun.refreshSeconds': {
        label: 'STUN refresh period',
        unsupported: 'WebRTC keeps STUN bindings fresh itself with ICE consent checks.',
      },
      'advanced.tls.overrideDomainName': {
        label: 'Override domain name',
        help: "Name checked against the PBX's certificate instead of the domain. Needs a certificate below.",
      },
      'advanced.tls.domainCertificate': {
        label: 'Domain certificate',
        help: 'Usually leave empty: the PBX certificate is set per account under Encryption.',
      },
      'advanced.tls.strongCiphersOnly': {
        label: 'Use only strong ciphers',
      },
      'advanced.tls.disableCertificateVerification': {
        label: 'Disable certificate verification',
        help: 'High security risk: anyone on the network could pose as your PBX. Use only for testing.',
      },
      'advanced.tls.protocolSuite': {
        label: 'Protocol suite',
        help: 'The oldest TLS version accepted. TLS 1.2 suits Auerswald COMtrexx. SSL v2/3 is broken and not offered.',
        options: {
          'TLSv1.3': 'TLS 1.3 only',
          'TLSv1.2': 'TLS 1.2 or newer',
          'TLSv1.1': 'TLS 1.1 or newer (insecure)',
          TLSv1: 'TLS 1.0 or newer (insecure)',
        },
      },
      'advanced.network.sipPort': {
        label: 'Local SIP port',
        help: 'The local port for SIP signalling; over WebSocket the operating system chooses it.',
        unsupported: 'SIP runs over WebSocket, where the operating system picks the local port.',
      },
      'advanced.network.sipRandomPort': {
        label: 'Open random SIP port above 32000',
        help: 'Uses a random local SIP port instead of a fixed one.',
        unsupported: 'SIP runs over WebSocket, where the operating system picks the local port.',
      },
      'advanced.network.rtpPort': {
        label: 'Local RTP port',
        help: 'Lowest local UDP port for call audio; each call takes the next free one. In a browser, the browser picks.',
      },
      'advanced.network.rtpRandomPort': {
        label: 'Open random RTP port above 32000',
        help: 'Try this if your router has trouble with audio.',
      },
    },
  },
};
