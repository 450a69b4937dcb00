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
    /** Why an account's own ringtone file did not ring (sip/calls/call-tones.ts); the account shows it. */
    ringtone: {
      missing:
        'The ringtone file {{file}} was not found, so the built-in ringtone rang. Choose the file again under Functions.',
      notFile:
        'The ringtone {{file}} is not a file, so the built-in ringtone rang. Choose an audio file under Functions.',
      tooLarge:
        'The ringtone file {{file}} is larger than 10 MB, so the built-in ringtone rang. Choose a shorter or compressed file.',
      unreadable:
        'The ringtone file {{file}} cannot be read, so the built-in ringtone rang. Check its permissions or choose another file.',
      notAudio:
        'The ringtone file {{file}} is not a WAV, MP3, OGG, FLAC or M4A file, so the built-in ringtone rang. Choose an audio file.',
      unplayable:
        'The ringtone file {{file}} could not be played, so the built-in ringtone rang. Convert it to WAV or MP3, or choose another file.',
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
    /** The words a fetch failure uses for what was fetched (net/https FetchWording), nested by key. */
    fetchWording: {
      provisioningServer: 'provisioning server',
      provisioningAddress: 'provisioning address',
      provisioningFile: 'provisioning file',
      provisioningAllowInsecureHttp:
        'Settings › Accounts › Provisioning › "Allow unencrypted HTTP for provisioning"',
    },
    /** The unit of a size in fetch.tooLarge. */
    fetchUnit: { MB: 'MB', KB: 'KB', bytes: 'bytes' },
    /** Why fetching a file over HTTPS failed (net/https), in the fetcher's words (`wording`). */
    fetch: {
      untrusted:
        "The $t(codes.fetchWording.{{wording}}Server) {{url}} is not trusted: $t(codes.connection.{{problem}}) ({{code}}). Add the PBX certificate under Settings › Network and security › Secure connection (TLS), or ask your administrator to check the server's certificate.",
      timeout:
        'The $t(codes.fetchWording.{{wording}}Server) {{url}} did not answer in time. Check the address and try again later.',
      unreachable:
        "Cannot reach {{url}}: $t(codes.connection.{{problem}}). Check the $t(codes.fetchWording.{{wording}}Address) and this computer's network connection.",
      tls: "The secure connection to {{url}} failed ({{code}}): check the TLS protocol and cipher settings. Check the $t(codes.fetchWording.{{wording}}Address) and this computer's network connection.",
      failed:
        "The connection to {{url}} failed: {{detail}}. Check the $t(codes.fetchWording.{{wording}}Address) and this computer's network connection.",
      httpStatus:
        'The $t(codes.fetchWording.{{wording}}Server) answered {{status}}{{reason}} for {{url}}. $t(codes.fetchAdvice.{{advice}})',
      credentialsRefused:
        'The $t(codes.fetchWording.{{wording}}Server) {{url}} did not accept the user name or password. Check them and try again.',
      credentialsNeeded:
        'The $t(codes.fetchWording.{{wording}}Server) {{url}} asks for a user name and password. Enter them and try again.',
      noAnswerWithin:
        'The $t(codes.fetchWording.{{wording}}Server) {{url}} did not answer within {{seconds}} s. Check the address, or try again later.',
      tooManyRedirects:
        'The $t(codes.fetchWording.{{wording}}Server) {{url}} redirected more than {{max}} times. Check the address with your administrator.',
      redirectNeedsPassword:
        'The $t(codes.fetchWording.{{wording}}Server) redirected to {{url}}, which asks for a password; it is not sent to another server. Ask your administrator for the direct address.',
      passwordNotEncrypted:
        '{{url}} is not encrypted; the password is not sent. Use an https:// address, or, only if your administrator asks for it, turn on $t(codes.fetchWording.{{wording}}AllowInsecureHttp).',
      unsupportedLogin:
        'The $t(codes.fetchWording.{{wording}}Server) {{url}} asks for a kind of login the softphone does not support (only Basic and Digest). Ask your administrator.',
      basicOverHttp:
        '{{url}} asks for the password in plain text (HTTP Basic) over an unencrypted connection; the softphone does not send it. Use the https:// address, or ask your administrator to switch the server to Digest authentication.',
      redirectInvalid:
        'The $t(codes.fetchWording.{{wording}}Server) {{url}} answered a redirect without a valid address. Ask your administrator to check the server.',
      redirectNotWeb:
        'The $t(codes.fetchWording.{{wording}}Server) {{url}} redirected to a non-web address. Ask your administrator to check the server.',
      redirectDowngrade:
        'The $t(codes.fetchWording.{{wording}}Server) {{url}} redirected to an unencrypted address ({{target}}); the softphone does not follow it. Ask your administrator to use https.',
      tooLarge:
        'The $t(codes.fetchWording.{{wording}}File) at {{url}} is larger than {{size}} $t(codes.fetchUnit.{{sizeUnit}}). Check the address; a $t(codes.fetchWording.{{wording}}File) is much smaller.',
      closedEarly:
        'The $t(codes.fetchWording.{{wording}}Server) {{url}} closed the connection before the whole file arrived. Try again.',
      invalidAddress:
        '"{{url}}" is not a valid $t(codes.fetchWording.{{wording}}Address). Enter it as https://server/path.',
      notWebAddress:
        '{{url}} is not a web address. Enter the $t(codes.fetchWording.{{wording}}Address) as https://server/path.',
      plainHttp:
        '{{url}} is not encrypted (http). Use an https:// address, or, only if your administrator asks for it, turn on $t(codes.fetchWording.{{wording}}AllowInsecureHttp).',
    },
    /** What to do about an HTTP error status, after fetch.httpStatus. */
    fetchAdvice: {
      notFound: 'Check the address.',
      forbidden: 'The server does not allow this user to fetch the file; ask your administrator.',
      serverError: 'The server has a problem; try again later or ask your administrator.',
      other: 'Check the address, or ask your administrator.',
    },
    /** What a provisioning attempt did or why it failed (provisioning/provisioning-service.ts). */
    provisioning: {
      noChanges: 'Provisioned: no changes.',
      noChangesInsecure: 'Provisioned: no changes (over unencrypted HTTP).',
      notChanged: '$t(codes.{{reason}}) Nothing was changed.',
      cannotRead: 'The provisioning file cannot be read: {{detail}}',
      cannotReadLine: 'The provisioning file cannot be read (line {{line}}): {{detail}}',
      cannotReadField: 'The provisioning file cannot be read (field {{field}}): {{detail}}',
      cannotReadLineField:
        'The provisioning file cannot be read (line {{line}}, field {{field}}): {{detail}}',
      invalidValue: 'The provisioning file has an invalid value: {{detail}}',
      invalidValueField: 'The provisioning file has an invalid value ({{field}}): {{detail}}',
      invalidValueCode: 'The provisioning file has an invalid value: $t(codes.{{cause}})',
      invalidValueFieldCode: 'The provisioning file has an invalid value ({{field}}): $t(codes.{{cause}})',
      failed: 'Provisioning failed: {{detail}}.',
      notASecret: '{{key}} is not a secret setting; send it as a value.',
      /** `summary` is provisioningChangeList (src/shared/i18n/provisioning-changes.ts) of the attempt's changes. */
      changed: 'Provisioned: {{summary}}.',
      changedInsecure: 'Provisioned: {{summary}} (over unencrypted HTTP).',
    },
    /** The parts of provisioning.changed, each with its count. */
    provisioningChanges: {
      settings_one: '{{count}} setting changed',
      settings_other: '{{count}} settings changed',
      accountsAdded_one: '{{count}} account added',
      accountsAdded_other: '{{count}} accounts added',
      accountsUpdated_one: '{{count}} account updated',
      accountsUpdated_other: '{{count}} accounts updated',
      accountsRemoved_one: '{{count}} account removed',
      accountsRemoved_other: '{{count}} accounts removed',
      contactSources_one: '{{count}} contact source changed',
      contactSources_other: '{{count}} contact sources changed',
      blfKeys: 'BLF keys set ({{count}})',
    },
    /** Why a setting cannot be read or changed (main/settings); `setting` is a full key, shown as its label. */
    settings: {
      notAvailable: 'This setting is not available yet, so it cannot be changed.',
      noSuchSetting: 'There is no setting "{{key}}".',
      noSuchSecret: 'There is no secret setting "{{key}}".',
      secretAsValue: 'Secret {{key}} cannot be provisioned as a value.',
      locked: '{{setting, settingLabel}} is set by your provisioning server and cannot be changed here.',
      invalid: '{{setting, settingLabel}} $t(codes.settingProblem.{{problem}}).',
    },
    /** Why a value does not fit its setting, after the label (shared/settings/field.ts words them). */
    settingProblem: {
      oneOf: 'must be one of {{values}}',
      wholeNumber: 'must be a whole number',
      atLeast: 'must be at least {{min}}',
      atMost: 'must be at most {{max}}',
      tooLong: 'must be at most {{max}} characters',
      control: 'must not contain control characters',
      empty: 'must not be empty',
      host: 'must be a host name or IP address',
      hostPort: 'must be host or host:port',
      url: 'must be an http(s) URL',
      wsUrl: 'must be a ws:// or wss:// URL',
      phone: 'must be a phone number',
      email: 'must be an e-mail address',
      duplicate: 'must not repeat an entry',
      tooMany: 'must have at most {{max}} entries',
    },
    /** Why the media engine (the window handling audio) could not answer (main/media). */
    media: {
      noWindow: 'No window is open to handle audio.',
      noAnswer: 'The media engine did not answer {{method}} in time.',
      failed: 'Media request failed.',
      windowClosed: 'The window handling audio was closed.',
    },
    /** Links the user is asked to confirm (main/links). */
    links: {
      notWaiting: 'This link is no longer waiting for confirmation.',
    },
    /** Failures of the app itself (main/router.ts). */
    app: {
      internal: 'Something went wrong inside the app. The details are in the log file.',
    },
    /** Why the provisioning server address cannot be used (provisioning/provisioning-url.ts). */
    provisioningUrl: {
      noServer: 'No provisioning server is set. Enter the address your administrator gave you.',
      notWebAddress: '"{{address}}" is not a web address. Enter e.g. https://pbx.example.com/provisioning.',
      schemeNotSupported: '"{{scheme}}" addresses are not supported; use https://.',
    },
    /** Why a certificate to trust cannot be used (net/tls/certificate.ts). */
    certificate: {
      unreadable: 'Cannot read the certificate file {{file}} ({{why}}).',
      invalidInline: 'The certificate is not a readable certificate (PEM or DER).',
      invalidFile: 'The file {{file}} is not a readable certificate (PEM or DER).',
    },
    /** Why an XML phonebook source could not be read (contacts/xml/xml-phonebook-source.ts). */
    xmlPhonebook: {
      tooDeep:
        '$t(codes.xmlPhonebook.{{subject}}) nests elements more than {{max}} levels deep, which no phonebook needs. Check the file.',
      malformedAt:
        '$t(codes.xmlPhonebook.{{subject}}) is not valid XML: {{detail}} (line {{line}}, column {{column}}). Check the file or ask your administrator.',
      malformed:
        '$t(codes.xmlPhonebook.{{subject}}) could not be read as XML: {{detail}}. Check the file or ask your administrator.',
      fileTooLarge: 'The phonebook file {{path}} is larger than {{max}} bytes. Check that it is a phonebook.',
      fileNotFound:
        'The phonebook file {{path}} does not exist. Check the path under the XML contact service.',
      fileUnreadable:
        'The phonebook file {{path}} could not be read ({{code}}). Check that the softphone may read it.',
      insecureAddress:
        'The phonebook address {{server}} is not encrypted (http). Use an https:// address, or, only if your administrator asks for it, allow unencrypted HTTP for this phonebook.',
      unreadable: 'The phonebook could not be read: {{detail}}.',
      fetchConfig: 'The phonebook address {{server}} cannot be used. Check the phonebook address.',
      fetchInsecure:
        'The phonebook server {{server}} offers no encrypted connection for this read; the softphone does not use it. Use an https:// address, or ask your administrator.',
      fetchUnreachable:
        "Cannot reach the phonebook server {{server}}. Check the phonebook address and this computer's network connection.",
      fetchTimeout:
        'The phonebook server {{server}} did not answer in time. Check the address and try again later.',
      fetchCertificate:
        "The phonebook server {{server}} is not trusted. Add the PBX certificate under Settings › Network and security › Secure connection (TLS), or ask your administrator to check the server's certificate.",
      fetchAuth:
        'The phonebook server {{server}} did not accept the login. Check the user name and password and try again.',
      fetchHttp:
        'The phonebook server {{server}} answered with an error. Check the phonebook address with your administrator.',
      fetchRedirects:
        'The phonebook server {{server}} redirected too many times. Check the address with your administrator.',
      fetchTooLarge:
        'The phonebook file at {{server}} is too large. Check the address; a phonebook file is much smaller.',
      /** Who a content failure is about; the texts below start with one of these. */
      subjectFile: 'The phonebook file {{location}}',
      subjectUrl: 'The phonebook at {{location}}',
      unknownRoot:
        '$t(codes.xmlPhonebook.{{subject}}) has the root element <{{root}}>, which is not a phonebook format the softphone knows. Supported: {{supported}}.',
      unknownFormat:
        '$t(codes.xmlPhonebook.{{subject}}) is a <{{root}}> of format "{{format}}", which the softphone does not know. Supported: {{supported}}.',
      unsupportedVersion:
        '$t(codes.xmlPhonebook.{{subject}}) is a softphone phonebook of version "{{version}}"; this softphone reads version {{supportedVersion}}. Update the softphone or export the phonebook as version {{supportedVersion}}.',
      unknownEncoding:
        '$t(codes.xmlPhonebook.{{subject}}) declares the character encoding "{{encoding}}", which the softphone cannot read. Save it as UTF-8.',
      doctype:
        '$t(codes.xmlPhonebook.{{subject}}) contains a DOCTYPE or entity declaration, which is refused for security reasons. Remove the <!DOCTYPE …> part from the file.',
      noElement: '$t(codes.xmlPhonebook.{{subject}}) contains no XML element. Check the file.',
      tooManyCharacters:
        '$t(codes.xmlPhonebook.{{subject}}) is larger than {{max}} characters. Check that it is a phonebook, or split it.',
    },
    /** Why a request about the contact sources was refused (contacts-service.ts, sources/provisioned-sources.ts). */
    contactSources: {
      onlyOneLocal: 'There is only one local address book.',
      lockedChange: '"{{name}}" is set by your provisioning server; ask your administrator to change it.',
      lockedRemove: '"{{name}}" is set by your provisioning server; ask your administrator to remove it.',
      kindFixed: 'A source cannot change its kind; add a new one instead.',
      localNotDeletable: 'The local address book cannot be deleted.',
      switchedOff: '"{{name}}" is switched off; switch it on first.',
      noBrowserSignIn: '"{{name}}" does not use a browser sign-in.',
      notFound: 'There is no contact source "{{id}}".',
      kindUnavailable: '{{kind}} sources are not available in this version.',
      provisionedKindChanged:
        'contact source "{{key}}" changed its kind from {{from}} to {{to}}; give it a new id.',
      provisionedLdapScheme:
        'contact source "{{key}}": config.host is an {{scheme}}:// address but config.security is {{security}}; make them agree.',
      provisionedInvalid: 'contact source "{{key}}": {{path}} {{detail}}',
      provisionedLocal: 'contact source "{{key}}": the local address book cannot be provisioned.',
    },
    /** Why a whole CSV file or its column mapping cannot be imported (contacts/csv/). */
    csv: {
      notBase64: 'The file data is not base64.',
      fileTooLarge:
        'The file is {{size, number(minimumFractionDigits: 1; maximumFractionDigits: 1)}} MB; at most {{max, number(minimumFractionDigits: 1; maximumFractionDigits: 1)}} MB can be imported. Split it into smaller files.',
      tooManyCharacters: 'The file is too large; split it into files of at most {{max}} characters.',
      tooManyRows: 'The file has more than {{max}} rows; split it into smaller files.',
      notUtf8: 'The file is not valid UTF-8. Choose another encoding, e.g. Windows-1252.',
      workbook:
        'This is a spreadsheet workbook (e.g. .xlsx/.xls), not a CSV file. Save it as CSV and import that.',
      notText: 'The file does not contain text. Choose a CSV file, or another encoding if it is one.',
      empty: 'The file is empty: it needs a header row and at least one contact.',
      mappingLength: 'The mapping has {{entries}} entries for {{columns}} columns.',
      noPhoneColumn: 'Assign at least one column to a phone number.',
      noNameColumn: 'Assign at least one column to the last name, the display name or the company.',
      /** Several mapping problems at once: their codes in this group, in order. */
      twoProblems: '$t(codes.csv.{{first}}) $t(codes.csv.{{second}})',
      threeProblems: '$t(codes.csv.{{first}}) $t(codes.csv.{{second}}) $t(codes.csv.{{third}})',
    },
    /** Why a Windows Contacts folder could not be read (contacts/windows/). */
    windowsContacts: {
      folderNotFound:
        'Windows Contacts folder not found: {{folder}} — Windows Contacts exist only on Windows; choose the folder that holds your .contact files.',
      notFolder: '{{folder}} is a file, not a folder. Choose the folder that holds your .contact files.',
      folderUnreadable:
        'The Windows Contacts folder {{folder}} could not be read ({{code}}). Check that the softphone may read it.',
      folderFailed: 'The Windows Contacts folder {{folder}} could not be read: {{detail}}.',
    },
    /** Cloud address books (Google Contacts, Outlook): sign-in status and failures (contacts/oauth/, sources/cloud-runtime.ts). */
    cloud: {
      signInNeeded: 'Sign in to {{service}} to read your contacts.',
      finishSignIn: 'Finish signing in to {{service}} in your browser.',
      apiForbidden:
        '{{service}}: {{host}} refused access to the contacts (HTTP 403). Sign in again and allow the softphone to read your contacts.',
      apiRateLimited:
        '{{service}}: {{host}} is limiting requests (HTTP 429). The contacts are synced again later.',
      apiStatus: '{{service}}: {{host}} answered with HTTP {{status}}. Try again later.',
      apiMalformed:
        '{{service}}: {{host}} sent {{what}}, not what its API documents. Try again later; if it persists, report it.',
      noAnswer:
        '{{service}}: {{host}} did not answer within {{seconds}} s. Check the internet connection and try again.',
      unreachable:
        '{{service}}: {{host}} could not be reached ({{reason}}). Check the internet connection and try again.',
      answerTooLarge:
        '{{service}}: {{host}} sent an answer larger than {{max}} bytes, which its API never does. Try again later.',
      tokenServerNotHttps:
        '{{service}}: the sign-in server {{server}} is configured without HTTPS, which the softphone refuses. The administrator must correct the sign-in address.',
      tokenAnswerInvalid:
        '{{service}}: the sign-in server {{server}} sent an answer that is not a valid token response. Try again later.',
      accessRevoked:
        '{{service}}: access was revoked or has expired ({{why}}). Sign in again in the contact settings.',
      signInNotAccepted: '{{service}}: the sign-in was not accepted ({{why}}). Sign in again.',
      clientIdRefused:
        "{{service}}: the sign-in server refused this softphone's client id ({{why}}). The administrator or vendor must check the client id in the settings.",
      tokenServerStatus:
        '{{service}}: the sign-in server {{server}} answered with HTTP {{status}}. Try again later.',
      tokenServerNoError:
        '{{service}}: the sign-in server {{server}} answered with HTTP {{status}} and no OAuth error. Try again later.',
      requestRefused: '{{service}}: the sign-in server refused the request ({{why}}). Sign in again.',
      browserTimeout:
        '{{service}}: the sign-in in the browser was not finished within {{minutes}} minutes. Start the sign-in again.',
      cancelled: '{{service}}: the sign-in was cancelled.',
      accessDenied:
        '{{service}}: access was not granted in the browser. Sign in again and allow the softphone to read your contacts.',
      browserFailed: '{{service}}: the sign-in failed in the browser ({{code}}). Sign in again.',
      noAuthorizationCode: '{{service}}: the browser came back without an authorization code. Sign in again.',
      noRefreshToken:
        '{{service}}: the sign-in gave no lasting access (no refresh token). Sign in again and allow offline access.',
      freshTokenRefused:
        '{{service}}: the service refused a freshly issued access token. Sign in again in the contact settings.',
      notSignedIn: '{{service}}: not signed in. Sign in in the contact settings.',
      browserNotOpened:
        '{{service}}: the web browser could not be opened for the sign-in. Check that a default browser is set and try again.',
      noClientId:
        '{{service}}: this softphone has no OAuth client id for {{service}}. Ask your administrator to enter one in Settings › Contacts.',
    },
    /** Why a contact was refused (contacts/local/contact-rules.ts); `field` nests codes.contactField. */
    contactRules: {
      tooLong: '$t(codes.contactField.{{field}}) is too long (at most {{max}} characters).',
      noName: 'Enter a last name, a display name or a company: a contact needs at least one of them.',
      phoneType: 'Phone {{phone}}: choose a type ({{types}}).',
      notANumber: 'Phone {{phone}}: "{{number}}" is not a phone number. Use digits, spaces, + - ( ) / * #.',
      noPhone: 'Enter at least one phone number.',
      tooManyPhones: 'A contact can have at most {{max}} phone numbers.',
      notFound: 'The contact {{id}} no longer exists. It may have been deleted in another window.',
      importRow: 'Row {{row}}: $t(codes.contactRules.{{reason}}) Nothing was imported.',
    },
    contactField: {
      firstName: 'First name',
      lastName: 'Last name',
      displayName: 'Display name',
      company: 'Company',
      department: 'Department',
      email: 'E-mail',
    },
  },
};
