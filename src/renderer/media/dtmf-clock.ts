import type { AudioFormat } from './sdp-audio';
import { audioFormats, audioSection } from './sdp-audio';

// RFC 4733 events carry their timestamp and duration in the audio stream's clock, so the
// telephone-event payload type must have the send codec's clock rate. Chromium picks it that way
// only for codecs that allow comfort noise (G.711, G.722); for Opus it takes the telephone-event with
// the lowest rate, 8000, while the timestamps run at 48 kHz: it counts the asked 160 ms as 1280
// ticks of the 48 kHz clock and ends the event after 27 ms (4 packets within 20 ms on the wire), and
// a receiver reads the event in the wrong clock. Leaving only the telephone-event at the send codec's
// rate in the remote description makes it the one Chromium sends with.

const helperNames = new Set(['telephone-event', 'cn', 'red']);

/**
 * The clock rate of the codec this end will send with: for an answer, its first codec; for an offer,
 * the first chosen codec (the answer is ordered by our preference) it has, else its first codec.
 */
export function sendClockRate(
  formats: readonly AudioFormat[],
  type: 'offer' | 'answer',
  chosen: readonly string[],
): number | undefined {
  const codecs = formats.filter((format) => !helperNames.has(format.name));
  const preferred =
    type === 'offer'
      ? chosen.map((name) => codecs.find((codec) => codec.name === name.toLowerCase())).find(Boolean)
      : undefined;
  const rate = (preferred ?? codecs[0])?.clockRate;
  return rate === undefined || Number.isNaN(rate) ? undefined : rate;
}

/**
 * The remote SDP with telephone-event only at the send codec's clock rate on its first m=audio line
 * (its payload types, rtpmap, fmtp and rtcp-fb lines go). Unchanged when it has no telephone-event at
 * that rate: a sender without a matching one still sends events, if with the wrong clock.
 */
export function withDtmfAtSendClock(
  sdp: string,
  type: 'offer' | 'answer',
  chosen: readonly string[],
): string {
  const formats = audioFormats(sdp);
  const rate = sendClockRate(formats, type, chosen);
  const events = formats.filter((format) => format.name === 'telephone-event');
  if (rate === undefined || !events.some((event) => event.clockRate === rate)) return sdp;
  const dropped = new Set(events.filter((event) => event.clockRate !== rate).map((e) => e.payloadType));
  if (dropped.size === 0) return sdp;

  const lines = sdp.split('\n');
  const section = audioSection(lines.map((line) => line.replace(/\r$/, '')));
  if (section === undefined) return sdp;
  const attribute = /^a=(?:rtpmap|fmtp|rtcp-fb):(\d+)[ \r]/;
  return lines
    .map((line, index) => {
      if (index !== section.start) return line;
      const cr = line.endsWith('\r') ? '\r' : '';
      const fields = line.replace(/\r$/, '').split(' ');
      return [...fields.slice(0, 3), ...fields.slice(3).filter((pt) => !dropped.has(pt))].join(' ') + cr;
    })
    .filter((line, index) => {
      if (index <= section.start || index >= section.end) return true;
      const payloadType = attribute.exec(line)?.[1];
      return payloadType === undefined || !dropped.has(payloadType);
    })
    .join('\n');
}
