// AccountAgent against a scripted registrar on a real loopback WebSocket: the retry rules that the lab
// cannot provoke on demand (503 with Retry-After, a REGISTER lost with its connection, a server that
// drops every connection right after registering, outages timed to the millisecond on the fake clock).
// Kamailio scenarios are in tests/integration/sip.
import { connect, createServer, type Socket } from 'node:net';
import type { WebSocket } from 'ws';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { header, parseSipMessage, type SipMessage } from '../../../../lab/sip-ws-client';
import type { AccountConfig } from '../../../../../src/main/sip/account-config';
import {
  AccountAgent,
  type AccountAgentOptions,
} from '../../../../../src/main/sip/registration/account-agent';
import type { RegistrationStatus } from '../../../../../src/main/sip/registration/registration-failure';
import { FakeSipServer, recordingLogger, waitFor } from '../transport/fake-sip-server';
import { useFakeClock } from '../../../../support/fake-clock';

type Answer = (
  request: SipMessage,
) => { status: number; reason: string; headers?: string[] } | 'ignore' | 'close';

/** A registrar that answers each REGISTER as the test says; 200 echoes the Contact with its expires. */
async function registrar(answer: Answer): Promise<{ server: FakeSipServer; registers: SipMessage[] }> {
  const server = await FakeSipServer.start();
  const registers: SipMessage[] = [];
  server.respond = (socket: WebSocket, text: string) => {
    const request = parseSipMessage(text);
    if (request.kind !== 'request' || request.method !== 'REGISTER') return;
    registers.push(request);
    const what = answer(request);
    if (what === 'ignore') return;
    if (what === 'close') {
      socket.terminate();
      return;
    }
    const copy = (name: string, label: string): string[] =>
      (request.headers.get(name) ?? []).map((value) => `${label}: ${value}`);
    const lines = [
      `SIP/2.0 ${what.status} ${what.reason}`,
      ...copy('via', 'Via'),
      ...copy('from', 'From'),
      `To: ${header(request, 'to') ?? ''};tag=registrar`,
      ...copy('call-id', 'Call-ID'),
      ...copy('cseq', 'CSeq'),
      ...(what.status === 200 ? copy('contact', 'Contact') : []),
      ...(what.headers ?? []),
      'Content-Length: 0',
    ];
    socket.send(`${lines.join('\r\n')}\r\n\r\n`);
  };
  cleanups.push(() => server.close());
  return { server, registers };
}

const ok: Answer = () => ({ status: 200, reason: 'OK' });

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  // deregistering and stopping run on the real clock
  vi.useRealTimers();
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function agent(url: string, options: Partial<AccountAgentOptions> = {}) {
  const events: RegistrationStatus[] = [];
  const logger = recordingLogger();
  const config: AccountConfig = {
    accountId: 'a1',
    aor: 'sip:1001@127.0.0.1',
    authorizationUserName: '1001',
    password: 'pw',
    displayName: '',
    server: url,
    routeSet: [],
    registrationExpirySeconds: 300,
    keepAliveSeconds: 0,
    connectTimeoutMs: 1000,
    tls: { minVersion: 'TLSv1.2', strongCiphersOnly: true, verifyCertificate: true },
  };
  const a = new AccountAgent({
    config,
    sessionDescriptionHandlerFactory: () => {
      throw new Error('no media');
    },
    delegate: { onRegistration: (_id, status) => events.push(status) },
    logger,
    backoff: { initialMs: 20, maxMs: 160, factor: 2, jitter: 0 },
    timing: { unregisterTimeoutMs: 500, stopTimeoutMs: 500, registerTimeoutMs: 2000, stableAfterMs: 1000 },
    ...options,
  });
  cleanups.push(() => a.dispose());
  const states = () => events.map((e) => e.state);
  return { a, events, states, logger };
}

