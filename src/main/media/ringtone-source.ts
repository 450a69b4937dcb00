import { createHash } from 'node:crypto';
import type { RingtoneAudio } from '../../shared/contract/calls';
import type { RingtoneProblem } from './ringtone-file';
import { maxRingtoneBytes, readRingtoneFile, stampRingtoneFile } from './ringtone-file';

/** A ringtone with its audio, ready for the media engine, or why the file cannot ring. */
export type RingtoneLoad =
  { ok: true; audio: Required<RingtoneAudio> } | { ok: false; problem: RingtoneProblem; detail: string };

interface CachedRingtone {
  size: number;
  mtimeMs: number;
  audio: Required<RingtoneAudio>;
}

/** Ringtone files kept read: one per account is the usual case, a few accounts at most. */
const cacheSize = 4;

/**
 * The custom ringtone files, read and checked by main (ringtone-file.ts) and kept by path, size and
 * modification time: a ringing call costs a stat, not a read, until the file changes.
 */
export class RingtoneSource {
  private readonly cache = new Map<string, CachedRingtone>();

  constructor(private readonly maxBytes = maxRingtoneBytes) {}

  async load(path: string): Promise<RingtoneLoad> {
    const stamped = await stampRingtoneFile(path, this.maxBytes);
    if (!stamped.ok) {
      this.cache.delete(path);
      return stamped;
    }
    const cached = this.cache.get(path);
    if (cached && cached.size === stamped.stamp.size && cached.mtimeMs === stamped.stamp.mtimeMs)
      return { ok: true, audio: cached.audio };
    const read = await readRingtoneFile(path, this.maxBytes);
    if (!read.ok) {
      this.cache.delete(path);
      return read;
    }
    const id = createHash('sha256')
      .update(`${path}\0${read.size}\0${read.mtimeMs}`)
      .digest('hex')
      .slice(0, 32);
    const audio = { id, mime: read.mime, base64: read.bytes.toString('base64') };
    this.cache.delete(path);
    this.cache.set(path, { size: read.size, mtimeMs: read.mtimeMs, audio });
    for (const oldest of this.cache.keys()) {
      if (this.cache.size <= cacheSize) break;
      this.cache.delete(oldest);
    }
    return { ok: true, audio };
  }
}
