import { randomUUID } from 'node:crypto';
import { Entry } from '@napi-rs/keyring';
import { describe, expect, it } from 'vitest';
import { requireLab, secretServiceAvailable } from '../../lab/secret-service';

describe('lab Secret Service (gnome-keyring on a private D-Bus session)', { timeout: 15_000 }, () => {
  requireLab();

  it('is announced to the tests', () => {
    expect(secretServiceAvailable()).toBe(true);
  });

  it('stores, reads and deletes a password through @napi-rs/keyring', () => {
    const entry = new Entry('softphone-lab-test', `user-${randomUUID()}`);
    entry.setPassword('x');
    try {
      expect(entry.getPassword()).toBe('x');
    } finally {
      expect(entry.deletePassword()).toBe(true);
    }
    expect(entry.getPassword()).toBeNull();
  });

  it('keeps non-ASCII secrets intact', () => {
    const entry = new Entry('softphone-lab-test', `umlaut-${randomUUID()}`);
    entry.setPassword('Pässwörd-ß-€');
    try {
      expect(entry.getPassword()).toBe('Pässwörd-ß-€');
    } finally {
      entry.deletePassword();
    }
  });
});
