import { open, stat } from 'node:fs/promises';
import type { RingtoneMime } from '../../shared/contract/calls';

/** A ringtone larger than this is refused: it crosses to the renderer whole. */
export const maxRingtoneBytes = 10 * 1024 * 1024;

/** Why a chosen ringtone file cannot ring (the catalogue's `ringtone.<problem>`). */
export type RingtoneProblem = 'missing' | 'notFile' | 'tooLarge' | 'unreadable' | 'notAudio';

export type RingtoneFileResult =
  | { ok: true; bytes: Buffer; mime: RingtoneMime; size: number; mtimeMs: number }
  | { ok: false; problem: RingtoneProblem; detail: string };

/** What identifies one version of a file: a changed file is read again, an unchanged one is not. */
export interface RingtoneFileStamp {
  size: number;
  mtimeMs: number;
}

/**
 * The file's size and modification time, or why it cannot be a ringtone (missing, not a regular
 * file, too large) without reading it.
 */
export async function stampRingtoneFile(
  path: string,
  maxBytes = maxRingtoneBytes,
): Promise<{ ok: true; stamp: RingtoneFileStamp } | { ok: false; problem: RingtoneProblem; detail: string }> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT' || code === 'ENOTDIR') return { ok: false, problem: 'missing', detail: code };
    return { ok: false, problem: 'unreadable', detail: code };
  }
  if (!info.isFile()) return { ok: false, problem: 'notFile', detail: 'not a regular file' };
  if (info.size > maxBytes)
    return { ok: false, problem: 'tooLarge', detail: `${info.size} bytes, at most ${maxBytes}` };
  return { ok: true, stamp: { size: info.size, mtimeMs: info.mtimeMs } };
}

/**
 * Reads the ringtone the user chose, checked: a readable regular file of at most `maxBytes` whose
 * first bytes are those of WAV, MP3, Ogg, FLAC or MP4 audio. Never throws.
 */
export async function readRingtoneFile(
  path: string,
  maxBytes = maxRingtoneBytes,
): Promise<RingtoneFileResult> {
  const stamped = await stampRingtoneFile(path, maxBytes);
  if (!stamped.ok) return stamped;
  let bytes: Buffer;
  try {
    const handle = await open(path, 'r');
    try {
      // one byte more than allowed tells a file that grew since stat
      const buffer = Buffer.alloc(Math.min(stamped.stamp.size, maxBytes) + 1);
      let length = 0;
      while (length < buffer.length) {
        const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
        if (bytesRead === 0) break;
        length += bytesRead;
      }
      if (length > maxBytes) return { ok: false, problem: 'tooLarge', detail: `more than ${maxBytes} bytes` };
      bytes = buffer.subarray(0, length);
    } finally {
      await handle.close();
    }
  } catch (error) {
    return { ok: false, problem: 'unreadable', detail: errorCode(error) };
  }
  const mime = audioMimeOf(bytes);
  if (mime === undefined)
    return { ok: false, problem: 'notAudio', detail: 'no WAV, MP3, Ogg, FLAC or M4A header' };
  return { ok: true, bytes, mime, ...stamped.stamp };
}

/** The audio format the file's magic bytes announce, if any of those a ringtone may be. */
export function audioMimeOf(bytes: Uint8Array): RingtoneMime | undefined {
  const ascii = (from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));
  if (bytes.length >= 12 && ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WAVE') return 'audio/wav';
  if (bytes.length >= 4 && ascii(0, 4) === 'OggS') return 'audio/ogg';
  if (bytes.length >= 4 && ascii(0, 4) === 'fLaC') return 'audio/flac';
  if (bytes.length >= 12 && ascii(4, 8) === 'ftyp') return 'audio/mp4';
  if (bytes.length >= 10 && ascii(0, 3) === 'ID3') return 'audio/mpeg';
  // an MPEG audio frame header: 11 sync bits, then a layer that is not "reserved"
  if (bytes.length >= 4 && bytes[0] === 0xff && (bytes[1]! & 0xe0) === 0xe0 && (bytes[1]! & 0x06) !== 0)
    return 'audio/mpeg';
  return undefined;
}

function errorCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : error instanceof Error ? error.message : String(error);
}
