import { describe, expect, it, vi } from 'vitest';
import { ContractError } from '../../../../src/shared/contract';
import type { AccountView, SettingsSnapshot } from '../../../../src/shared/contract';
import { SocketClient } from '../../../../src/renderer/api/socket-client';
import { FakeSocketFactory, FakeTimers, flushPromises } from './fake-socket';

const snapshot: SettingsSnapshot = { values: { 'gui.appearance.theme': 'dark' }, locked: [], secretsSet: [] };
const account: AccountView = {
  id: 'a1',
  settings: { 'account.name': 'Office' },
  locked: [],
  passwordSet: true,
  registration: { state: 'registered' },
};

function setup(options: { random?: () => number; onProtocolError?: (problem: string) => void } = {}) {
  const sockets = new FakeSocketFactory();
  const timers = new FakeTimers();
  const client = new SocketClient({
    url: 'ws://127.0.0.1:5000/ws?token=t',
    createSocket: sockets.create,
    timers,
    random: options.random ?? (() => 1),
    backoff: { initialMs: 100, maxMs: 1000 },
    ...(options.onProtocolError === undefined ? {} : { onProtocolError: options.onProtocolError }),
  });
  client.start();
  return { client, sockets, timers };
}

describe('SocketClient requests', () => {
  it('connects to the given url and starts in state connecting', () => {
    const { client, sockets } = setup();
    expect(sockets.latest.url).toBe('ws://127.0.0.1:5000/ws?token=t');
    expect(client.state).toBe('connecting');
  });

  it('holds requests until the socket opens, then sends them with increasing ids', () => {
    const { client, sockets } = setup();
    void client.request('settings.get', {});
    void client.request('accounts.list', {});
    expect(sockets.latest.sent).toEqual([]);
    sockets.latest.open();
    expect(sockets.latest.sent).toEqual([
      { type: 'request', id: 1, method: 'settings.get', params: {} },
      { type: 'request', id: 2, method: 'accounts.list', params: {} },
    ]);
    expect(client.state).toBe('connected');
  });

  it('resolves a request with the validated result of its response', async () => {
    const { client, sockets } = setup();
    sockets.latest.open();
    const result = client.request('settings.get', {});
    sockets.latest.receive({ type: 'response', id: 1, ok: true, result: snapshot });
    await expect(result).resolves.toEqual(snapshot);
  });

  it('correlates responses that arrive out of order', async () => {
    const { client, sockets } = setup();
    sockets.latest.open();
    const settings = client.request('settings.get', {});
    const accounts = client.request('accounts.list', {});
    sockets.latest.receive({ type: 'response', id: 2, ok: true, result: [account] });
    sockets.latest.receive({ type: 'response', id: 1, ok: true, result: snapshot });
    await expect(accounts).resolves.toEqual([account]);
    await expect(settings).resolves.toEqual(snapshot);
  });

  it('rejects a failed request with a ContractError carrying code, message and field', async () => {
    const { client, sockets } = setup();
    sockets.latest.open();
    const result = client.request('settings.set', { key: 'advanced.stun.server', value: 'bad host' });
    sockets.latest.receive({
      type: 'response',
      id: 1,
      ok: false,
      error: {
        code: 'VALIDATION',
        message: 'STUN server: must be host or host:port',
        field: 'advanced.stun.server',
      },
    });
    const error: unknown = await result.catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(ContractError);
    expect(error).toMatchObject({ code: 'VALIDATION', field: 'advanced.stun.server' });
  });

  it('rejects with INTERNAL when a result does not match the contract', async () => {
    const { client, sockets } = setup();
    sockets.latest.open();
    const result = client.request('settings.get', {});
    sockets.latest.receive({ type: 'response', id: 1, ok: true, result: { values: 'nope' } });
    await expect(result).rejects.toMatchObject({ code: 'INTERNAL' });
  });

  it('rejects with INTERNAL when a failure comes without an error', async () => {
    const { client, sockets } = setup();
    sockets.latest.open();
    const result = client.request('accounts.list', {});
    sockets.latest.receive({ type: 'response', id: 1, ok: false });
    await expect(result).rejects.toMatchObject({ code: 'INTERNAL' });
  });

  it('drops messages that are not JSON or break the wire format, and reports them', () => {
    const problems: string[] = [];
    const { sockets } = setup({ onProtocolError: (problem) => problems.push(problem) });
    sockets.latest.open();
    sockets.latest.receive('{not json');
    sockets.latest.receive({ type: 'response', id: 'one', ok: true });
    sockets.latest.receive({ type: 'telepathy' });
    sockets.latest.receive({ type: 'response', id: 99, ok: true, result: {} });
    expect(problems).toHaveLength(4);
  });
});

