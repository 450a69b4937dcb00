import { describe, expect, it } from 'vitest';
import { boundedText } from '../../../../src/shared/text/bounded';

describe('boundedText', () => {
  it('keeps ordinary text as it is', () => {
    expect(boundedText('Alice Müller 👩‍💻 +49 30 1234', 128)).toBe('Alice Müller 👩‍💻 +49 30 1234');
  });

  it('cuts to the bound, cheaply, whatever the input size', () => {
    const huge = 'x'.repeat(921_600);
    expect(boundedText(huge, 128)).toBe('x'.repeat(128));
  });

  it('never cuts between the halves of a surrogate pair', () => {
    // '😀' is two UTF-16 units; a cut after 3 units would leave half of the second emoji.
    expect(boundedText('😀😀', 3)).toBe('😀');
    expect(boundedText('a😀', 2)).toBe('a');
    expect(boundedText('a😀', 3)).toBe('a😀');
  });

  it('replaces lone surrogates, which SQLite and UTF-8 cannot carry', () => {
    expect(boundedText('a\ud800b\udc00c', 16)).toBe('a\ufffdb\ufffdc');
  });

  it('turns tabs and line breaks into spaces and removes other control characters', () => {
    expect(boundedText('Bob\r\nVia: evil\tx', 64)).toBe('Bob  Via: evil x');
    expect(boundedText('a\u0000b\u0007c\u007fd\u009be', 64)).toBe('abcde');
    expect(boundedText('line\u2028para\u2029end\u0085', 64)).toBe('line para end ');
  });

  it('removes bidi embeddings, overrides and isolates (Trojan Source)', () => {
    const spoofed = 'Bank \u202egnp.exe\u202c \u2066x\u2069 \u202a\u202b\u202d\u2067\u2068';
    expect(boundedText(spoofed, 64)).toBe('Bank gnp.exe x ');
  });

  it('is never longer than the bound, also after cleaning', () => {
    for (const input of ['\u0000'.repeat(500), '😀'.repeat(500), `${'a'.repeat(127)}😀`, '\r\n'.repeat(99)]) {
      expect(boundedText(input, 128).length).toBeLessThanOrEqual(128);
    }
  });
});
