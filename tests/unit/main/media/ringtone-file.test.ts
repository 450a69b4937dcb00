import { mkdtempSync, rmSync, truncateSync, writeFileSync, chmodSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { audioMimeOf, maxRingtoneBytes, readRingtoneFile } from '../../../../src/main/media/ringtone-file';
import { RingtoneSource } from '../../../../src/main/media/ringtone-source';
import { sineWav } from '../../../support/wav';

const dir = mkdtempSync(join(tmpdir(), 'ringtone-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

describe('readRingtoneFile', () => {
  it('reads a small WAV with its bytes and type', async () => {
    const wav = sineWav(1000, 0.1);
    const result = await readRingtoneFile(file('ring.wav', wav));
    expect(result).toMatchObject({ ok: true, mime: 'audio/wav', size: wav.length });
    expect(result.ok && result.bytes.equals(wav)).toBe(true);
  });

  it('refuses a text file as not audio', async () => {
    expect(await readRingtoneFile(file('notes.wav', 'just some text, not a ringtone\n'))).toMatchObject({
      ok: false,
      problem: 'notAudio',
    });
  });

  it('refuses a file larger than the limit without reading it', async () => {
    const path = join(dir, 'huge.wav');
    writeFileSync(path, sineWav(440, 0.01));
    truncateSync(path, maxRingtoneBytes + 1); // sparse: no 10 MB written
    expect(await readRingtoneFile(path)).toMatchObject({ ok: false, problem: 'tooLarge' });
  });

  it('says a missing file is missing, and a folder is not a file', async () => {
    expect(await readRingtoneFile(join(dir, 'gone.wav'))).toMatchObject({ ok: false, problem: 'missing' });
    mkdirSync(join(dir, 'folder.wav'));
    expect(await readRingtoneFile(join(dir, 'folder.wav'))).toMatchObject({ ok: false, problem: 'notFile' });
  });

  it.skipIf(process.getuid?.() === 0)('says a file it may not read is unreadable', async () => {
    const path = file('locked.wav', sineWav(440, 0.01));
    chmodSync(path, 0o000);
    expect(await readRingtoneFile(path)).toMatchObject({ ok: false, problem: 'unreadable' });
  });

  it('never throws on odd input', async () => {
    expect(await readRingtoneFile('')).toMatchObject({ ok: false });
    expect(await readRingtoneFile('bad\0path')).toMatchObject({ ok: false });
    expect(await readRingtoneFile(file('empty.wav', ''))).toMatchObject({ ok: false, problem: 'notAudio' });
  });
});

describe('audioMimeOf', () => {
  const bytes = (...parts: Array<string | number[]>) =>
    Buffer.concat(
      parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'latin1') : Buffer.from(part))),
    );
  it.each([
    ['audio/wav', bytes('RIFF', [0, 0, 0, 0], 'WAVEfmt ')],
    ['audio/mpeg', bytes('ID3', [4, 0, 0, 0, 0, 0, 0])],
    ['audio/mpeg', bytes([0xff, 0xfb, 0x90, 0x00])],
    ['audio/ogg', bytes('OggS', [0, 2])],
    ['audio/flac', bytes('fLaC', [0, 0, 0, 34])],
    ['audio/mp4', bytes([0, 0, 0, 32], 'ftypM4A ', [0, 0, 0, 0])],
  ])('knows %s by its magic bytes', (mime, header) => {
    expect(audioMimeOf(header)).toBe(mime);
  });

  it('knows nothing else', () => {
    expect(audioMimeOf(bytes('RIFF', [0, 0, 0, 0], 'AVI LIST'))).toBeUndefined();
    expect(audioMimeOf(bytes('%PDF-1.7'))).toBeUndefined();
    expect(audioMimeOf(bytes([0xff, 0xe0, 0, 0]))).toBeUndefined(); // MPEG sync with a reserved layer
  });
});

describe('RingtoneSource', () => {
  it('reads a file once while it is unchanged, and again when it changes', async () => {
    const path = file('cached.wav', sineWav(500, 0.05));
    const source = new RingtoneSource();
    const first = await source.load(path);
    const again = await source.load(path);
    expect(first.ok && again.ok && again.audio).toBe(first.ok && first.audio);
    writeFileSync(path, sineWav(600, 0.08));
    const changed = await source.load(path);
    expect(changed.ok && first.ok && changed.audio.id).not.toBe(first.ok && first.audio.id);
    expect(changed.ok && Buffer.from(changed.audio.base64, 'base64').equals(sineWav(600, 0.08))).toBe(true);
  });

  it('reports a file that became unusable', async () => {
    const path = file('soon-gone.wav', sineWav(500, 0.05));
    const source = new RingtoneSource();
    expect((await source.load(path)).ok).toBe(true);
    rmSync(path);
    expect(await source.load(path)).toMatchObject({ ok: false, problem: 'missing' });
  });
});
