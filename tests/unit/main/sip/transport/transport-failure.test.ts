import { describe, expect, it } from 'vitest';
import {
  describeConnectionError,
  TransportError,
} from '../../../../../src/main/sip/transport/transport-failure';
import { translate } from '../../../../../src/main/i18n/translator';
import { createI18n } from '../../../../../src/renderer/i18n/i18n';
import { userTextOr } from '../../../../../src/renderer/i18n/user-text';

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

describe('the failure as a catalogue code', () => {
  it('sends the certificate problem as a code with the server, the problem kind and the Node code', () => {
    const failure = describeConnectionError(withCode('CERT_HAS_EXPIRED'), server);
    expect(failure.text).toEqual({
      key: 'sipConnection.untrusted',
      params: { server, problem: 'expired', code: 'CERT_HAS_EXPIRED' },
    });
    expect(failure.detail).toBe(
      "wss://pbx.example.com:8089/ws is not trusted: its certificate has expired (CERT_HAS_EXPIRED). Import the PBX certificate under Encryption, or check the server's certificate.",
    );
    expect(translate('en', `codes.${failure.text!.key}`, failure.text!.params)).toBe(failure.detail);
    expect(userTextOr(createI18n('de').t, failure.text, failure.detail)).toBe(
      'wss://pbx.example.com:8089/ws ist nicht vertrauenswürdig: sein Zertifikat ist abgelaufen (CERT_HAS_EXPIRED). Importieren Sie das Zertifikat der Telefonanlage unter Verschlüsselung, oder lassen Sie das Zertifikat des Servers prüfen.',
    );
  });

  it('nests the unreachable problem in the UI language, and keeps an unknown error as a parameter', () => {
    const refused = describeConnectionError(withCode('ECONNREFUSED'), server);
    expect(refused.text).toEqual({
      key: 'sipConnection.unreachable',
      params: { server, problem: 'refused' },
    });
    expect(userTextOr(createI18n('de').t, refused.text, refused.detail)).toBe(
      'wss://pbx.example.com:8089/ws ist nicht erreichbar: die Verbindung wurde abgewiesen (läuft der Server, und stimmt der Port?).',
    );
    const odd = describeConnectionError(withCode('EWEIRD', 'something odd'), server);
    expect(odd.text).toEqual({
      key: 'sipConnection.failed',
      params: { server, detail: 'something odd (EWEIRD)' },
    });
    expect(userTextOr(createI18n('en').t, odd.text, '')).toBe(odd.detail);
  });
});
