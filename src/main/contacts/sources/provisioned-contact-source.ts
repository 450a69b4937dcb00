/** A contact source (LDAP directory, XML phonebook, …) the server sets up and locks. */
export interface ProvisionedContactSource {
  /** The server's stable name for it; provisioned again with the same key it is updated. */
  key: string;
  name: string;
  /** The kind's settings (contactSourceConfigSchema), validated before anything is applied. */
  config: unknown;
  enabled?: boolean;
  /** LDAP bind or phonebook password: to the keychain. */
  secret?: string;
}
