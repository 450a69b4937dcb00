import { describe, expect, it } from 'vitest';
import { findGlobalField } from '../../../../../src/shared/settings/registry';
import { compactKeys } from '../../../../../src/renderer/features/compact/compact-keys';

describe('compact mode setting keys', () => {
  it('exist in the global settings as switches', () => {
    for (const key of Object.values(compactKeys))
      expect(findGlobalField(key)?.field.kind, key).toBe('boolean');
  });
});
