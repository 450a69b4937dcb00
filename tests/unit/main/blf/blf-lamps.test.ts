import type { UserAgent } from 'sip.js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BlfLampKey } from '../../../../src/main/blf/blf-lamps';
import { BlfLamps } from '../../../../src/main/blf/blf-lamps';
import type { Logger } from '../../../../src/main/log/logger';
import type { EventSubscriptionOptions } from '../../../../src/main/sip/subscription/event-subscription';

const silent: Logger = { debug() {}, info() {}, warn() {}, error() {}, child: () => silent };

const doc = (version: number, ...states: string[]) =>
  `<dialog-info xmlns="urn:ietf:params:xml:ns:dialog-info" version="${version}" state="full" entity="sip:1002@pbx">${states
    .map((state, i) => `<dialog id="d${i}" direction="recipient"><state>${state}</state></dialog>`)
    .join('')}</dialog-info>`;

const dialogInfo = 'application/dialog-info+xml';

interface FakeWatch extends EventSubscriptionOptions {
  disposed: boolean;
}

function harness(initialKeys: BlfLampKey[] = [{ id: 1, target: '1002', accountId: 'a1' }]) {
  const watches: FakeWatch[] = [];
  const agents = new Map<string, UserAgent>();
  const settings: Record<string, Record<string, unknown>> = {
    a1: {
      'functions.useBlf': true,
      'network.subscriptionExpirySeconds': 600,
      'credentials.domain': 'pbx.example.com',
    },
  };
  let keys = initialKeys;
  let changes = 0;
  const lamps = new BlfLamps({
    userAgentOf: (id) => agents.get(id),
    accountSetting: (id) => (key) => settings[id]?.[key],
    keys: () => keys,
    onChange: () => changes++,
    logger: silent,
    minRetryMs: 30_000,
    watch: (options) => {
      const watch: FakeWatch = { ...options, disposed: false };
      watches.push(watch);
      return {
        dispose: () => {
          watch.disposed = true;
          return Promise.resolve();
        },
      };
    },
  });
  return {
    lamps,
    watches,
    settings,
    changes: () => changes,
    setKeys: (next: BlfLampKey[]) => (keys = next),
    register(id = 'a1') {
      const agent = {} as UserAgent;
      agents.set(id, agent);
      lamps.registrationChanged(id, 'registered');
    },
    unregister(id = 'a1') {
      agents.delete(id);
      lamps.registrationChanged(id, 'registering');
    },
    live: () => watches.filter((w) => !w.disposed),
  };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('BlfLamps', () => {
  it('is off until the account registers, pending until the first NOTIFY, then follows the dialogs', () => {
    const h = harness();
    h.lamps.reconcile();
    expect(h.lamps.lampOf(1)).toEqual({ lamp: 'off' });
    expect(h.watches).toHaveLength(0);
    h.register();
    expect(h.lamps.lampOf(1)).toEqual({ lamp: 'pending' });
    expect(h.watches).toHaveLength(1);
    expect(h.watches[0]!.target?.toString()).toBe('sip:1002@pbx.example.com');
    expect(h.watches[0]!.event).toBe('dialog');
    expect(h.watches[0]!.accept).toBe('application/dialog-info+xml');
    expect(h.watches[0]!.expiresSeconds).toBe(600);
    h.watches[0]!.delegate.onNotify(doc(0, 'terminated'), dialogInfo);
    expect(h.lamps.lampOf(1)).toEqual({ lamp: 'idle' });
    h.watches[0]!.delegate.onNotify(doc(1, 'early'), dialogInfo);
    expect(h.lamps.lampOf(1)).toEqual({ lamp: 'ringing', called: true });
    h.watches[0]!.delegate.onNotify(doc(2, 'confirmed'), dialogInfo);
    expect(h.lamps.lampOf(1)).toEqual({ lamp: 'busy' });
    const before = h.changes();
    h.watches[0]!.delegate.onNotify('<garbage', dialogInfo);
    expect(h.lamps.lampOf(1)).toEqual({ lamp: 'busy' });
    expect(h.changes()).toBe(before);
  });

  it('keeps a full sip: URI and does not watch with BLF off or without an account', () => {
    const h = harness([
      { id: 1, target: 'sip:desk@other.example', accountId: 'a1' },
      { id: 2, target: '1003', accountId: '' },
    ]);
    h.register();
    expect(h.watches.map((w) => w.target?.toString())).toEqual(['sip:desk@other.example']);
    expect(h.lamps.lampOf(2)).toEqual({ lamp: 'off' });
    h.settings['a1']!['functions.useBlf'] = false;
    h.lamps.reconcile();
    expect(h.live()).toHaveLength(0);
    expect(h.lamps.lampOf(1)).toEqual({ lamp: 'off' });
  });

  it('fails with the reason when refused and retries only after the next registration', () => {
    const h = harness();
    h.register();
    h.watches[0]!.delegate.onEnded({
      kind: 'failed',
      reason: 'The PBX refused the subscription (403 Forbidden)',
    });
    expect(h.lamps.lampOf(1)).toEqual({
      lamp: 'failed',
      lampError: 'The PBX refused the subscription (403 Forbidden)',
    });
    h.lamps.reconcile();
    h.lamps.reconcile();
    expect(h.watches).toHaveLength(1);
    h.unregister();
    expect(h.lamps.lampOf(1)).toEqual({ lamp: 'off' });
    h.register();
    expect(h.watches).toHaveLength(2);
    expect(h.lamps.lampOf(1)).toEqual({ lamp: 'pending' });
  });

  it('a retry reason subscribes again after the delay, not at once', () => {
    vi.useFakeTimers();
    const h = harness();
    h.register();
    h.watches[0]!.delegate.onNotify(doc(0), dialogInfo);
    h.watches[0]!.delegate.onEnded({ kind: 'retry', reason: 'deactivated', retryAfterSeconds: 60 });
    expect(h.lamps.lampOf(1)).toEqual({ lamp: 'pending' });
    vi.advanceTimersByTime(59_000);
    expect(h.watches).toHaveLength(1);
    vi.advanceTimersByTime(1_000);
    expect(h.watches).toHaveLength(2);
  });

  it('re-subscribes when the keys or the expiry change, and drops removed keys', () => {
    const h = harness();
    h.register();
    h.lamps.reconcile();
    expect(h.watches).toHaveLength(1);
    h.setKeys([{ id: 1, target: '1004', accountId: 'a1' }]);
    h.lamps.reconcile();
    expect(h.watches).toHaveLength(2);
    expect(h.watches[0]!.disposed).toBe(true);
    h.settings['a1']!['network.subscriptionExpirySeconds'] = 120;
    h.lamps.reconcile();
    expect(h.live().map((w) => w.expiresSeconds)).toEqual([120]);
    h.setKeys([]);
    h.lamps.reconcile();
    expect(h.live()).toHaveLength(0);
    expect(h.lamps.lampOf(1)).toEqual({ lamp: 'off' });
  });

  it('an unwatchable target fails with a message; stop() disposes everything', () => {
    const h = harness([
      { id: 1, target: 'not a number!', accountId: 'a1' },
      { id: 2, target: '1002', accountId: 'a1' },
    ]);
    h.register();
    expect(h.lamps.lampOf(1).lamp).toBe('failed');
    expect(h.lamps.lampOf(1).lampError).toContain('not an extension');
    expect(h.lamps.lampOf(1).lampText).toMatchObject({ key: 'blf.notTarget' });
    h.lamps.stop();
    expect(h.live()).toHaveLength(0);
    expect(h.lamps.lampOf(2)).toEqual({ lamp: 'off' });
    h.lamps.reconcile();
    expect(h.live()).toHaveLength(0);
  });

  it('shows off, not a crash, when an account cannot be read', () => {
    const h = harness([{ id: 1, target: '1002', accountId: 'gone' }]);
    const lamps = new BlfLamps({
      userAgentOf: () => ({}) as UserAgent,
      accountSetting: () => {
        throw new Error('no such account');
      },
      keys: () => [{ id: 1, target: '1002', accountId: 'gone' }],
      onChange: () => undefined,
      logger: silent,
      watch: () => ({ dispose: () => Promise.resolve() }),
    });
    expect(() => lamps.registrationChanged('gone', 'registered')).not.toThrow();
    expect(lamps.lampOf(1)).toEqual({ lamp: 'off' });
    expect(h.watches).toHaveLength(0);
  });

  it('ignores events of a subscription that was replaced', () => {
    const h = harness();
    h.register();
    const old = h.watches[0]!;
    h.unregister();
    h.register();
    old.delegate.onNotify(doc(5, 'confirmed'), dialogInfo);
    old.delegate.onEnded({ kind: 'failed', reason: 'x' });
    expect(h.lamps.lampOf(1)).toEqual({ lamp: 'pending' });
  });
});
