/**
 * Whether the far end's SDP puts us on hold: its audio stream is sendonly or inactive (RFC 3264 §8.4,
 * media-level attribute first, else the session-level one), or its connection address is 0.0.0.0
 * (the older RFC 2543 way, still sent by some phones and PBXs). With ICE, 0.0.0.0 is only the
 * placeholder of trickled candidates (RFC 8840 §4.2, WebRTC sends it in every offer), not hold.
 */
export function holdsUs(sdp: string): boolean {
  const lines = sdp.split(/\r?\n/).map((line) => line.trim());
  const firstMedia = lines.findIndex((line) => line.startsWith('m='));
  const session = firstMedia === -1 ? lines : lines.slice(0, firstMedia);
  const audioStart = lines.findIndex((line) => line.startsWith('m=audio '));
  if (audioStart === -1) return false;
  const next = lines.findIndex((line, index) => index > audioStart && line.startsWith('m='));
  const audio = lines.slice(audioStart + 1, next === -1 ? undefined : next);
  const direction = directionOf(audio) ?? directionOf(session) ?? 'sendrecv';
  const connection = connectionOf(audio) ?? connectionOf(session);
  const ice = lines.some((line) => line.startsWith('a=ice-ufrag:'));
  return direction === 'sendonly' || direction === 'inactive' || (connection === '0.0.0.0' && !ice);
}

function directionOf(lines: readonly string[]): string | undefined {
  const line = lines.find((l) => /^a=(sendrecv|sendonly|recvonly|inactive)$/.test(l));
  return line?.slice(2);
}

function connectionOf(lines: readonly string[]): string | undefined {
  const line = lines.find((l) => l.startsWith('c='));
  return line?.split(/\s+/)[2]?.split('/')[0];
}
