import { describe, expect, it } from 'vitest';
import {
  describeConnectionError,
  TransportError,
} from '../../../../../src/main/sip/transport/transport-failure';

const server = 'wss://pbx.example.com:8089/ws';
const withCode = (code: string, message = code): Error => Object.assign(new Error(message), { code });

describe('describeConnectionError', () => {
  it.each([
    ['DEPTH_ZERO_SELF_SIGNED_CERT', /self-signed/],
    ['CERT_HAS_EXPIRED', /expired/],
    ['ERR_TLS_CERT_ALTNAME_INVALID', /different name/],
    ['UNABLE_TO_VERIFY_LEAF_SIGNATURE', /authority that is not trusted/],
    ['SELF_SIGNED_CERT_IN_CHAIN', /self-signed root/],
    ['CERT_NOT_YET_VALID', /clock/],
  ])('maps %s to certificate, naming the problem in words', (code, words) => {
    const failure = describeConnectionError(withCode(code), server);
    expect(failure.code).toBe('certificate');
    expect(failure.detail).toMatch(words);
    expect(failure.detail).toContain(code);
    expect(failure.detail).toContain(server);
  });

  it.each(['ECONNREFUSED', 'ENOTFOUND', 'EHOSTUNREACH'])('maps %s to unreachable', (code) => {
    expect(describeConnectionError(withCode(code), server).code).toBe('unreachable');
  });

  it('reads the code of an AggregateError from happy-eyeballs connects', () => {
    const error = new AggregateError([withCode('ECONNREFUSED'), withCode('ECONNREFUSED')], 'connect failed');
    expect(describeConnectionError(error, server).code).toBe('unreachable');
  });

  it('maps ETIMEDOUT to timeout and a missing network to network', () => {
    expect(describeConnectionError(withCode('ETIMEDOUT'), server).code).toBe('timeout');
    expect(describeConnectionError(withCode('ENETUNREACH'), server).code).toBe('network');
    expect(describeConnectionError(withCode('EAI_AGAIN'), server).code).toBe('network');
  });

  it('maps a refused WebSocket upgrade and a missing sip subprotocol to rejected', () => {
    const http = describeConnectionError(new Error('Unexpected server response: 404'), server);
    expect(http).toMatchObject({ code: 'rejected' });
    expect(http.detail).toMatch(/HTTP 404/);
    expect(describeConnectionError(new Error('Server sent no subprotocol'), server).code).toBe('rejected');
  });

  it('maps TLS handshake failures to network with a hint at the TLS settings', () => {
    const failure = describeConnectionError(withCode('ERR_SSL_NO_PROTOCOLS_AVAILABLE'), server);
    expect(failure.code).toBe('network');
    expect(failure.detail).toMatch(/TLS protocol/);
  });

  it('keeps the cause of a TransportError and falls back to network for anything else', () => {
    const own = new TransportError({ code: 'timeout', detail: 'slow' });
    expect(describeConnectionError(own, server)).toEqual({ code: 'timeout', detail: 'slow' });
    expect(describeConnectionError('weird', server).code).toBe('network');
  });
});