describe('AccountAgent', () => {
  it('registers, and deregisters with expires 0', async () => {
    const { server, registers } = await registrar(ok);
    const { a, states } = agent(server.url);
    a.register();
    await waitFor(() => a.registration.state === 'registered');
    expect(header(registers[0]!, 'contact')).toMatch(/expires=300/);
    await a.unregister();
    expect(header(registers.at(-1)!, 'contact')).toMatch(/expires=0/);
    expect(states()).toEqual(['registering', 'registered', 'unregistered']);
    expect(a.userAgent.isConnected()).toBe(false);
  });

  it('a 403 halts: failed with code auth, one REGISTER, no retries', async () => {
    useFakeClock();
    const { server, registers } = await registrar(() => ({ status: 403, reason: 'Forbidden' }));
    const { a, events } = agent(server.url);
    a.register();
    await waitFor(() => a.registration.state === 'failed');
    expect(events.at(-1)).toEqual({
      state: 'failed',
      code: 'auth',
      reason: 'Wrong user name or password (403 Forbidden)',
      text: { key: 'registration.wrongCredentials', params: { status: '403 Forbidden' } },
    });
    // far past the largest backoff (160 ms): a retry would have started
    await vi.advanceTimersByTimeAsync(10_000);
    expect(a.currentPhase).toBe('halted');
    expect(events).toHaveLength(2);
    expect(registers).toHaveLength(1);
  });

  it('503 with Retry-After waits at least that long before the next REGISTER', async () => {
    useFakeClock();
    let count = 0;
    const { server, registers } = await registrar(() =>
      ++count === 1
        ? { status: 503, reason: 'Service Unavailable', headers: ['Retry-After: 1'] }
        : { status: 200, reason: 'OK' },
    );
    const { a, events } = agent(server.url);
    a.register();
    await waitFor(() => a.registration.state === 'failed');
    expect(events.at(-1)).toMatchObject({ code: 'rejected' });
    // the backoff alone would be 20 ms; Retry-After: 1 wins
    await vi.advanceTimersByTimeAsync(999);
    expect(a.currentPhase).toBe('waiting');
    expect(registers).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    await waitFor(() => a.registration.state === 'registered');
    expect(registers).toHaveLength(2);
  });

  it('a REGISTER lost with its connection does not block the next one (a fresh Registerer is used)', async () => {
    useFakeClock();
    let count = 0;
    const { server, registers } = await registrar(() =>
      ++count === 1 ? 'close' : { status: 200, reason: 'OK' },
    );
    const { a } = agent(server.url);
    a.register();
    await waitFor(() => a.currentPhase === 'waiting');
    // sip.js alone would wait 32 s for the lost transaction before sending another REGISTER; the clock
    // moves only the first backoff (20 ms)
    await vi.advanceTimersByTimeAsync(20);
    await waitFor(() => a.registration.state === 'registered');
    expect(registers).toHaveLength(2);
    expect(server.connections).toHaveLength(2);
  });

  it('reconnects at once when a stable connection drops, and registers again', async () => {
    // the clock stands still: "at once" is without any timer
    useFakeClock();
    const { server, registers } = await registrar(ok);
    const { a, states } = agent(server.url, {
      timing: { unregisterTimeoutMs: 500, stopTimeoutMs: 500, stableAfterMs: 0 },
    });
    a.register();
    await waitFor(() => a.registration.state === 'registered');
    server.last.terminate();
    await waitFor(() => registers.length === 2 && a.registration.state === 'registered', 1500);
    expect(states()).toEqual(['registering', 'registered', 'registering', 'registered']);
  });

  it('backs off from a server that drops every connection right after registering', async () => {
    useFakeClock();
    const { server } = await registrar(ok);
    const { a } = agent(server.url, {
      backoff: { initialMs: 50, maxMs: 400, factor: 2, jitter: 0 },
      timing: { unregisterTimeoutMs: 500, stopTimeoutMs: 500, stableAfterMs: 10_000 },
    });
    const registeredThenDropped = async (connections: number): Promise<void> => {
      await waitFor(() => a.currentPhase === 'registered' && server.connections.length === connections);
      server.last.terminate();
    };
    a.register();
    await registeredThenDropped(1);
    // the first drop after a registration is retried at once, the next ones back off
    await registeredThenDropped(2);
    let connections = 2;
    for (const pause of [100, 200, 400, 400]) {
      await waitFor(() => a.currentPhase === 'waiting');
      await vi.advanceTimersByTimeAsync(pause - 1);
      expect(a.currentPhase).toBe('waiting');
      expect(server.connections).toHaveLength(connections);
      await vi.advanceTimersByTimeAsync(1);
      connections += 1;
      await registeredThenDropped(connections);
    }
  });

  it('networkChanged() while waiting retries at once', async () => {
    useFakeClock();
    let count = 0;
    const { server } = await registrar(() =>
      ++count === 1 ? { status: 500, reason: 'Server Error' } : { status: 200, reason: 'OK' },
    );
    const { a } = agent(server.url, { backoff: { initialMs: 60_000, maxMs: 60_000, factor: 2, jitter: 0 } });
    a.register();
    await waitFor(() => a.registration.state === 'failed');
    a.networkChanged();
    await waitFor(() => a.registration.state === 'registered', 1000);
  });

  it('forwards only the hooks the delegate has; sip.js answers the rest itself', async () => {
    const { server } = await registrar(ok);
    const { a } = agent(server.url, {
      delegate: { onRegistration: () => undefined, onMessage: () => undefined },
    });
    const hooks = a.userAgent.delegate ?? {};
    expect('onMessage' in hooks).toBe(true);
    expect('onInvite' in hooks).toBe(false);
    expect('onNotify' in hooks).toBe(false);
  });
});

