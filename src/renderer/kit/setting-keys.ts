/**
 * Full keys (`group.field`) of the settings the renderer itself acts on, from
 * src/shared/settings/global-settings.ts and account-settings.ts. A unit test checks that each exists.
 */
export const globalKeys = {
  language: 'gui.appearance.language',
  theme: 'gui.appearance.theme',
  /** While on, the status bar warns that TLS certificates are not checked. */
  tlsVerificationOff: 'advanced.tls.disableCertificateVerification',
  /** While on, provisioning may use http:// and the UI warns about it. */
  provisioningInsecureHttp: 'functions.provisioning.allowInsecureHttp',
} as const;

export const accountKeys = {
  name: 'account.name',
  domain: 'credentials.domain',
  userName: 'credentials.userName',
  /** The name callers see (the From display name); the account row shows it with user@domain. */
  displayName: 'functions.displayName',
  /** The account's secret field; its value travels as the `password` param of accounts.create/update. */
  password: 'credentials.password',
  /** "Check for voicemail" dials this number on the account. */
  voicemailNumber: 'extensions.voicemailNumber',
  /** "Transfer to voicemail" sends a caller to this number. */
  voicemailTransferNumber: 'extensions.voicemailTransferNumber',
} as const;
