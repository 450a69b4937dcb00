/** An account as the provisioning server sends it; AccountService applies it. */
export interface ProvisionedAccount {
  /**
   * The server's stable name for this account (e.g. "1" for `account.1.*`, or the "id" in our JSON
   * format): an account provisioned again with the same key is updated, not duplicated.
   */
  key: string;
  /** Per-account settings by full key (`credentials.domain`, `codecs.codecs`, …), secrets excluded. */
  settings: Record<string, unknown>;
  /** The SIP password, when the file carries one: it goes to the keychain, never to SQLite or logs. */
  password?: string;
}
