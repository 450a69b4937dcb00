/** RFC 3551 static payload types that an SDP may list without an a=rtpmap line: name and clock. */
const staticFormats: Readonly<Record<string, { name: string; clockRate: number }>> = {
  '0': { name: 'pcmu', clockRate: 8000 },
  '8': { name: 'pcma', clockRate: 8000 },
  // G.722 samples at 16 kHz but its RTP clock is 8000 (RFC 3551 §4.5.2)
  '9': { name: 'g722', clockRate: 8000 },
};

/** One payload type of an m=audio line: its lower-case encoding name and RTP clock rate. */
export interface AudioFormat {
  payloadType: string;
  /** `pt63` for a dynamic payload type without an a=rtpmap line. */
  name: string;
  /** NaN when the SDP does not say. */
  clockRate: number;
}

/** Where the first m=audio section is in an SDP's lines; undefined without one. */
export function audioSection(lines: readonly string[]): { start: number; end: number } | undefined {
  const start = lines.findIndex((line) => line.startsWith('m=audio '));
  if (start < 0) return undefined;
  const next = lines.findIndex((line, index) => index > start && line.startsWith('m='));
  return { start, end: next < 0 ? lines.length : next };
}

/** The payload types of the first m=audio line of an SDP, in its order. */
export function audioFormats(sdp: string): AudioFormat[] {
  const lines = sdp.split(/\r?\n/);
  const section = audioSection(lines);
  if (section === undefined) return [];
  const attributes = lines.slice(section.start + 1, section.end);
  const payloadTypes = lines[section.start]!.trim().split(/\s+/).slice(3);
  return payloadTypes.map((payloadType) => {
    const rtpmap = attributes.find((line) => line.startsWith(`a=rtpmap:${payloadType} `));
    if (rtpmap === undefined) {
      const known = staticFormats[payloadType];
      return { payloadType, name: known?.name ?? `pt${payloadType}`, clockRate: known?.clockRate ?? NaN };
    }
    const [name = '', rate = ''] = rtpmap.slice(`a=rtpmap:${payloadType} `.length).trim().split('/');
    return { payloadType, name: name.toLowerCase(), clockRate: Number(rate) || NaN };
  });
}
