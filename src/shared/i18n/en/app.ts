/** English strings of the app shell: loading, connection to main, status bar, problems, contract errors, cleartext warnings. */
export const appEn = {
  app: {
    name: 'Softphone',
    loading: 'Loading…',
  },
  connection: {
    connecting: 'Connecting to the phone…',
    lost: 'Connection to the phone lost. Reconnecting…',
    restored: 'Connection to the phone restored.',
    tokenMissing:
      'This page was opened without its access token. Open the link the web shell printed when it started.',
  },
  statusBar: {
    label: 'Status bar',
    notConnected: 'Not connected to the phone',
    noAccount: 'No account set up',
    summary: '{{registered}} of {{count}} accounts registered',
    openSettings: 'Settings',
    tlsUnverified:
      'Certificate checks are off: others on the network could listen in. Turn them on in Settings › Network and security › Secure connection (TLS).',
  },
  problems: {
    wholeNumber: 'Enter a whole number from {{min}} to {{max}}.',
    tooLong: 'Use at most {{max}} characters.',
    empty: 'This field must not be empty.',
    control: 'Remove the control characters.',
    host: 'Enter a host name or IP address.',
    hostPort: 'Enter a host name or IP address, optionally followed by :port.',
    url: 'Enter an address starting with http:// or https://.',
    wsUrl: 'Enter an address starting with ws:// or wss://.',
    phone: 'Enter a phone number (digits, +, *, #).',
    email: 'Enter an e-mail address.',
    option: 'Choose one of the offered values.',
    duplicate: 'Each entry may appear only once.',
    tooMany: 'Use at most {{max}} entries.',
    invalid: 'This value is not valid.',
  },
  errors: {
    withField: '{{field}}: {{what}} {{hint}}',
    general: '{{what}} {{hint}}',
    UNKNOWN_METHOD: {
      what: 'The phone did not understand the request.',
      hint: 'Update the app. If this keeps happening, report it.',
    },
    INVALID_PARAMS: {
      what: 'The request was malformed.',
      hint: 'Reload the window. If this keeps happening, report it.',
    },
    VALIDATION: {
      what: 'The value was refused ({{detail}}).',
      hint: 'Correct the value and try again.',
    },
    NOT_FOUND: {
      what: 'The item no longer exists.',
      hint: 'It may have been deleted in another window. Close this view.',
    },
    LOCKED: {
      what: 'This value is provisioned.',
      hint: 'Ask your administrator to change it.',
    },
    SECRET_STORE: {
      what: 'The system keychain could not be used.',
      hint: 'Unlock your keychain or log in again, then try again.',
    },
    UNAVAILABLE: {
      what: 'The phone cannot be reached right now.',
      hint: 'Wait until the connection is back, then try again.',
    },
    INTERNAL: {
      what: 'Something went wrong inside the phone.',
      hint: 'Try again. If this keeps happening, restart the app.',
    },
  },
  cleartext: {
    ldap: {
      credentials:
        'This connection is not encrypted: others on the network could read the bind password and every directory entry. Choose StartTLS or LDAPS if the directory offers it.',
      entries:
        'This connection is not encrypted: others on the network could read your searches and the directory entries found. Choose StartTLS or LDAPS if the directory offers it.',
    },
    sipEditor:
      'The WebSocket server is not encrypted (ws://): others on the network could read the SIP signalling, including the login exchange and whom you call. Use a wss:// address if your PBX offers one.',
    sipRow: 'Not encrypted (ws://): others on the network could read the signalling and whom you call.',
    provisioningLast:
      'The last provisioning used an unencrypted address (http://): others on the network could read the configuration with its SIP passwords, and change it on the way. Ask your administrator for the https:// address.',
  },
};
