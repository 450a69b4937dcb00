import type { RingtoneAudio } from '../../shared/contract';

/** Ringtone versions kept as Blob URLs: one per account is the usual case. */
const kept = 4;

/**
 * The custom ringtones main sent, as Blob URLs (the CSP's media-src allows blob:, never file:),
 * by main's id for that version of the file, so that a ringing call does not carry the audio again.
 */
export class RingtoneUrls {
  private readonly urls = new Map<string, string>();

  constructor(private readonly blobs: Pick<typeof URL, 'createObjectURL' | 'revokeObjectURL'> = URL) {}

  /** The URL to play `audio` from: made from its bytes when sent, else one kept; undefined if neither. */
  urlOf(audio: RingtoneAudio): string | undefined {
    const known = this.urls.get(audio.id);
    if (audio.base64 === undefined) {
      if (known === undefined) return undefined;
      this.urls.delete(audio.id);
      this.urls.set(audio.id, known);
      return known;
    }
    if (known !== undefined) this.blobs.revokeObjectURL(known);
    this.urls.delete(audio.id);
    const url = this.blobs.createObjectURL(new Blob([bytesOf(audio.base64)], { type: audio.mime }));
    this.urls.set(audio.id, url);
    for (const [id, oldest] of this.urls) {
      if (this.urls.size <= kept) break;
      this.blobs.revokeObjectURL(oldest);
      this.urls.delete(id);
    }
    return url;
  }

  revokeAll(): void {
    for (const url of this.urls.values()) this.blobs.revokeObjectURL(url);
    this.urls.clear();
  }
}

function bytesOf(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
