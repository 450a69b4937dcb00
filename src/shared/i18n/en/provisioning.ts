/** English strings of provisioning and the first-run assistant. */
export const provisioningEn = {
  provisioning: {
    failure: {
      config: {
        what: 'The provisioning address is missing or not valid.',
        hint: 'Enter the PBX address or the link your administrator gave you.',
      },
      insecure: {
        what: 'The address does not use a secure connection (https).',
        hint: 'Use the https:// address from your administrator. Only if your administrator tells you to, turn on Settings › Accounts › Provisioning › “Allow unencrypted HTTP for provisioning”.',
      },
      unreachable: {
        what: 'The provisioning server cannot be reached.',
        hint: 'Check the address and your network connection.',
      },
      timeout: {
        what: 'The provisioning server did not answer in time.',
        hint: 'Try again later. If it keeps happening, tell your administrator.',
      },
      certificate: {
        what: 'The server’s certificate was not accepted.',
        hint: 'Your administrator must give you the PBX certificate; add it under Settings › Network and security › Secure connection (TLS).',
      },
      auth: {
        what: 'The user name or password was not accepted.',
        hint: 'Check your user name and password.',
      },
      http: {
        what: 'The server answered with an error.',
        whatStatus: 'The server answered with HTTP status {{status}}.',
        hint: 'Check the address. If it is right, tell your administrator.',
      },
      redirects: {
        what: 'The server redirected too many times.',
        hint: 'Check the address, or tell your administrator.',
      },
      tooLarge: {
        what: 'The configuration file is too large.',
        hint: 'Tell your administrator.',
      },
      format: {
        what: 'The configuration file could not be read.',
        hint: 'The server’s configuration file has a problem; tell your administrator.',
      },
      invalid: {
        what: 'The configuration contains values the softphone cannot use.',
        hint: 'The server’s configuration file has a problem; tell your administrator.',
      },
      secretStore: {
        what: 'The password could not be stored in the system keychain.',
        hint: 'Unlock your keychain or log in again, then try again.',
      },
      other: {
        what: 'Provisioning failed.',
        hint: 'Try again. If it keeps happening, tell your administrator.',
      },
    },
    changes: {
      settings_one: '{{count}} setting',
      settings_other: '{{count}} settings',
      added_one: '{{count}} account added',
      added_other: '{{count}} accounts added',
      updated_one: '{{count}} account updated',
      updated_other: '{{count}} accounts updated',
      removed_one: '{{count}} account removed',
      removed_other: '{{count}} accounts removed',
      sources_one: '{{count}} contact source changed',
      sources_other: '{{count}} contact sources changed',
      blf_one: '{{count}} BLF key set',
      blf_other: '{{count}} BLF keys set',
      none: 'Nothing changed',
    },
    /** What was applied differently from what the file asked (ProvisioningNotice, main's format/). */
    notice: {
      transportNotUsable:
        'Account {{account}}: the PBX asks for SIP over {{transport}} ({{key}}), which this phone cannot use yet; the account uses WebSocket (WSS).',
      srtpSdes:
        'Account {{account}}: the PBX asks for SRTP with SDES keys ({{key}}), which this phone cannot use yet; calls are encrypted with DTLS-SRTP.',
      srtpOptional:
        'Account {{account}}: the PBX makes SRTP optional ({{key}}), which this phone cannot offer yet; calls are always encrypted with DTLS-SRTP.',
      srtpOff:
        'Account {{account}}: the PBX asks for unencrypted audio ({{key}}), which this phone cannot use; calls are encrypted with DTLS-SRTP.',
      sipPortNotUsed:
        'Account {{account}}: the SIP port {{port}} ({{key}}) belongs to a connection this phone cannot use yet; the domain is {{domain}} and the account connects by WebSocket.',
      storedNotUsed: '“{{setting}}” ({{key}}) is stored, but the phone does not use it yet.',
    },
    status: {
      title: 'Status',
      notConfigured: 'No provisioning server is set. Enter the address from your administrator below.',
      never: 'Not provisioned yet.',
      running: 'Provisioning…',
      lastAttempt: 'Last attempt',
      server: 'Server',
      result: 'Result',
      ok: 'Succeeded',
      failed: 'Failed',
      changes: 'What changed',
      notices: 'Applied differently',
      unknownKeys: 'Unknown entries',
      unknownKeysNone: 'None',
      unknownKeysCount_one: '{{count}} entry ignored',
      unknownKeysCount_other: '{{count}} entries ignored',
      unknownKeysHint: 'The configuration file contains entries this softphone does not know:',
      provisionNow: 'Provision now',
      loading: 'Loading the provisioning status…',
      done: 'Provisioning finished: {{changes}}.',
      failedAnnounce: 'Provisioning failed. {{what}} {{hint}}',
      insecureWarning:
        'Unencrypted HTTP is allowed for provisioning: with an http:// address, passwords and the configuration travel unencrypted over the network.',
    },
  },
  firstRun: {
    title: 'Set up the softphone',
    intro:
      'Enter the address of your PBX or the provisioning link from your administrator, with your user name and password.',
    url: 'PBX address or provisioning link',
    urlPlaceholder: 'pbx.example.com or https://…',
    urlMissing: 'Enter the PBX address or the provisioning link.',
    user: 'User name',
    password: 'Password',
    accessKey: 'This link contains an access key: user name and password are not needed.',
    insecureRefused:
      'This address is not encrypted (http://) and will be refused. Use the https:// address, or, only if your administrator tells you to, allow it under Settings › Accounts › Provisioning › “Allow unencrypted HTTP for provisioning”.',
    insecureAllowed:
      'This address is not encrypted (http://). Unencrypted HTTP is allowed in the settings, so the configuration with your SIP passwords will travel unencrypted over the network. Your password is sent only if the server uses Digest login, never as plain HTTP Basic.',
    userMissing: 'Enter your user name.',
    passwordMissing: 'Enter your password.',
    optional: '(optional)',
    remember: 'Remember me',
    rememberHint: 'Keeps your user name and password to fetch the configuration again later.',
    everyStart: 'Provision at every start',
    everyStartHint: 'Fetches the configuration each time the softphone starts.',
    submit: 'Set up',
    running: 'Setting up…',
    manual: 'Set up an account manually',
    settings: 'Settings',
    fixErrors: 'Some fields need to be filled in; see the marked fields.',
    done: 'Setup finished: {{changes}}.',
    failed: 'Setup failed. {{what}} {{hint}}',
  },
  // Cleartext connections (issue #10): what travels unencrypted, and what to choose instead.
};
