import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { KeyringSecretStore } from '../../../src/main/secrets/keyring-secret-store';
import { requireLab } from '../../lab/secret-service';

describe('KeyringSecretStore against the real Secret Service', () => {
  requireLab();
  const store = new KeyringSecretStore(`softphone-test-${randomUUID()}`);

  it('stores, reads, overwrites and deletes a secret', async () => {
    expect(await store.get('account:a:password')).toBeUndefined();
    await store.set('account:a:password', 'first-Ünïcode-pass');
    expect(await store.get('account:a:password')).toBe('first-Ünïcode-pass');
    await store.set('account:a:password', 'second');
    expect(await store.get('account:a:password')).toBe('second');
    await store.delete('account:a:password');
    expect(await store.get('account:a:password')).toBeUndefined();
  });

  it('deleting a missing secret is not an error', async () => {
    await expect(store.delete('never-set')).resolves.toBeUndefined();
  });
});
