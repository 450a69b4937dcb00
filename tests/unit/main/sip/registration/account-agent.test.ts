// AccountAgent against a scripted registrar on a real loopback WebSocket: the retry rules that the lab
// cannot provoke on demand (503 with Retry-After, a REGISTER lost with its connection, a server that
// drops every connection right after registering). Kamailio scenarios are in tests/integration/sip.
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