describe('SocketClient events', () => {
  it('delivers validated events to their listeners until unsubscribed', () => {
    const { client, sockets } = setup();
    sockets.latest.open();
    const listener = vi.fn();
    const unsubscribe = client.on('settings.changed', listener);
    sockets.latest.receive({ type: 'event', event: 'settings.changed', payload: snapshot });
    unsubscribe();
    sockets.latest.receive({ type: 'event', event: 'settings.changed', payload: snapshot });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener).toHaveBeenCalledWith(snapshot);
  });

  it('ignores unknown events and payloads that do not match the contract', () => {
    const problems: string[] = [];
    const { client, sockets } = setup({ onProtocolError: (problem) => problems.push(problem) });
    sockets.latest.open();
    const listener = vi.fn();
    client.on('accounts.changed', listener);
    sockets.latest.receive({ type: 'event', event: 'accounts.changed', payload: { accounts: 'none' } });
    sockets.latest.receive({ type: 'event', event: 'telepathy.changed', payload: {} });
    expect(listener).not.toHaveBeenCalled();
    expect(problems).toHaveLength(2);
  });
});

describe('SocketClient media requests', () => {
  it('answers a media request with the registered handler', async () => {
    const { client, sockets } = setup();
    sockets.latest.open();
    client.handleMedia('media.listDevices', () =>
      Promise.resolve({ devices: [{ deviceId: 'd1', kind: 'audioinput', label: 'Headset' }] }),
    );
    sockets.latest.receive({ type: 'mediaRequest', id: 7, method: 'media.listDevices', params: {} });
    await flushPromises();
    expect(sockets.latest.sent).toEqual([
      {
        type: 'mediaResponse',
        id: 7,
        ok: true,
        result: { devices: [{ deviceId: 'd1', kind: 'audioinput', label: 'Headset' }] },
      },
    ]);
  });

  it('answers an unknown media method, or one without a handler, with UNKNOWN_METHOD', async () => {
    const { sockets } = setup();
    sockets.latest.open();
    sockets.latest.receive({ type: 'mediaRequest', id: 1, method: 'media.teleport', params: {} });
    sockets.latest.receive({ type: 'mediaRequest', id: 2, method: 'media.listDevices', params: {} });
    await flushPromises();
    expect(sockets.latest.sent).toEqual([
      {
        type: 'mediaResponse',
        id: 1,
        ok: false,
        error: { code: 'UNKNOWN_METHOD', message: 'no media handler for media.teleport' },
      },
      {
        type: 'mediaResponse',
        id: 2,
        ok: false,
        error: { code: 'UNKNOWN_METHOD', message: 'no media handler for media.listDevices' },
      },
    ]);
  });

  it('refuses invalid media params with INVALID_PARAMS without calling the handler', async () => {
    const { client, sockets } = setup();
    sockets.latest.open();
    const handler = vi.fn(() => Promise.resolve({ devices: [] }));
    client.handleMedia('media.listDevices', handler);
    sockets.latest.receive({
      type: 'mediaRequest',
      id: 3,
      method: 'media.listDevices',
      params: { extra: 1 },
    });
    await flushPromises();
    expect(handler).not.toHaveBeenCalled();
    expect(sockets.latest.sent).toEqual([
      {
        type: 'mediaResponse',
        id: 3,
        ok: false,
        error: { code: 'INVALID_PARAMS', message: 'invalid params for media.listDevices' },
      },
    ]);
  });

  it('passes a handler ContractError through and turns other throws into INTERNAL', async () => {
    const { client, sockets } = setup();
    sockets.latest.open();
    const unsubscribe = client.handleMedia('media.listDevices', () =>
      Promise.reject(new ContractError('UNAVAILABLE', 'no devices')),
    );
    sockets.latest.receive({ type: 'mediaRequest', id: 1, method: 'media.listDevices', params: {} });
    await flushPromises();
    unsubscribe();
    client.handleMedia('media.listDevices', () => Promise.reject(new Error('boom')));
    sockets.latest.receive({ type: 'mediaRequest', id: 2, method: 'media.listDevices', params: {} });
    await flushPromises();
    expect(sockets.latest.sent).toEqual([
      { type: 'mediaResponse', id: 1, ok: false, error: { code: 'UNAVAILABLE', message: 'no devices' } },
      { type: 'mediaResponse', id: 2, ok: false, error: { code: 'INTERNAL', message: 'boom' } },
    ]);
  });

  it('drops the answer when the socket the request came on has gone', async () => {
    const { client, sockets, timers } = setup();
    sockets.latest.open();
    let finish: (devices: { devices: [] }) => void = () => undefined;
    client.handleMedia('media.listDevices', () => new Promise((resolve) => (finish = resolve)));
    const first = sockets.latest;
    first.receive({ type: 'mediaRequest', id: 1, method: 'media.listDevices', params: {} });
    first.drop();
    timers.fireNext();
    sockets.latest.open();
    finish({ devices: [] });
    await flushPromises();
    expect(first.sent).toEqual([]);
    expect(sockets.latest.sent).toEqual([]);
  });
});

