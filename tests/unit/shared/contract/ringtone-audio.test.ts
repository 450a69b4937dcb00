import { describe, expect, it } from 'vitest';
import { mediaRequests } from '../../../../src/shared/contract';

const tone = mediaRequests['media.tone'];
const base = { key: 'call-1', tone: 'ringtone', play: true, deviceIds: ['default'] } as const;
const id = '0123456789abcdef0123456789abcdef';

describe('media.tone ringtone', () => {
  it('carries a ringtone as its id, type and base64 audio, or only its id and type', () => {
    expect(
      tone.params.safeParse({ ...base, ringtone: { id, mime: 'audio/wav', base64: 'UklGRg==' } }).success,
    ).toBe(true);
    expect(tone.params.safeParse({ ...base, ringtone: { id, mime: 'audio/ogg' } }).success).toBe(true);
    expect(tone.params.safeParse(base).success).toBe(true);
  });

  it('refuses a URL, an unknown type, a bad id, non-base64 or too much audio', () => {
    expect(tone.params.safeParse({ ...base, src: 'file:///etc/passwd' }).success).toBe(false);
    expect(tone.params.safeParse({ ...base, ringtone: { id, mime: 'text/html' } }).success).toBe(false);
    expect(tone.params.safeParse({ ...base, ringtone: { id: '../x', mime: 'audio/wav' } }).success).toBe(
      false,
    );
    expect(
      tone.params.safeParse({ ...base, ringtone: { id, mime: 'audio/wav', base64: 'a b<' } }).success,
    ).toBe(false);
    const tooMuch = 'A'.repeat(Math.ceil((10 * 1024 * 1024) / 3) * 4 + 4);
    expect(
      tone.params.safeParse({ ...base, ringtone: { id, mime: 'audio/wav', base64: tooMuch } }).success,
    ).toBe(false);
    expect(
      tone.params.safeParse({ ...base, ringtone: { id, mime: 'audio/wav', path: '/etc/passwd' } }).success,
    ).toBe(false);
  });

  it('answers how a custom ringtone went', () => {
    expect(tone.result.parse({ ringtone: 'wanted' })).toEqual({ ringtone: 'wanted' });
    expect(tone.result.parse({})).toEqual({});
    expect(tone.result.safeParse({ ringtone: 'maybe' }).success).toBe(false);
  });
});
