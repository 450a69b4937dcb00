import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { StateTransitionError, TransportState } from 'sip.js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { KeepAlive } from '../../../../../src/main/sip/transport/keep-alive';
import type { SipTransportOptions } from '../../../../../src/main/sip/transport/sip-transport';
import { TransportError } from '../../../../../src/main/sip/transport/transport-failure';
import { WebSocketTransport } from '../../../../../src/main/sip/transport/websocket-transport';
import {
  closedPortUrl,
  FakeSipServer,
  recordingLogger,
  startSilentTcpServer,
  waitFor,
  type FakeSipServerOptions,
} from './fake-sip-server';
import { useFakeClock } from '../../../../support/fake-clock';

const OPTIONS_REQUEST = [
  'OPTIONS sip:1001@127.0.0.1 SIP/2.0',
  'Via: SIP/2.0/WS x.invalid;branch=z9hG4bK1',
  'Content-Length: 0',
  '',
  '',
].join('\r\n');

const OK_RESPONSE = [
  'SIP/2.0 200 OK',
  'Via: SIP/2.0/WS x.invalid;branch=z9hG4bK1',
  'Content-Length: 0',
  '',
  '',
].join('\r\n');

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  // the clean-up's own timers (a polite close) run on the real clock
  vi.useRealTimers();
  vi.restoreAllMocks();
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function server(options?: FakeSipServerOptions): Promise<FakeSipServer> {
  const fake = await FakeSipServer.start(options);
  cleanups.push(() => fake.close());
  return fake;
}

function transport(url: string, overrides: Partial<SipTransportOptions> = {}) {
  const logger = recordingLogger();
  const t = new WebSocketTransport(undefined, {
    server: url,
    tls: { minVersion: 'TLSv1.2', strongCiphersOnly: true, verifyCertificate: true },
    connectTimeoutMs: 2000,
    keepAliveIntervalMs: 0,
    keepAliveTimeoutMs: 1000,
    logger,
    ...overrides,
  });
  const states: TransportState[] = [];
  const disconnects: (Error | undefined)[] = [];
  let connects = 0;
  t.stateChange.addListener((state) => states.push(state));
  t.onConnect = () => {
    expect(t.state).toBe(TransportState.Connected);
    connects += 1;
  };
  t.onDisconnect = (error) => {
    expect(t.state).not.toBe(TransportState.Connected);
    disconnects.push(error);
  };
  cleanups.push(() => t.dispose());
  return { t, states, disconnects, logger, connects: () => connects };
}

