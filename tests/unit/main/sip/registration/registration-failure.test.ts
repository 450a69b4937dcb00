import { describe, expect, it } from 'vitest';
import {
  failureFromResponse,
  failureFromTransport,
} from '../../../../../src/main/sip/registration/registration-failure';
import { TransportError } from '../../../../../src/main/sip/transport/transport-failure';
import { registrationProblem } from '../../../../../src/renderer/features/accounts/registration-text';
import { createI18n } from '../../../../../src/renderer/i18n/i18n';

describe('failureFromResponse', () => {
  it('bounds the server reason phrase', () => {
    const failure = failureFromResponse({ statusCode: 403, reasonPhrase: 'F'.repeat(100_000) });
    expect(failure.reason.length).toBeLessThan(400);
  });

  it.each([
    [401, 'Unauthorized'],
    [403, 'Forbidden'],
    [407, 'Proxy Authentication Required'],
  ])('%i after the digest is a wrong password, final until the user acts', (statusCode, reasonPhrase) => {
    const failure = failureFromResponse({ statusCode, reasonPhrase });
    expect(failure).toMatchObject({ code: 'auth', retry: false });
    expect(failure.reason).toBe(`Wrong user name or password (${statusCode} ${reasonPhrase})`);
  });

  it('says when there is no password at all', () => {
    expect(failureFromResponse({ statusCode: 401, reasonPhrase: 'Unauthorized' }, false).reason).toMatch(
      /No password/,
    );
  });

  it('retries timeouts and server trouble, honouring Retry-After', () => {
    expect(failureFromResponse({ statusCode: 408, reasonPhrase: 'Request Timeout' })).toMatchObject({
      code: 'timeout',
      retry: true,
    });
    expect(
      failureFromResponse({ statusCode: 503, reasonPhrase: 'Service Unavailable', retryAfterSeconds: 20 }),
    ).toMatchObject({ code: 'rejected', retry: true, retryAfterMs: 20_000 });
    expect(
      failureFromResponse({ statusCode: 500, reasonPhrase: 'Server Error' }).retryAfterMs,
    ).toBeUndefined();
  });

  it('does not retry other refusals (e.g. 404 unknown user)', () => {
    const failure = failureFromResponse({ statusCode: 404, reasonPhrase: 'Not Found' });
    expect(failure).toMatchObject({ code: 'rejected', retry: false });
    expect(failure.reason).toContain('404 Not Found');
  });
});

describe('failureFromTransport', () => {
  it('keeps the typed cause; retries everything except configuration problems', () => {
    const cert = new TransportError({ code: 'certificate', detail: 'self-signed' });
    expect(failureFromTransport(cert, 'wss://x')).toEqual({
      code: 'certificate',
      reason: 'self-signed',
      retry: true,
    });
    const config = new TransportError({ code: 'config', detail: 'bad url' });
    expect(failureFromTransport(config, 'wss://x').retry).toBe(false);
    expect(failureFromTransport(new Error('odd'), 'wss://x')).toMatchObject({ code: 'network', retry: true });
  });

  it('marks a connection nobody took as cheap to retry, and nothing else', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5066'), { code: 'ECONNREFUSED' });
    const wrapped = new TransportError({ code: 'unreachable', detail: 'refused' }, { cause: refused });
    expect(failureFromTransport(wrapped, 'wss://x')).toMatchObject({ code: 'unreachable', cheapRetry: true });
    const happyEyeballs = new AggregateError([refused], 'connect failed');
    expect(failureFromTransport(happyEyeballs, 'wss://x').cheapRetry).toBe(true);
    // a TLS handshake or a lookup: the server (or its DNS) did work for the attempt
    const reset = Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
    const notFound = Object.assign(new Error('getaddrinfo ENOTFOUND pbx'), { code: 'ENOTFOUND' });
    for (const cause of [reset, notFound]) {
      const error = new TransportError({ code: 'unreachable', detail: 'no' }, { cause });
      expect(failureFromTransport(error, 'wss://x').cheapRetry).toBeUndefined();
    }
    const timeout = new TransportError({ code: 'timeout', detail: 'did not answer' });
    expect(failureFromTransport(timeout, 'wss://x').cheapRetry).toBeUndefined();
  });
});

describe('the reason as a catalogue code', () => {
  it('sends the SIP status as a parameter, and the renderer words it in both languages', () => {
    const failure = failureFromResponse({ statusCode: 503, reasonPhrase: 'Service Unavailable' });
    expect(failure.text).toEqual({
      key: 'registration.unavailable',
      params: { status: '503 Service Unavailable' },
    });
    expect(failure.reason).toBe('The server cannot register you right now (503 Service Unavailable)');
    const text = (language: 'en' | 'de'): string | undefined =>
      registrationProblem(createI18n(language).t, {
        id: 'a',
        settings: {},
        locked: [],
        passwordSet: true,
        registration: { state: 'failed', code: failure.code, reason: failure.reason, text: failure.text! },
      })?.detail;
    expect(text('en')).toBe(failure.reason);
    expect(text('de')).toBe('Der Server kann Sie gerade nicht registrieren (503 Service Unavailable)');
  });

  it('keeps the transport’s code for a connection failure', () => {
    const failure = failureFromTransport(new Error('socket hang up'), 'wss://pbx:8089/ws');
    expect(failure.text).toEqual({
      key: 'sipConnection.failed',
      params: { server: 'wss://pbx:8089/ws', detail: 'socket hang up' },
    });
    expect(failure.reason).toBe('The connection to wss://pbx:8089/ws failed: socket hang up.');
  });
});
