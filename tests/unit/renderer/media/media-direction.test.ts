import { describe, expect, it } from 'vitest';
import { answerDirection, offerDirection } from '../../../../src/renderer/media/media-direction';

describe('hold directions (RFC 3264 section 8.4)', () => {
  it('offers sendonly to hold, inactive when the far end holds too, sendrecv to resume', () => {
    expect(offerDirection(true, null)).toBe('sendonly');
    expect(offerDirection(true, 'sendrecv')).toBe('sendonly');
    expect(offerDirection(true, 'sendonly')).toBe('sendonly');
    expect(offerDirection(true, 'recvonly')).toBe('inactive');
    expect(offerDirection(true, 'inactive')).toBe('inactive');
    expect(offerDirection(false, 'sendonly')).toBe('sendrecv');
    expect(offerDirection(false, 'recvonly')).toBe('sendrecv');
  });

  it('answers with what we may do; the browser intersects it with the offer', () => {
    expect(answerDirection(false)).toBe('sendrecv');
    expect(answerDirection(true)).toBe('sendonly');
  });
});
