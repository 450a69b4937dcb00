/**
 * English texts of the codes main sends instead of sentences (a status or failure as `{ key, params }`,
 * see contract/user-text.ts): the renderer shows them in the UI language, main logs the English one.
 */
export const codesEn = {
  codes: {
    ldap: {
      credentials:
        'The LDAP server {{server}} rejected the user name or password. Check both in the LDAP settings.',
      access:
        'The LDAP server {{server}} does not allow this user to search the directory. Ask the administrator for read access.',
      encryptionRequired:
        'The LDAP server {{server}} requires an encrypted connection. Turn on TLS (LDAPS or StartTLS) in the LDAP settings.',
      certificateName:
        'The TLS certificate of the LDAP server {{server}} does not name this host ({{detail}}). Enter the server under a name its certificate carries, or turn on "Ignore TLS certificate" if you trust this network.',
      certificateUntrusted:
        'The TLS certificate of the LDAP server {{server}} is not trusted ({{detail}}). Add its CA certificate, or turn on "Ignore TLS certificate" if you trust this network.',
      noStartTls: 'The LDAP server {{server}} does not support StartTLS. Choose LDAPS or no encryption.',
      handshake:
        'The TLS handshake with the LDAP server {{server}} failed. Check the security setting and the port (LDAPS usually 636, StartTLS 389).',
      timeout: 'The LDAP server {{server}} did not answer in time. Check the network or narrow the search.',
      unreachable:
        'The LDAP server {{server}} cannot be reached ({{detail}}). Check the host, the port and the network.',
      noSearchBase:
        'The LDAP server {{server}} does not know the search base (DC / base DN). Check it in the LDAP settings.',
      refused: 'The LDAP server {{server}} refused the search: {{detail}}',
    },
    /** Fragments that follow "<server> is not trusted:" or "Cannot reach <server>:" (nested by key). */
    connection: {
      selfSigned: 'its certificate is self-signed and not trusted',
      selfSignedRoot: 'its certificate chain ends in a self-signed root that is not trusted',
      untrustedIssuer: 'its certificate was issued by an authority that is not trusted',
      unknownIssuer: 'the issuer of its certificate is unknown',
      expired: 'its certificate has expired',
      notYetValid: "its certificate is not valid yet (check this computer's clock)",
      otherName: 'its certificate is issued for a different name',
      revoked: 'its certificate has been revoked',
      badSignature: 'the signature of its certificate is invalid',
      untrusted: 'its certificate is not trusted',
      rejected: 'its certificate was rejected',
      invalidAuthority: 'a certificate in its chain is not a valid authority',
      wrongPurpose: 'its certificate may not be used for a server',
      chainTooLong: 'its certificate chain is too long',
      refused: 'the connection was refused (is the server running, and is the port right?)',
      hostNotFound: 'the host name was not found',
      hostUnreachable: 'the host cannot be reached',
      closed: 'the server closed the connection',
      networkUnreachable: 'the network is unreachable (is this computer online?)',
      networkDown: 'the network is down (is this computer online?)',
      lookupFailed: 'the host name could not be looked up (is this computer online?)',
      noAnswer: 'no answer in time',
      secureConnectionFailed: 'the secure connection failed',
    },
    /** Why a SIP connection could not be made or was lost (sip/transport). */
    sipConnection: {
      untrusted:
        "{{server}} is not trusted: $t(codes.connection.{{problem}}) ({{code}}). Import the PBX certificate under Encryption, or check the server's certificate.",
      unreachable: 'Cannot reach {{server}}: $t(codes.connection.{{problem}}).',
      timeout: '{{server}} did not answer in time ({{code}}).',
      tls: 'The secure connection to {{server}} failed ({{code}}): check the TLS protocol and cipher settings.',
      httpRefused:
        '{{server}} refused the WebSocket connection (HTTP {{status}}): check the WebSocket server address.',
      noSubprotocol:
        '{{server}} does not offer SIP over WebSocket (no "sip" subprotocol): check the WebSocket server address.',
      invalidAddress: '{{server}} is not a valid WebSocket address.',
      notWebSocket: '{{server}} is not a ws:// or wss:// address.',
      failed: 'The connection to {{server}} failed: {{detail}}.',
      keepAliveLost: '{{server}} stopped answering keep-alives; the connection is lost.',
      connectTimeout: '{{server}} did not answer within {{seconds}} s.',
      closedEarly: '{{server}} closed the connection before it was ready (code {{code}}).',
      closed: '{{server}} closed the connection (code {{code}}).',
    },
    /** Why the PBX did not register an account (sip/registration). */
    registration: {
      wrongCredentials: 'Wrong user name or password ({{status}})',
      noPassword: 'No password is set for this account ({{status}})',
      noAnswer: 'The server did not answer the registration ({{status}})',
      noAnswerInTime: 'The server did not answer the registration',
      unavailable: 'The server cannot register you right now ({{status}})',
      refused: 'The server refused the registration ({{status}}); check the account settings',
      sendFailed: 'Could not send the registration: {{detail}}',
    },
    /** Why a dial was refused (shared/phone/dial-rules.ts and the call manager). */
    dial: {
      empty: 'Enter a number or SIP address to call.',
      controlCharacters: 'The number contains invisible control characters. Type it again.',
      letters: 'A phone number may contain only digits, *, # and a leading +. Check the number.',
      badUri: 'This SIP address is not valid. Use the form name@domain.',
      tooLong: 'The number is too long to dial.',
      notSipAddress: 'This number cannot be dialled as a SIP address.',
      noAccount: 'No registered account can place the call. Log in to an account first.',
    },
    /** Why an event subscription (BLF, MWI) ended (sip/subscription). */
    subscription: {
      refused: 'The PBX refused the subscription ({{status}})',
      renewRefused: 'The PBX refused to renew the subscription ({{status}})',
      ended: 'The PBX ended the subscription',
      endedWith: 'The PBX ended the subscription ({{reason}})',
      noState: 'The PBX accepted the subscription but sent no state',
    },
    /** Why a BLF lamp is unavailable (blf/). */
    blf: {
      notTarget: '"{{target}}" is not an extension or SIP address',
      noDomain: 'The account has no domain to watch extensions at',
      subscribeFailed: 'Could not subscribe: {{detail}}',
    },
    /** Why an operation on a call failed (the call manager); shown where a dial reports it, e.g. a link. */
    call: {
      holdRefused: 'The other side did not accept the hold. Try again.',
      resumeRefused: 'The other side did not accept the resume. Try again.',
      noVoicemailNumber:
        'No voicemail number for transfers is set for this account. Set it under Preconfigured extensions.',
      notRegistered: 'The account is not registered.',
      voicemailRefused: 'The other side refused the transfer to voicemail.',
      keyPressesFailed: 'The key presses could not be sent on this call.',
      ended: 'This call has already ended.',
      notPossible: 'Cannot $t(codes.callAction.{{action}}) a call that is $t(codes.callState.{{state}}).',
    },
    /** What call.notPossible says could not be done (nested by key). */
    callAction: {
      transfer: 'transfer',
      answer: 'answer',
      reject: 'reject',
      hold: 'hold',
      resume: 'resume',
      mute: 'mute',
      switchSpeaker: 'switch the speaker of',
      sendKeys: 'send key presses on',
      measure: 'measure',
    },
    /** The state a call is in, as call.notPossible names it (nested by key; the keys are CallState). */
    callState: {
      dialing: 'dialing',
      ringing: 'ringing',
      incoming: 'incoming',
      active: 'active',
      held: 'held',
      ended: 'ended',
    },
    /** Why an account cannot register as configured (sip/account-config.ts): the accounts list shows it. */
    accountConfig: {
      notHostPort: '"{{value}}" is not a host name or host:port.',
      noCertificateFile:
        'Encryption is set to use a certificate, but no certificate file is chosen. Choose the file exported from the PBX.',
      noDomain: 'The account has no domain. Enter the PBX address under SIP credentials.',
      noUserName: 'The account has no user name. Enter it under SIP credentials.',
      transportUnsupported:
        'Transport {{transport}} is not supported yet; only WSS works. Choose WSS under Network > Transport.',
      notWebSocket: '"{{server}}" is not a ws:// or wss:// address. Check the WebSocket server setting.',
      certificateUnreadable: 'Cannot read the certificate file {{file}} ({{why}}).',
      certificateFileInvalid: 'The file {{file}} is not a readable certificate (PEM or DER).',
      certificateInvalid: 'The certificate is not a readable certificate (PEM or DER).',
    },
    /** Why an account request or a provisioned account was refused (accounts/, sip/sip-service.ts). */
    accounts: {
      notFound: 'There is no account "{{id}}".',
      listedTwice: 'Account "{{account}}" is listed twice.',
      passwordAsSetting: 'Send the password in the password field, not as a setting.',
      passwordNotSetting: 'The password is not a setting; send it as the password.',
      provisionedSetting: 'Account "{{account}}", {{setting}}: {{detail}}',
      /** The same with the setting's refusal as a code (detailKey), its parameters beside these. */
      provisionedSettingCoded: 'Account "{{inAccount}}", {{inSetting}}: $t(codes.{{detailKey}})',
    },
    /** Why a history entry cannot be used (api.ts). */
    history: {
      gone: 'This call is no longer in the history.',
    },
    /** Why a row of a CSV import was refused (contacts/csv/import-rows.ts, parse.ts). */
    csvRow: {
      tooFewColumns:
        'Row {{row}}: {{cells}} columns, but the header has {{headers}} — check the separator and quotes in this row.',
      tooManyColumns:
        'Row {{row}}: {{cells}} columns, but the header has {{headers}} — a value probably contains the separator without quotes.',
      noPhone:
        'Row {{row}}: no phone number (columns {{columns}} are empty) — at least one number is needed.',
      noPhoneUnassigned:
        'Row {{row}}: no phone number (no column is assigned) — at least one number is needed.',
      noName:
        'Row {{row}}: no last name, display name or company (columns {{columns}} are empty) — at least one is needed.',
      noNameUnassigned:
        'Row {{row}}: no last name, display name or company (no column is assigned) — at least one is needed.',
      notANumber: 'Row {{row}}: "{{number}}" in column "{{column}}" is not a phone number.',
      tooLong: 'Row {{row}}: column "{{column}}" is longer than {{max}} characters.',
      quotes: 'Row {{row}}: {{detail}} — check the quotes (") in this row.',
    },
    /** Why main refused a settings change (main/settings/setting-catalog.ts). */
    settings: {
      notAvailable: 'This setting is not available yet, so it cannot be changed.',
    },
  },
};
