import { audioFormats } from './sdp-audio';

/** The codec names the settings use, and the RTP mime types the browser reports for them. */
const mimeTypes: Readonly<Record<string, string>> = {
  opus: 'audio/opus',
  g722: 'audio/G722',
  pcmu: 'audio/PCMU',
  pcma: 'audio/PCMA',
};

/** Entries that are no codec of their own: DTMF (RFC 4733), comfort noise (RFC 3389), RED (RFC 2198). */
function isHelper(mimeType: string): boolean {
  const type = mimeType.toLowerCase();
  return type === 'audio/telephone-event' || type === 'audio/cn' || type === 'audio/red';
}

/**
 * Whether a helper entry goes with the chosen codecs: telephone-event at the clock rate of a chosen
 * codec (RFC 4733 §2.1: the events use the audio's clock), CN, and RED only when opus is chosen (it
 * only wraps opus).
 */
function goesWith(helper: RTCRtpCodec, chosen: readonly RTCRtpCodec[]): boolean {
  const type = helper.mimeType.toLowerCase();
  if (type === 'audio/telephone-event') return chosen.some((codec) => codec.clockRate === helper.clockRate);
  if (type === 'audio/red') return chosen.some((codec) => codec.mimeType.toLowerCase() === 'audio/opus');
  return type === 'audio/cn';
}

/**
 * The browser's audio codec capabilities reordered to the user's preference: the chosen codecs in
 * that order, then the helper entries that go with them. Codecs the user did not choose are left
 * out. An empty result means "keep the browser's default" (nothing chosen is supported);
 * setCodecPreferences would throw on a list with helpers only.
 */
export function orderCodecs(
  capabilities: readonly RTCRtpCodec[],
  preferred: readonly string[],
): RTCRtpCodec[] {
  const chosen: RTCRtpCodec[] = [];
  for (const name of preferred) {
    const mimeType = mimeTypes[name.toLowerCase()];
    if (mimeType === undefined) continue;
    for (const codec of capabilities) {
      if (codec.mimeType.toLowerCase() === mimeType.toLowerCase() && !chosen.includes(codec))
        chosen.push(codec);
    }
  }
  if (chosen.length === 0) return [];
  return [...chosen, ...capabilities.filter((codec) => isHelper(codec.mimeType) && goesWith(codec, chosen))];
}

/** The codec name CallStats shows, from an RTP mime type: "audio/PCMU" → "PCMU". */
export function codecName(mimeType: string): string {
  const slash = mimeType.indexOf('/');
  return slash < 0 ? mimeType : mimeType.slice(slash + 1);
}

/** Applies the preference before createOffer/createAnswer; it orders (and filters) the m= line's codecs. */
export function applyCodecPreferences(
  transceiver: Pick<RTCRtpTransceiver, 'setCodecPreferences'>,
  capabilities: readonly RTCRtpCodec[],
  preferred: readonly string[],
): void {
  const ordered = orderCodecs(capabilities, preferred);
  if (ordered.length > 0) transceiver.setCodecPreferences(ordered);
}

/** The codecs (lower-case encoding names) offered on the first m=audio line of an SDP. */
export function offeredAudioCodecs(sdp: string): string[] {
  return audioFormats(sdp).map((format) => format.name);
}

/**
 * Whether an offer carries one of the chosen codecs. Chromium answers an offer without any of them
 * with telephone-event only, a call without audio; we refuse it instead (SIP 488).
 */
export function offersChosenCodec(offered: readonly string[], ordered: readonly RTCRtpCodec[]): boolean {
  return ordered.some(
    (codec) => !isHelper(codec.mimeType) && offered.includes(codecName(codec.mimeType).toLowerCase()),
  );
}
