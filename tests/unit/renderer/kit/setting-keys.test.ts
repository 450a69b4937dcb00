import { describe, expect, it } from 'vitest';
import { findAccountField, findGlobalField } from '../../../../src/shared/settings/registry';
import { accountKeys, globalKeys } from '../../../../src/renderer/kit/setting-keys';
import { isFindShortcut } from '../../../../src/renderer/kit/shortcuts';

function optionValues(key: string): string[] {
  const field = findGlobalField(key)?.field;
  return field?.kind === 'enum' ? field.options.map((option) => option.value) : [];
}

describe('setting keys the renderer acts on', () => {
  it('exist in the global settings, with the values the renderer understands', () => {
    expect(optionValues(globalKeys.language)).toEqual(['system', 'en', 'de']);
    expect(optionValues(globalKeys.theme)).toEqual(['system', 'light', 'dark']);
  });

  it('exist in the account settings, the password as the one secret', () => {
    for (const key of Object.values(accountKeys)) expect(findAccountField(key), key).toBeDefined();
    expect(findAccountField(accountKeys.password)?.field.kind).toBe('secret');
  });
});

describe('isFindShortcut', () => {
  const key = (init: Partial<KeyboardEvent>) => ({
    key: 'f',
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    shiftKey: false,
    ...init,
  });

  it('is Ctrl+F or Cmd+F, nothing else', () => {
    expect(isFindShortcut(key({ ctrlKey: true }))).toBe(true);
    expect(isFindShortcut(key({ metaKey: true, key: 'F' }))).toBe(true);
    expect(isFindShortcut(key({}))).toBe(false);
    expect(isFindShortcut(key({ ctrlKey: true, shiftKey: true }))).toBe(false);
    expect(isFindShortcut(key({ ctrlKey: true, key: 'g' }))).toBe(false);
  });
});