describe('WebSocketTransport state machine (sip.js Transport rules)', () => {
  it('starts Disconnected and reports protocol WS or WSS from the URL', () => {
    expect(transport('ws://127.0.0.1:1').t.state).toBe(TransportState.Disconnected);
    expect(transport('ws://127.0.0.1:1').t.protocol).toBe('WS');
    expect(transport('wss://127.0.0.1:1').t.protocol).toBe('WSS');
  });

  it('refuses a server address that is not ws:// or wss://', () => {
    expect(() => transport('http://127.0.0.1:1')).toThrow(TransportError);
  });

  it('connect(): Connecting before returning, Connected before resolving, onConnect once', async () => {
    const fake = await server();
    const { t, states, connects } = transport(fake.url);
    const connecting = t.connect();
    expect(t.state).toBe(TransportState.Connecting);
    await connecting;
    expect(t.state).toBe(TransportState.Connected);
    expect(t.isConnected()).toBe(true);
    expect(states).toEqual([TransportState.Connecting, TransportState.Connected]);
    expect(connects()).toBe(1);
    await waitFor(() => fake.connections.length === 1);
    expect(fake.last.protocol).toBe('sip');
  });

  it('connect() while Connecting returns the same promise; while Connected it resolves without a transition', async () => {
    const fake = await server();
    const { t, states } = transport(fake.url);
    const first = t.connect();
    const second = t.connect();
    expect(t.state).toBe(TransportState.Connecting);
    await Promise.all([first, second]);
    await t.connect();
    expect(states).toEqual([TransportState.Connecting, TransportState.Connected]);
    expect(fake.connections).toHaveLength(1);
  });

  it('disconnect(): Disconnecting before returning, Disconnected before resolving, onDisconnect without error', async () => {
    const fake = await server();
    const { t, states, disconnects } = transport(fake.url);
    await t.connect();
    const disconnecting = t.disconnect();
    expect(t.state).toBe(TransportState.Disconnecting);
    await disconnecting;
    expect(t.state).toBe(TransportState.Disconnected);
    expect(states.slice(2)).toEqual([TransportState.Disconnecting, TransportState.Disconnected]);
    expect(disconnects).toEqual([undefined]);
    await t.disconnect(); // already Disconnected: no transition
    expect(states).toHaveLength(4);
  });

  it('a connection closed by the server goes straight to Disconnected with an error, and is not reopened', async () => {
    useFakeClock();
    const fake = await server();
    const { t, states, disconnects } = transport(fake.url);
    await t.connect();
    await waitFor(() => fake.connections.length === 1);
    fake.last.close(1001);
    await waitFor(() => t.state === TransportState.Disconnected);
    expect(states).toEqual([
      TransportState.Connecting,
      TransportState.Connected,
      TransportState.Disconnected,
    ]);
    expect(disconnects).toHaveLength(1);
    expect(disconnects[0]).toBeInstanceOf(TransportError);
    expect((disconnects[0] as TransportError).failure.code).toBe('network');
    // longer than any timer of the transport (connect and close timeouts: 2 s): a reconnect would start
    await vi.advanceTimersByTimeAsync(10_000);
    expect(states).toHaveLength(3);
    expect(fake.connections).toHaveLength(1);
    expect(t.state).toBe(TransportState.Disconnected);
  });

  it('a refused connection rejects with cause unreachable and never calls onDisconnect', async () => {
    const { t, states, disconnects } = transport(await closedPortUrl());
    const error = await t.connect().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(TransportError);
    expect((error as TransportError).failure.code).toBe('unreachable');
    expect((error as TransportError).message).toMatch(/refused/);
    expect(t.state).toBe(TransportState.Disconnected);
    expect(states).toEqual([TransportState.Connecting, TransportState.Disconnected]);
    expect(disconnects).toEqual([]);
  });

  it('a server that never answers the handshake fails with cause timeout after the connection timeout', async () => {
    useFakeClock();
    const silent = await startSilentTcpServer();
    cleanups.push(() => silent.close());
    const { t } = transport(silent.url, { connectTimeoutMs: 300 });
    const connecting = t.connect().catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(299);
    expect(t.state).toBe(TransportState.Connecting);
    await vi.advanceTimersByTimeAsync(1);
    expect(t.state).toBe(TransportState.Disconnected);
    const error = await connecting;
    expect((error as TransportError).failure.code).toBe('timeout');
  });

  it('a server that does not select the sip subprotocol is refused', async () => {
    const fake = await server({ protocol: null });
    const { t } = transport(fake.url);
    const error = await t.connect().catch((e: unknown) => e);
    expect((error as TransportError).failure.code).toBe('rejected');
    expect(t.state).toBe(TransportState.Disconnected);
  });

  it('disconnect() while Connecting aborts the connect and ends Disconnected', async () => {
    const silent = await startSilentTcpServer();
    cleanups.push(() => silent.close());
    const { t, states } = transport(silent.url);
    const connecting = t.connect().catch((e: unknown) => e);
    const disconnecting = t.disconnect();
    expect(t.state).toBe(TransportState.Disconnecting);
    await disconnecting;
    expect(await connecting).toBeInstanceOf(Error);
    expect(t.state).toBe(TransportState.Disconnected);
    expect(states).toEqual([
      TransportState.Connecting,
      TransportState.Disconnecting,
      TransportState.Disconnected,
    ]);
  });

  it('connect() while Disconnecting goes to Connecting at once and the disconnect is aborted', async () => {
    const fake = await server();
    const { t } = transport(fake.url);
    await t.connect();
    const disconnecting = t.disconnect().catch((e: unknown) => e);
    const connecting = t.connect();
    expect(t.state).toBe(TransportState.Connecting);
    await connecting;
    expect(await disconnecting).toBeInstanceOf(Error);
    expect(t.state).toBe(TransportState.Connected);
  });

  it('rejects a synchronous connect() from a state change listener (loop detection)', async () => {
    const fake = await server();
    const { t } = transport(fake.url);
    await t.connect();
    let looped: Promise<unknown> | undefined;
    t.stateChange.addListener((state) => {
      if (state === TransportState.Disconnected) looped = t.connect().catch((e: unknown) => e);
    });
    await t.disconnect();
    expect(await looped).toBeInstanceOf(StateTransitionError);
    expect(t.state).toBe(TransportState.Disconnected);
  });
});