/**
 * A TCP port in front of the registrar that can go down like a stopped server (open connections are
 * closed, new ones refused), accept connections and close them at once like a server still starting,
 * and come up again on the same port. `connections` holds the (fake) time of each connection it passed on.
 */
async function outageGate(targetUrl: string) {
  const target = Number(new URL(targetUrl).port);
  const sockets = new Set<Socket>();
  const connections: number[] = [];
  const dropped: number[] = [];
  let dropping = false;
  const server = createServer((client) => {
    if (dropping) {
      dropped.push(Date.now());
      client.destroy();
      return;
    }
    connections.push(Date.now());
    const upstream = connect(target, '127.0.0.1');
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('error', () => undefined);
      socket.on('close', () => {
        sockets.delete(socket);
        client.destroy();
        upstream.destroy();
      });
    }
    client.pipe(upstream).pipe(client);
  });
  const listen = (port: number) =>
    new Promise<void>((resolve) => server.listen(port, '127.0.0.1', () => resolve()));
  await listen(0);
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const down = async (): Promise<void> => {
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    for (const socket of sockets) socket.destroy();
    await closed;
  };
  const open = async (drop: boolean): Promise<void> => {
    dropping = drop;
    if (!server.listening) await listen(port);
  };
  cleanups.push(() => (server.listening ? down() : Promise.resolve()));
  return {
    url: `ws://127.0.0.1:${port}`,
    connections,
    dropped,
    down,
    up: () => open(false),
    dropping: () => open(true),
  };
}