describe('SocketClient reconnection', () => {
  it('fails requests in flight with UNAVAILABLE and reconnects with growing backoff', async () => {
    const { client, sockets, timers } = setup();
    const states: string[] = [];
    client.onChange((state) => states.push(state));
    sockets.latest.open();
    const inFlight = client.request('accounts.list', {});
    sockets.latest.drop();
    await expect(inFlight).rejects.toMatchObject({ code: 'UNAVAILABLE' });
    expect(client.state).toBe('reconnecting');

    expect(timers.fireNext()).toBe(100);
    sockets.latest.drop();
    expect(timers.fireNext()).toBe(200);
    sockets.latest.drop();
    expect(timers.fireNext()).toBe(400);
    expect(sockets.sockets).toHaveLength(4);
    sockets.latest.open();
    expect(states).toEqual(['connected', 'reconnecting', 'connected']);
  });

  it('caps the backoff and starts again from the beginning after a successful connection', () => {
    const { sockets, timers } = setup();
    const delays: number[] = [];
    for (let attempt = 0; attempt < 6; attempt += 1) {
      sockets.latest.drop();
      delays.push(timers.fireNext());
    }
    expect(delays).toEqual([100, 200, 400, 800, 1000, 1000]);
    sockets.latest.open();
    sockets.latest.drop();
    expect(timers.fireNext()).toBe(100);
  });

  it('keeps requests made while disconnected and sends them once reconnected', async () => {
    const { client, sockets, timers } = setup();
    sockets.latest.open();
    sockets.latest.drop();
    const waiting = client.request('settings.get', {});
    timers.fireNext();
    sockets.latest.open();
    expect(sockets.latest.sent).toEqual([{ type: 'request', id: 1, method: 'settings.get', params: {} }]);
    sockets.latest.receive({ type: 'response', id: 1, ok: true, result: snapshot });
    await expect(waiting).resolves.toEqual(snapshot);
  });

  it('reconnects when the socket factory throws', () => {
    const timers = new FakeTimers();
    let calls = 0;
    const client = new SocketClient({
      url: 'ws://127.0.0.1:1/ws',
      createSocket: () => {
        calls += 1;
        throw new Error('bad url');
      },
      timers,
      random: () => 0,
      backoff: { initialMs: 100, maxMs: 1000 },
    });
    client.start();
    expect(client.state).toBe('reconnecting');
    expect(timers.fireNext()).toBe(50);
    expect(calls).toBe(2);
  });

  it('stops for good on dispose: pending requests fail and no retry is scheduled', async () => {
    const { client, sockets, timers } = setup();
    const pending = client.request('settings.get', {});
    client.dispose();
    await expect(pending).rejects.toMatchObject({ code: 'UNAVAILABLE' });
    expect(sockets.latest.closed).toBe(true);
    expect(timers.scheduled).toEqual([]);
    await expect(client.request('settings.get', {})).rejects.toMatchObject({ code: 'UNAVAILABLE' });
  });
});
