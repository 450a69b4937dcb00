/** The codec names the settings use, and the RTP mime types the browser reports for them. */
const mimeTypes: Readonly<Record<string, string>> = {
  opus: 'audio/opus',
  g722: 'audio/G722',
  pcmu: 'audio/PCMU',
  pcma: 'audio/PCMA',
};

/**
 * Entries kept after the chosen codecs: telephone-event carries DTMF (RFC 4733) and CN comfort noise
 * (RFC 3389). RED (RFC 2198) only wraps opus, so it stays only when opus is chosen.
 */
function isHelper(mimeType: string, opusChosen: boolean): boolean {
  const type = mimeType.toLowerCase();
  if (type === 'audio/telephone-event' || type === 'audio/cn') return true;
  return type === 'audio/red' && opusChosen;
}

/**
 * The browser's audio codec capabilities reordered to the user's preference: the chosen codecs in
 * that order, then the helper entries. Codecs the user did not choose are left out. An empty result
 * means "keep the browser's default" (nothing chosen is supported); setCodecPreferences would throw
 * on a list with helpers only.
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
  const opusChosen = chosen.some((codec) => codec.mimeType.toLowerCase() === 'audio/opus');
  return [...chosen, ...capabilities.filter((codec) => isHelper(codec.mimeType, opusChosen))];
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

/** RFC 3551 static payload types that an offer may list without an a=rtpmap line. */
const staticPayloadTypes: Readonly<Record<string, string>> = { '0': 'pcmu', '8': 'pcma', '9': 'g722' };

/** The codecs (lower-case encoding names) offered on the first m=audio line of an SDP. */
export function offeredAudioCodecs(sdp: string): string[] {
  const lines = sdp.split(/\r?\n/);
  const start = lines.findIndex((line) => line.startsWith('m=audio '));
  if (start < 0) return [];
  const end = lines.findIndex((line, index) => index > start && line.startsWith('m='));
  const section = lines.slice(start + 1, end < 0 ? undefined : end);
  const payloadTypes = lines[start]!.trim().split(/\s+/).slice(3);
  return payloadTypes.map((payloadType) => {
    const rtpmap = section.find((line) => line.startsWith(`a=rtpmap:${payloadType} `));
    const name = rtpmap?.slice(`a=rtpmap:${payloadType} `.length).split('/')[0];
    return (name ?? staticPayloadTypes[payloadType] ?? `pt${payloadType}`).toLowerCase();
  });
}

/**
 * Whether an offer carries one of the chosen codecs. Chromium answers an offer without any of them
 * with telephone-event only, a call without audio; we refuse it instead (SIP 488).
 */
export function offersChosenCodec(offered: readonly string[], ordered: readonly RTCRtpCodec[]): boolean {
  return ordered.some(
    (codec) => !isHelper(codec.mimeType, true) && offered.includes(codecName(codec.mimeType).toLowerCase()),
  );
}
