import type { Core } from 'sip.js';
import type { CallView, MediaIncompatibility } from '../../../shared/contract';

/**
 * Whether the media engine (WebRTC in the renderer) can answer an SDP offer, or apply an answer,
 * decided before anything rings: WebRTC only speaks DTLS-SRTP with ICE, so an offer of plain RTP
 * (RTP/AVP), of SDES keys only (RTP/SAVP with a=crypto), or without ICE credentials fails the moment
 * the engine is given it. A careful line parser rather than a full SDP library: only the first audio
 * section and the session-level lines above the first m= line matter here.
 */

/** The codecs Chromium's audio engine speaks (telephone-event is not a voice codec). */
const supportedCodecs = new Set(['opus', 'g722', 'pcmu', 'pcma']);
/** RFC 3551 static payload types that need no a=rtpmap line. */
const staticCodecs: Readonly<Record<string, string>> = { '0': 'pcmu', '8': 'pcma', '9': 'g722' };
/** The transports WebRTC accepts for audio (RFC 5764 and RFC 8839's TCP variant). */
const dtlsProtocols = new Set([
  'UDP/TLS/RTP/SAVPF',
  'UDP/TLS/RTP/SAVP',
  'TCP/DTLS/RTP/SAVPF',
  'TCP/TLS/RTP/SAVPF',
]);

/** Why the SDP cannot be used, or undefined when the engine can take it. */
export function mediaIncompatibility(sdp: string): MediaIncompatibility | undefined {
  const lines = sdp.split(/\r?\n/).map((line) => line.trim());
  const firstMedia = lines.findIndex((line) => line.startsWith('m='));
  const session = firstMedia < 0 ? lines : lines.slice(0, firstMedia);
  const audioStart = lines.findIndex((line) => /^m=audio\s+[1-9]\d*(\/\d+)?\s/.test(line));
  if (audioStart < 0) return 'noAudio';
  const next = lines.findIndex((line, index) => index > audioStart && line.startsWith('m='));
  const audio = lines.slice(audioStart + 1, next < 0 ? lines.length : next);
  const [, , protocol = '', ...formats] = lines[audioStart]!.split(/\s+/);

  const has = (prefix: string) =>
    audio.some((l) => l.startsWith(prefix)) || session.some((l) => l.startsWith(prefix));
  if (!dtlsProtocols.has(protocol.toUpperCase()) || !has('a=fingerprint:')) return 'noEncryption';
  if (!has('a=ice-ufrag:') || !has('a=ice-pwd:')) return 'noIce';
  const codecOf = (format: string) =>
    audio
      .find((line) => line.startsWith(`a=rtpmap:${format} `))
      ?.slice(`a=rtpmap:${format} `.length)
      .split('/')[0]
      ?.toLowerCase() ?? staticCodecs[format];
  if (!formats.some((format) => supportedCodecs.has(codecOf(format) ?? ''))) return 'noCommonCodec';
  return undefined;
}

/**
 * Why an INVITE's SDP offer cannot be answered, or undefined when it can or when there is none (the
 * offer then comes in our 200 and the answer in the ACK, checked when the engine is given it).
 */
export function incomingOfferIncompatibility(
  request: Pick<Core.IncomingRequestMessage, 'body' | 'getHeader'>,
): MediaIncompatibility | undefined {
  if (request.body.trim() === '') return undefined;
  const type = request.getHeader('Content-Type')?.split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/sdp') return undefined;
  return mediaIncompatibility(request.body);
}

/** How a call ends whose media could not be used: 488 Not Acceptable Here, with the reason code. */
export function incompatibleEnd(problem: MediaIncompatibility): NonNullable<CallView['end']> {
  return { reason: 'failed', code: 488, text: 'Not Acceptable Here', incompatible: problem };
}

/** The reason in English, for the log and the Warning header the far end's administrator reads. */
const warningTexts: Readonly<Record<MediaIncompatibility, string>> = {
  noEncryption: 'the caller offers unencrypted RTP (no DTLS-SRTP)',
  noIce: 'the caller offers no ICE credentials (ice-ufrag/ice-pwd)',
  noAudio: 'the caller offers no audio stream',
  noCommonCodec: 'no audio codec in common (opus, G.722, PCMU, PCMA)',
};

export function incompatibilityText(problem: MediaIncompatibility): string {
  return warningTexts[problem];
}

/**
 * A Warning header (RFC 3261 §20.43) for a 488: code 399 (miscellaneous), our host as the warn-agent,
 * the reason in quotes.
 */
export function incompatibilityWarning(problem: MediaIncompatibility, host: string): string {
  return `Warning: 399 ${host} "Incompatible media: ${warningTexts[problem]}"`;
}