describe('AccountAgent after outages (fake clock, the product backoff and timing)', () => {
  const step = 20;
  const product: Partial<AccountAgentOptions> = {
    backoff: undefined, // 0.5 s doubling up to 30 s, ±20%
    timing: { unregisterTimeoutMs: 500, stopTimeoutMs: 500 }, // registrations stable after 10 s
    random: () => 0.5, // the middle of the jitter
  };

  const settled = (a: AccountAgent) => (): boolean =>
    a.currentPhase === 'waiting' || a.currentPhase === 'registered';

  /** On the fake clock, an agent registered through an outage gate, noting when it registers. */
  async function registeredBehindGate() {
    useFakeClock();
    const { server } = await registrar(ok);
    const gate = await outageGate(server.url);
    const registeredAt: number[] = [];
    const { a } = agent(gate.url, {
      ...product,
      delegate: {
        onRegistration: (_id, status) => {
          if (status.state === 'registered') registeredAt.push(Date.now());
        },
      },
    });
    a.register();
    await waitFor(() => a.currentPhase === 'registered');
    return { gate, registeredAt, a };
  }

  /** Moves the fake clock in steps; after each one the socket I/O it started settles on the real clock. */
  async function run(a: AccountAgent, ms: number, until: () => boolean = () => false): Promise<void> {
    const end = Date.now() + ms;
    while (Date.now() < end && !until()) {
      await vi.advanceTimersByTimeAsync(step);
      await waitFor(settled(a), 2000, 'a settled phase');
    }
  }

  it('a registrar that flaps: after a 10 s outage, and after a 2 s one 5 s later, registration starts within 1 s of the server being back', async () => {
    const { gate, registeredAt, a } = await registeredBehindGate();
    await run(a, 60_000); // a long, stable registration

    /** The server is down for `ms`; resolves once registered again, with when the server came back. */
    const outage = async (ms: number): Promise<number> => {
      const before = registeredAt.length;
      await gate.down();
      await waitFor(() => a.currentPhase === 'waiting', 2000, 'the drop and a refused reconnect');
      await run(a, ms);
      await gate.up();
      const upAt = Date.now();
      await run(a, 60_000, () => registeredAt.length > before);
      return upAt;
    };
    const firstConnectionSince = (at: number): number => gate.connections.find((t) => t >= at) ?? Infinity;

    const firstUp = await outage(10_000);
    expect(firstConnectionSince(firstUp) - firstUp).toBeLessThan(1000);
    expect(registeredAt.at(-1)! - firstUp).toBeLessThan(1000);

    await run(a, registeredAt.at(-1)! + 5000 - Date.now());
    const secondUp = await outage(2000);
    console.log(
      `[measure] fake clock: registered ${registeredAt.at(-2)! - firstUp} ms after a 10 s outage ended, ` +
        `${registeredAt.at(-1)! - secondUp} ms after a 2 s outage 5 s later ended`,
    );
    expect(firstConnectionSince(secondUp) - secondUp).toBeLessThan(1000);
    expect(registeredAt.at(-1)! - secondUp).toBeLessThan(1000);
  });

  it('a server restarted every few seconds: each time registered within 1 s of it being back (refusals mean an outage, not a server dropping us)', async () => {
    const { gate, registeredAt, a } = await registeredBehindGate();
    const delays: number[] = [];
    // registrations of 3 s, shorter than the 10 s after which one counts as stable
    for (let restart = 0; restart < 6; restart++) {
      await run(a, 3000);
      const before = registeredAt.length;
      await gate.down();
      await waitFor(() => a.currentPhase === 'waiting', 2000, 'the drop and a refused reconnect');
      await run(a, 1500);
      await gate.up();
      const upAt = Date.now();
      await run(a, 60_000, () => registeredAt.length > before);
      delays.push(registeredAt.at(-1)! - upAt);
    }
    console.log(`[measure] fake clock: registered ${delays.join(', ')} ms after each restart`);
    for (const delay of delays) expect(delay).toBeLessThan(1000);
  });

  it('a server that refused for a minute, then dropped a connection while starting: registered within 1 s', async () => {
    useFakeClock();
    const { server } = await registrar(ok);
    const gate = await outageGate(server.url);
    await gate.down();
    const { a } = agent(gate.url, product);
    a.register();
    await run(a, 60_000);
    await gate.dropping();
    await run(a, 2000, () => gate.dropped.length > 0);
    expect(gate.dropped).toHaveLength(1);
    await gate.up();
    const upAt = Date.now();
    await run(a, 60_000, () => a.currentPhase === 'registered');
    // the one dropped connection backs off from the start (0.5 s), not from 60 s of refusals
    expect(a.currentPhase).toBe('registered');
    expect(Date.now() - upAt).toBeLessThan(1000);
  });

  it('while connections are refused, attempts come after 0.5 s, then at least every second', async () => {
    useFakeClock();
    const { server } = await registrar(ok);
    const gate = await outageGate(server.url);
    await gate.down();
    // the transport logs each attempt as it starts: "Transport Disconnected → Connecting"
    const logger = recordingLogger();
    const attemptAt: number[] = [];
    const debug = logger.debug.bind(logger);
    logger.debug = (message, ...rest) => {
      if (/→ Connecting/.test(message)) attemptAt.push(Date.now());
      debug(message, ...rest);
    };
    const { a } = agent(gate.url, { ...product, logger });
    const start = Date.now();
    a.register();
    await run(a, 5000);
    const attempts = attemptAt.map((t) => t - start);
    // 0.5 s, then the 1 s ceiling less its jitter (random 0.5: 10%)
    expect(attempts).toEqual([0, 500, 1400, 2300, 3200, 4100, 5000]);
    // seven refusals, but the same reason is logged once (then at most twice a minute)
    expect(logger.lines.filter((line) => /refused.*trying again/.test(line.message))).toHaveLength(1);
    expect(logger.lines.filter((line) => /^Cannot connect to/.test(line.message))).toHaveLength(1);
  });

  it('the backoff still grows while the server keeps failing, and starts afresh after a success', async () => {
    useFakeClock();
    let failing = true;
    const { server, registers } = await registrar(() =>
      failing ? { status: 503, reason: 'Service Unavailable' } : { status: 200, reason: 'OK' },
    );
    const sentAt: number[] = [];
    const track = (): boolean => {
      while (sentAt.length < registers.length) sentAt.push(Date.now());
      return false;
    };
    const gaps = (): number[] => sentAt.slice(1).map((t, i) => t - sentAt[i]!);
    const { a } = agent(server.url, product);
    a.register();
    await waitFor(() => registers.length === 1 && a.currentPhase === 'waiting');
    await run(a, 70_000, track);
    track();
    expect(gaps()).toEqual([500, 1000, 2000, 4000, 8000, 16_000, 30_000]);

    failing = false;
    await run(a, 31_000, () => track() || a.currentPhase === 'registered');
    expect(a.currentPhase).toBe('registered');
    // 2 s later the server drops us and fails again: the reconnect starts at once, its backoff at 0.5 s
    await run(a, 2000);
    failing = true;
    sentAt.length = 0;
    registers.length = 0;
    const dropAt = Date.now();
    server.last.terminate();
    await waitFor(() => registers.length === 1 && a.currentPhase === 'waiting');
    await run(a, 4000, track);
    track();
    expect(sentAt[0]).toBe(dropAt);
    expect(gaps().slice(0, 3)).toEqual([500, 1000, 2000]);
  });
});
