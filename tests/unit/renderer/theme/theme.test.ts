import { describe, expect, it } from 'vitest';
import { resolveTheme } from '../../../../src/renderer/theme/theme';

describe('resolveTheme', () => {
  it('uses an explicit light or dark setting regardless of the system', () => {
    expect(resolveTheme('light', true)).toBe('light');
    expect(resolveTheme('dark', false)).toBe('dark');
  });

  it('follows prefers-color-scheme for system, missing or unknown values', () => {
    expect(resolveTheme('system', true)).toBe('dark');
    expect(resolveTheme('system', false)).toBe('light');
    expect(resolveTheme(undefined, true)).toBe('dark');
  });
});
