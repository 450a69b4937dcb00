/**
 * Where passwords and tokens live. Rules for implementations:
 * - values never go to SQLite, settings, logs or the renderer;
 * - `get` of a missing key resolves undefined, it does not throw;
 * - failures of the OS keychain reject with SecretStoreError, whose message
 *   never contains the value.
 */
export interface SecretStore {
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string): Promise<void>;
  delete(key: string): Promise<void>;
}

export class SecretStoreError extends Error {
  constructor(operation: string, key: string, cause: unknown) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    super(`Could not ${operation} "${key}" in the system keychain: ${reason}`);
    this.name = 'SecretStoreError';
  }
}

export const secretKeys = {
  accountPassword: (accountId: string) => `account:${accountId}:password`,
  setting: (fullKey: string) => `setting:${fullKey}`,
};