describe('WebSocketTransport messages', () => {
  it('send() rejects unless Connected and delivers text frames when Connected', async () => {
    const fake = await server();
    const traced: string[] = [];
    const { t } = transport(fake.url, {
      trace: (direction, message) => traced.push(`${direction}:${message}`),
    });
    await expect(t.send(OPTIONS_REQUEST)).rejects.toThrow(/Not connected/);
    await t.connect();
    await t.send(OPTIONS_REQUEST);
    await waitFor(() => fake.received.includes(OPTIONS_REQUEST));
    expect(traced).toEqual([`out:${OPTIONS_REQUEST}`]);
  });

  it('hands SIP text and UTF-8 binary frames to onMessage and drops garbage without disconnecting', async () => {
    const fake = await server();
    const { t, logger, disconnects } = transport(fake.url);
    const messages: string[] = [];
    t.onMessage = (message) => messages.push(message);
    await t.connect();
    await waitFor(() => fake.connections.length === 1);
    fake.last.send('hello, this is not SIP');
    fake.last.send(Buffer.from([0xff, 0xfe, 0x00, 0x81]), { binary: true });
    fake.last.send('');
    fake.last.send('\r\n');
    fake.last.send(Buffer.from(OPTIONS_REQUEST, 'utf8'), { binary: true });
    fake.last.send(OPTIONS_REQUEST);
    fake.last.send(OK_RESPONSE);
    await waitFor(() => messages.length === 3);
    expect(messages).toEqual([OPTIONS_REQUEST, OPTIONS_REQUEST, OK_RESPONSE]);
    // the text and the non-UTF-8 binary frame are both "not SIP"; within 5 s that is logged once
    expect(logger.lines.filter((l) => l.level === 'warn' && /Dropped/.test(l.message))).toHaveLength(1);
    expect(t.state).toBe(TransportState.Connected);
    expect(disconnects).toEqual([]);
  });

  it('hands on request lines with stray whitespace for the screen to answer (RFC 4475 lwsstart, trws, lwsruri)', async () => {
    // read at run time from the shared fixtures (never copied into the project)
    const tortureDir = resolve(__dirname, '../../../../../../shared/fixtures/sip-torture');
    const frames = ['lwsstart', 'trws', 'lwsruri'].map((name) =>
      readFileSync(resolve(tortureDir, `${name}.sip`), 'utf8'),
    );
    const leadingSpace = ` ${OPTIONS_REQUEST}`;
    const fake = await server();
    const { t, logger } = transport(fake.url);
    const messages: string[] = [];
    t.onMessage = (message) => messages.push(message);
    await t.connect();
    await waitFor(() => fake.connections.length === 1);
    for (const frame of [...frames, leadingSpace]) fake.last.send(frame);
    // no SIP version, or no method: still not SIP
    fake.last.send('OPTIONS sip:1001@127.0.0.1\r\n\r\n');
    fake.last.send(' SIP/2.0\r\n\r\n');
    fake.last.send(OK_RESPONSE);
    await waitFor(() => messages.includes(OK_RESPONSE));
    expect(messages).toEqual([...frames, leadingSpace, OK_RESPONSE]);
    expect(logger.lines.filter((l) => l.level === 'warn' && /Dropped/.test(l.message))).toHaveLength(1);
  });

  it('tells a start line from garbage in linear time (a megabyte of spaces)', async () => {
    const fake = await server();
    const { t } = transport(fake.url);
    const messages: string[] = [];
    t.onMessage = (message) => messages.push(message);
    await t.connect();
    await waitFor(() => fake.connections.length === 1);
    const started = performance.now();
    fake.last.send(`A${' '.repeat(1000_000)}x\r\n`);
    fake.last.send(OK_RESPONSE);
    await waitFor(() => messages.length === 1);
    expect(messages).toEqual([OK_RESPONSE]);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('reads a binary frame that is not UTF-8 byte for byte (a SIP message with a binary body)', async () => {
    const fake = await server();
    const { t } = transport(fake.url);
    const messages: string[] = [];
    t.onMessage = (message) => messages.push(message);
    await t.connect();
    await waitFor(() => fake.connections.length === 1);
    const body = Buffer.from([0x30, 0x82, 0xff, 0x00, 0xfe]);
    fake.last.send(Buffer.concat([Buffer.from(OPTIONS_REQUEST, 'utf8'), body]), { binary: true });
    await waitFor(() => messages.length === 1);
    expect(messages[0]).toBe(OPTIONS_REQUEST + body.toString('latin1'));
  });

  it('survives an onMessage callback that throws', async () => {
    const fake = await server();
    const { t, logger } = transport(fake.url);
    t.onMessage = () => {
      throw new Error('boom');
    };
    await t.connect();
    await waitFor(() => fake.connections.length === 1);
    fake.last.send(OPTIONS_REQUEST);
    await waitFor(() => logger.lines.some((l) => l.level === 'error'));
    expect(t.state).toBe(TransportState.Connected);
  });
});

describe('WebSocketTransport keep-alive', () => {
  it('sends a WebSocket ping and a CRLFCRLF at the interval and stays up while answered', async () => {
    useFakeClock();
    // a sign of life from the socket; waiting for it keeps the fake clock still until the answer is in
    const life = vi.spyOn(KeepAlive.prototype, 'alive');
    const fake = await server();
    const { t, disconnects } = transport(fake.url, { keepAliveIntervalMs: 60, keepAliveTimeoutMs: 50 });
    await t.connect();
    for (let round = 1; round <= 4; round += 1) {
      // each interval is longer than the timeout: an answer not counted would end the connection
      await vi.advanceTimersByTimeAsync(60);
      await waitFor(() => life.mock.calls.length === 2 * round, 2000, `the pong and the CRLF ${round}`);
    }
    expect(fake.pings).toHaveLength(4);
    expect(fake.received.filter((m) => m === '\r\n\r\n')).toHaveLength(4);
    expect(t.state).toBe(TransportState.Connected);
    expect(disconnects).toEqual([]);
  });

  it('treats an unanswered keep-alive as a lost connection: Disconnected with an error', async () => {
    useFakeClock();
    const fake = await server({ autoPong: false, answerCrlf: false });
    const { t, disconnects } = transport(fake.url, { keepAliveIntervalMs: 50, keepAliveTimeoutMs: 50 });
    await t.connect();
    await vi.advanceTimersByTimeAsync(50);
    await waitFor(
      () => fake.pings.length === 1 && fake.received.includes('\r\n\r\n'),
      2000,
      'the keep-alive',
    );
    await vi.advanceTimersByTimeAsync(49);
    expect(t.state).toBe(TransportState.Connected);
    await vi.advanceTimersByTimeAsync(1);
    expect(t.state).toBe(TransportState.Disconnected);
    expect(disconnects).toHaveLength(1);
    expect((disconnects[0] as TransportError).failure.code).toBe('network');
    expect(disconnects[0]?.message).toMatch(/keep-alive/);
  });

  it('counts the CRLF answer alone as life (RFC 5626 pong), even without WebSocket pongs', async () => {
    useFakeClock();
    const life = vi.spyOn(KeepAlive.prototype, 'alive');
    const fake = await server({ autoPong: false, answerCrlf: true });
    const { t } = transport(fake.url, { keepAliveIntervalMs: 50, keepAliveTimeoutMs: 40 });
    await t.connect();
    for (let round = 1; round <= 6; round += 1) {
      await vi.advanceTimersByTimeAsync(50);
      await waitFor(() => life.mock.calls.length === round, 2000, `the CRLF answer ${round}`);
    }
    // one more timeout's worth: the last keep-alive's deadline has been cleared by its answer
    await vi.advanceTimersByTimeAsync(40);
    expect(fake.pings).toHaveLength(6);
    expect(t.state).toBe(TransportState.Connected);
  });

  it('probe() answers whether the peer is alive, and a dead peer ends the connection', async () => {
    useFakeClock();
    const alive = await server();
    const a = transport(alive.url);
    expect(await a.t.probe(500)).toBe(false); // not connected
    await a.t.connect();
    expect(await a.t.probe(500)).toBe(true);

    const dead = await server({ autoPong: false, answerCrlf: false });
    const d = transport(dead.url);
    await d.t.connect();
    const probing = d.t.probe(100);
    await vi.advanceTimersByTimeAsync(99);
    expect(d.t.state).toBe(TransportState.Connected);
    await vi.advanceTimersByTimeAsync(1);
    expect(await probing).toBe(false);
    expect(d.t.state).toBe(TransportState.Disconnected);
    expect(d.disconnects).toHaveLength(1);
  });
});

describe('WebSocketTransport TLS warnings', () => {
  it('warns on every connect when certificate verification is off', async () => {
    const url = (await closedPortUrl()).replace('ws://', 'wss://');
    const { t, logger } = transport(url, {
      tls: { minVersion: 'TLSv1.2', strongCiphersOnly: true, verifyCertificate: false },
    });
    await t.connect().catch(() => undefined);
    await t.connect().catch(() => undefined);
    expect(
      logger.lines.filter((l) => l.level === 'warn' && /verification is off/.test(l.message)),
    ).toHaveLength(2);
  });
});
