import { describe, expect, it } from 'vitest';
import { TlsSettingsChange } from '../../../../../src/main/net/tls/tls-settings-change';
import type { SettingsSnapshot } from '../../../../../src/shared/contract';

const snapshot = (values: SettingsSnapshot['values']): SettingsSnapshot => ({
  values,
  locked: [],
  secretsSet: [],
});

describe('TlsSettingsChange', () => {
  it('reports a change of an advanced.tls setting once, and no other change', () => {
    const change = new TlsSettingsChange(
      snapshot({ 'advanced.tls.verifyServer': true, 'gui.language': 'en' }),
    );
    expect(change.changed(snapshot({ 'advanced.tls.verifyServer': true, 'gui.language': 'de' }))).toBe(false);
    expect(change.changed(snapshot({ 'advanced.tls.verifyServer': false, 'gui.language': 'de' }))).toBe(true);
    expect(change.changed(snapshot({ 'advanced.tls.verifyServer': false, 'gui.language': 'de' }))).toBe(
      false,
    );
  });
});
