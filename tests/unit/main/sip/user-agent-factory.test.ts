import type { SessionDescriptionHandlerFactory } from 'sip.js';
import { UserAgent } from 'sip.js';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../../../src/main/log/logger';
import type { AccountConfig } from '../../../../src/main/sip/account-config';
import { AccountConfigError } from '../../../../src/main/sip/account-config';
import type { SipTransportOptions } from '../../../../src/main/sip/transport/sip-transport';
import { WebSocketTransport } from '../../../../src/main/sip/transport/websocket-transport';
import {
  REFRESH_PERCENT,
  registererOptionsFor,
  transportConstructorFor,
  USER_AGENT_STRING,
  userAgentOptionsFor,
} from '../../../../src/main/sip/user-agent-factory';

const config: AccountConfig = {
  accountId: 'a1',
  aor: 'sip:1001@pbx.example.com',
  authorizationUserName: 'auth-1001',
  password: 'secret-pw',
  displayName: 'Alice',
  server: 'wss://pbx.example.com:8089/ws',
  routeSet: ['<sip:proxy.example.com;lr>'],
  registrationExpirySeconds: 600,
  keepAliveSeconds: 30,
  connectTimeoutMs: 10_000,
  tls: { minVersion: 'TLSv1.2', strongCiphersOnly: true, verifyCertificate: true },
};

const sdhFactory: SessionDescriptionHandlerFactory = () => {
  throw new Error('no media in this test');
};

const hooks = { sessionDescriptionHandlerFactory: sdhFactory, delegate: {}, logger: silentLogger };

describe('userAgentOptionsFor', () => {
  it('maps the account to sip.js UserAgent options', () => {
    const options = userAgentOptionsFor(config, hooks);
    expect(options.uri?.toString()).toBe('sip:1001@pbx.example.com');
    expect(options).toMatchObject({
      authorizationUsername: 'auth-1001',
      authorizationPassword: 'secret-pw',
      displayName: 'Alice',
      userAgentString: USER_AGENT_STRING,
      preloadedRouteSet: ['<sip:proxy.example.com;lr>'],
      sessionDescriptionHandlerFactory: sdhFactory,
      transportConstructor: WebSocketTransport,
    });
  });

  it('leaves reconnection to us and logging to our logger', () => {
    const options = userAgentOptionsFor(config, hooks);
    expect(options.reconnectionAttempts).toBeUndefined(); // sip.js warns when it is set at all
    expect(new UserAgent(options).configuration.reconnectionAttempts).toBe(0);
    expect(options.logBuiltinEnabled).toBe(false);
    expect(options.logConfiguration).toBe(false);
    expect(options.logConnector).toBeTypeOf('function');
  });

  it('passes server, TLS and keep-alive to the transport', () => {
    const transport = userAgentOptionsFor(config, hooks).transportOptions as SipTransportOptions;
    expect(transport).toMatchObject({
      server: 'wss://pbx.example.com:8089/ws',
      tls: config.tls,
      connectTimeoutMs: 10_000,
      keepAliveIntervalMs: 30_000,
      keepAliveTimeoutMs: 10_000,
    });
    const short = userAgentOptionsFor({ ...config, keepAliveSeconds: 2 }, hooks)
      .transportOptions as SipTransportOptions;
    expect(short.keepAliveTimeoutMs).toBe(2000);
    const off = userAgentOptionsFor({ ...config, keepAliveSeconds: 0 }, hooks)
      .transportOptions as SipTransportOptions;
    expect(off.keepAliveIntervalMs).toBe(0);
  });

  it('lets the call layer override sip.js options', () => {
    const options = userAgentOptionsFor(config, { ...hooks, overrides: { noAnswerTimeout: 30 } });
    expect(options.noAnswerTimeout).toBe(30);
  });

  it('gives the UserAgent the account’s own instance id (RFC 5627 +sip.instance), when it has one', () => {
    const instanceId = '7d3c1f0e-2a4b-4c5d-8e9f-0a1b2c3d4e5f';
    expect(new UserAgent(userAgentOptionsFor({ ...config, instanceId }, hooks)).instanceId).toBe(instanceId);
    expect(userAgentOptionsFor(config, hooks).instanceId).toBeUndefined();
  });

  it('refuses an address sip.js cannot parse', () => {
    expect(() => userAgentOptionsFor({ ...config, aor: 'sip:@' }, hooks)).toThrow(AccountConfigError);
  });
});

describe('registererOptionsFor', () => {
  it('asks for the account’s expiry and refreshes at 90% of what the registrar grants', () => {
    const instance = '2b6f1a9e-3c1d-4f0a-9a55-0c8d3f7e1b42';
    expect(registererOptionsFor(config, instance)).toEqual({
      expires: 600,
      refreshFrequency: REFRESH_PERCENT,
      logConfiguration: false,
      extraContactHeaderParams: [`+sip.instance="<urn:uuid:${instance}>"`],
    });
    expect(REFRESH_PERCENT).toBe(90);
  });
});

describe('transportConstructorFor', () => {
  it('picks the WebSocket transport for ws and wss and refuses the rest for now', () => {
    expect(transportConstructorFor('wss://x')).toBe(WebSocketTransport);
    expect(transportConstructorFor('ws://x')).toBe(WebSocketTransport);
    expect(() => transportConstructorFor('sip:x;transport=udp')).toThrow(AccountConfigError);
  });
});
