import { describe, expect, it } from 'vitest';
import { base64OfDataUrl } from '../../../../../src/renderer/features/contacts/base64';

describe('base64OfDataUrl', () => {
  it('strips the data: prefix, whatever the type', () => {
    const base64 = btoa(String.fromCharCode(...new TextEncoder().encode('Name;Telefon\nMüller;123\n')));
    expect(base64OfDataUrl(`data:text/csv;base64,${base64}`)).toBe(base64);
    expect(base64OfDataUrl(`data:application/octet-stream;base64,${base64}`)).toBe(base64);
    expect(base64OfDataUrl('data:;base64,')).toBe('');
  });

  it('refuses what is not a base64 data URL', () => {
    expect(() => base64OfDataUrl('data:text/csv,Name;Phone')).toThrow(/base64/);
    expect(() => base64OfDataUrl('Name;Phone')).toThrow(/base64/);
  });
});
