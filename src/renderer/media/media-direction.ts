/**
 * Hold as RFC 3264 section 8.4 describes it, the way sip.js's Web SessionDescriptionHandler does:
 * the holding side offers "sendonly", or "inactive" when the far end already holds us; resuming
 * offers "sendrecv" again.
 */
export function offerDirection(
  hold: boolean,
  currentDirection: RTCRtpTransceiverDirection | null,
): RTCRtpTransceiverDirection {
  if (!hold) return 'sendrecv';
  // We answered the far end's hold with "recvonly" (or both hold: "inactive").
  const remoteHolds = currentDirection === 'recvonly' || currentDirection === 'inactive';
  return remoteHolds ? 'inactive' : 'sendonly';
}

/**
 * What we are willing to do when answering. The browser intersects it with the offered direction
 * (RFC 8829 section 5.3.1): a "sendonly" offer becomes "recvonly", or "inactive" while we hold.
 */
export function answerDirection(hold: boolean): RTCRtpTransceiverDirection {
  return hold ? 'sendonly' : 'sendrecv';
}
