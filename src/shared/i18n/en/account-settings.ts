/** English texts of the per-account settings: group titles, field labels, help, options and unsupported reasons, keyed by full setting key. */
export const accountSettingsEn = {
  accountSettingTexts: {
    groups: {
      account: 'Accounts > SIP accounts',
      credentials: 'Accounts > SIP credentials',
      optionalCredentials: 'Accounts > Optional SIP credentials',
      functions: 'Accounts > Functions',
      numberModification: 'Accounts > Phone number modification',
      extensions: 'Accounts > Preconfigured extensions',
      compatibility: 'Accounts > Compatibility modes',
      network: 'Accounts > Network',
      codecs: 'Accounts > Audio codecs',
      encryption: 'Accounts > Encryption',
    },
    fields: {
      'account.name': {
        label: 'Account name',
        help: 'Shown in the account list; empty shows user@domain.',
      },
      'credentials.domain': {
        label: 'Domain',
        help: 'Host name or IP address of the SIP registrar, optionally with a port, e.g. sip.example.com:5060.',
      },
      'credentials.userName': {
        label: 'User name',
        help: 'For authentication at the SIP registrar, e.g. a name or the phone number.',
      },
      'credentials.password': {
        label: 'Password',
        help: 'For authentication at the SIP registrar. Stored in the system keychain.',
      },
      'optionalCredentials.authorizationUserName': {
        label: 'Authorisation user name',
        help: 'Only if the PBX needs a different name for authentication.',
      },
      'optionalCredentials.outboundProxy': {
        label: 'Outbound proxy',
        help: 'Only if the PBX requires one.',
      },
      'optionalCredentials.wsUrl': {
        label: 'WebSocket server',
        help: 'SIP over WebSocket address, e.g. wss://pbx.example.com:8089/ws. Empty derives it from the domain.',
      },
      'functions.displayName': {
        label: 'Caller ID (display name)',
        help: 'Shown to the people you call. The PBX often ignores or replaces it.',
      },
      'functions.mwi': {
        label: 'MWI for incoming voice messages',
        help: 'Whether the softphone asks the PBX to report new voicemail messages.',
        options: {
          subscribe: 'Subscribe after registration',
          unsolicited: 'Accept unsolicited notifications only',
          off: 'Off',
        },
      },
      'functions.registerOnStartup': {
        label: 'Register on startup',
        help: 'Registration is needed to receive calls and, on some PBXs, to make them.',
      },
      'functions.subscribePresence': {
        label: 'Subscribe presence',
        help: "Shows your contacts' presence, e.g. Online or Busy.",
      },
      'functions.publishPresence': {
        label: 'Publish presence',
        help: 'Sends your presence status to the server.',
      },
      'functions.useBlf': {
        label: 'Use BLF',
        help: 'Busy lamp field, if the PBX supports it.',
      },
      'functions.customRingtone': {
        label: 'Custom ringtone',
        help: 'A WAV file that rings for calls to this account; empty uses the default ringtone.',
      },
      'functions.noRingback': {
        label: 'Do not play ringback tones',
        help: 'No ringing tone for outgoing calls, unless the network sends one as early media.',
      },
      'functions.typingNotification': {
        label: 'Enable typing notification',
        help: 'Shows when your chat partner is typing.',
      },
      'numberModification.removeDialChars': {
        label: 'Remove dial chars',
        help: 'These characters are removed from a number before it is dialled.',
      },
      'numberModification.useCountryCode': {
        label: 'Use country code',
        help: 'Adds the country code of the default country to numbers saved without one.',
      },
      'numberModification.defaultCountry': {
        label: 'Default country for numbers without country code',
        options: {
          DE: 'Germany (+49)',
          AT: 'Austria (+43)',
          CH: 'Switzerland (+41)',
          LI: 'Liechtenstein (+423)',
          LU: 'Luxembourg (+352)',
          NL: 'Netherlands (+31)',
          BE: 'Belgium (+32)',
          FR: 'France (+33)',
          IT: 'Italy (+39)',
          ES: 'Spain (+34)',
          PL: 'Poland (+48)',
          CZ: 'Czechia (+420)',
          DK: 'Denmark (+45)',
          SE: 'Sweden (+46)',
          NO: 'Norway (+47)',
          FI: 'Finland (+358)',
          GB: 'United Kingdom (+44)',
          IE: 'Ireland (+353)',
          US: 'United States (+1)',
        },
      },
      'numberModification.prefix': {
        label: 'Prefix',
        help: 'Dialled before every number, e.g. 0 for an outside line.',
      },
      'extensions.voicemailNumber': {
        label: 'Check for voicemail',
        help: 'The voice mailbox number dialled to listen to your messages.',
      },
      'extensions.voicemailTransferNumber': {
        label: 'Transfer to voicemail',
        help: 'The voice mailbox number incoming calls are sent to when you choose "To voicemail".',
      },
      'compatibility.dtmfMode': {
        label: 'DTMF mode',
        help: 'How key presses reach the PBX, e.g. for voice menus. Must match the PBX.',
        options: {
          rfc4733: 'RFC 4733 (RTP events)',
          sipInfo: 'SIP INFO',
        },
      },
      'compatibility.rtcpFeedback': {
        label: 'RTCP feedback',
        help: 'Lets both sides report lost audio packets so the sound can adapt.',
        unsupported: 'WebRTC always sends RTCP; it cannot be switched off.',
      },
      'compatibility.sendKpml': {
        label: 'Send KPML (Cisco Unified Communications Manager)',
        help: 'Sends key presses as KPML instead of the DTMF mode above.',
      },
      'compatibility.forceRfc3264Hold': {
        label: 'Force RFC 3264 hold (Cisco Unified Communications Manager)',
        help: 'Puts calls on hold the way older Cisco systems expect.',
        unsupported: 'A WebRTC phone always holds calls the RFC 3264 way.',
      },
      'compatibility.ciscoCallForwarding': {
        label: 'Cisco call forwarding (Cisco Unified Communications Manager)',
        help: 'Only if the phone is set up as a Cisco softphone in the Call Manager.',
      },
      'network.transport': {
        label: 'Transport',
        help: 'Only WSS works for now: UDP, TCP and TLS need a media relay this softphone does not have yet.',
        options: {
          udp: 'UDP',
          tcp: 'TCP',
          tls: 'TLS',
          wss: 'WSS (SIP over secure WebSocket)',
        },
        unsupportedOptions: {
          udp: 'Not available: a WebRTC phone reaches the PBX over secure WebSocket only.',
          tcp: 'Not available: a WebRTC phone reaches the PBX over secure WebSocket only.',
          tls: 'Not available: a WebRTC phone reaches the PBX over secure WebSocket only.',
        },
      },
      'network.registrationExpirySeconds': {
        label: 'Registration expiry',
        help: 'Longest time between two registrations; the softphone renews 10% early.',
      },
      'network.subscriptionExpirySeconds': {
        label: 'Subscription expiry',
        help: 'Longest time before subscriptions (MWI, presence, BLF) are renewed.',
      },
      'network.keepAliveSeconds': {
        label: 'Keep-alive interval',
        help: 'How often the connection to the server is kept open with a small message; 0 turns it off.',
      },
      'network.rport': {
        label: "Answer to the sender's port (RPort)",
        help: 'Asks the server to answer to the port a request came from, which helps behind a router (rport).',
        unsupported:
          'Over WebSocket, replies always come back on the same connection, so rport has no effect.',
      },
      'network.rportMedia': {
        label: "Audio to the sender's port (RPort media)",
        help: 'Sends call audio back to the port it arrives from, which helps behind a router.',
        unsupported: 'WebRTC finds the media path with ICE; RPort for media does not apply.',
      },
      'network.stun': {
        label: 'STUN',
        help: 'Global uses Functions > Advanced > Global STUN; custom uses the server below.',
        options: {
          global: 'Global STUN',
          custom: 'Custom STUN',
        },
      },
      'network.stunServer': {
        label: 'STUN server',
        help: 'Host name or address, optionally with :port, e.g. stun.example.com:3478.',
      },
      'network.stunPort': {
        label: 'STUN port',
      },
      'network.stunRefreshSeconds': {
        label: 'STUN refresh period',
        help: 'How often the public address found through STUN is checked again.',
        unsupported: 'WebRTC keeps STUN bindings fresh itself with ICE consent checks.',
      },
      'codecs.codecs': {
        label: 'Audio codecs',
        help: 'Selected codecs in order of preference. Choose only codecs your PBX supports.',
        options: {
          opus: 'Opus',
          g722: 'G.722 (HD voice)',
          pcmu: 'G.711 µ-law (PCMU)',
          pcma: 'G.711 A-law (PCMA)',
        },
      },
      'encryption.certificateFile': {
        label: 'Certificate file',
        help: 'The PBX certificate (not the root certificate) exported from the PBX.',
      },
      'encryption.certificateUse': {
        label: 'Use certificate as',
        help: '"Do not use" trusts the system certificate store. A self-signed certificate cannot be generated yet.',
        options: {
          none: 'Do not use',
          global: 'Default (Settings > Functions > Advanced > TLS)',
          file: 'Use certificate',
          selfSigned: 'Generate self-signed certificate',
        },
      },
      'encryption.srtpKeyNegotiation': {
        label: 'SRTP key negotiation',
        help: 'How the keys that encrypt call audio are agreed with the other side.',
        unsupported: 'A WebRTC phone always uses DTLS-SRTP; SDES keys cannot be used.',
        options: {
          dtls: 'DTLS-SRTP',
          sdes: 'SDES',
          off: 'Off',
        },
      },
      'encryption.zrtp': {
        label: 'Enable ZRTP',
        help: 'Agrees audio encryption keys directly with the other phone, without trusting the server.',
        unsupported: 'WebRTC does not support ZRTP; calls are always encrypted with DTLS-SRTP.',
      },
    },
  },
};
