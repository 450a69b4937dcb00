import { AsyncEntry } from '@napi-rs/keyring';
import type { SecretStore } from './secret-store';
import { SecretStoreError } from './secret-store';

/** The OS keychain: Keychain on macOS, Credential Manager on Windows, Secret Service on Linux. */
export class KeyringSecretStore implements SecretStore {
  constructor(private readonly service: string) {}

  async get(key: string): Promise<string | undefined> {
    try {
      const value = await new AsyncEntry(this.service, key).getPassword();
      return value ?? undefined;
    } catch (error) {
      if (isNoEntry(error)) return undefined;
      throw new SecretStoreError('read', key, error);
    }
  }

  async set(key: string, value: string): Promise<void> {
    try {
      await new AsyncEntry(this.service, key).setPassword(value);
    } catch (error) {
      throw new SecretStoreError('store', key, error);
    }
  }

  async delete(key: string): Promise<void> {
    try {
      await new AsyncEntry(this.service, key).deleteCredential();
    } catch (error) {
      if (isNoEntry(error)) return;
      throw new SecretStoreError('delete', key, error);
    }
  }
}

function isNoEntry(error: unknown): boolean {
  return error instanceof Error && /no (matching )?entry|not found/i.test(error.message);
}
