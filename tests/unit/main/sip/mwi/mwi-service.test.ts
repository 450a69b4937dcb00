import type { UserAgent } from 'sip.js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Logger } from '../../../../../src/main/log/logger';
import {
  minLifetimeForRenewalMs,
  MwiService,
  mwiSettingKeys,
  type MwiMode,
} from '../../../../../src/main/sip/mwi/mwi-service';
import type {
  EventSubscriptionDelegate,
  EventSubscriptionFactory,
  EventSubscriptionOptions,
} from '../../../../../src/main/sip/subscription/event-subscription';
import type { VoicemailStatus } from '../../../../../src/shared/contract';

interface FakeSubscription {
  userAgent: UserAgent;
  expires: number;
  delegate: EventSubscriptionDelegate;
  options: EventSubscriptionOptions;
  disposed: boolean;
}

const summary = (waiting: boolean, newMessages: number, oldMessages: number): string =>
  `Messages-Waiting: ${waiting ? 'yes' : 'no'}\r\nVoice-Message: ${newMessages}/${oldMessages}\r\n`;
const type = 'application/simple-message-summary';

function harness(
  initial: Record<string, { mode?: MwiMode; expires?: number }> = { a: {} },
  now: () => number = Date.now,
) {
  const settings = new Map(Object.entries(initial));
  const userAgents = new Map<string, UserAgent>();
  const subscriptions: FakeSubscription[] = [];
  const shown: [string, VoicemailStatus | undefined][] = [];
  const rises: [string, number][] = [];
  const warnings: string[] = [];
  const log = (level: string) => (message: string) => {
    if (level === 'warn') warnings.push(message);
  };
  const logger: Logger = {
    debug: log('debug'),
    info: log('info'),
    warn: log('warn'),
    error: log('error'),
    child: () => logger,
  };
  const subscribe: EventSubscriptionFactory = (options) => {
    const subscription: FakeSubscription = {
      userAgent: options.userAgent,
      expires: options.expiresSeconds,
      delegate: options.delegate,
      options,
      disposed: false,
    };
    subscriptions.push(subscription);
    return {
      dispose: () => {
        subscription.disposed = true;
        return Promise.resolve();
      },
    };
  };
  const service = new MwiService({
    userAgentOf: (id) => userAgents.get(id),
    accountSetting: (id) => {
      const values = settings.get(id);
      if (!values) throw new Error(`no account ${id}`);
      return (key) =>
        key === mwiSettingKeys.mode
          ? (values.mode ?? 'subscribe')
          : key === mwiSettingKeys.expires
            ? (values.expires ?? 3600)
            : undefined;
    },
    setVoicemail: (id, status) => shown.push([id, status]),
    onNewMessages: (id, count) => rises.push([id, count]),
    logger,
    subscribe,
    now,
  });
  const register = (id: string): UserAgent => {
    const userAgent = { id: `${id}-${userAgents.size}` } as unknown as UserAgent;
    userAgents.set(id, userAgent);
    service.registrationChanged(id, { state: 'registered' });
    return userAgent;
  };
  const live = () => subscriptions.filter((s) => !s.disposed);
  return { service, settings, userAgents, subscriptions, live, shown, rises, warnings, register };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('MwiService, subscribe mode', () => {
  it('subscribes once registered, with the account expiry, on the registered UserAgent', () => {
    const h = harness({ a: { expires: 600 } });
    h.service.accountsChanged(['a']);
    expect(h.subscriptions).toHaveLength(0);
    const userAgent = h.register('a');
    expect(h.live()).toHaveLength(1);
    expect(h.live()[0]!.userAgent).toBe(userAgent);
    expect(h.live()[0]!.expires).toBe(600);
    // message-summary to the account's own address (no target)
    expect(h.live()[0]!.options).toMatchObject({
      event: 'message-summary',
      accept: 'application/simple-message-summary',
    });
    expect(h.live()[0]!.options.target).toBeUndefined();
    // an unrelated account change does not subscribe again
    h.service.accountsChanged(['a']);
    expect(h.subscriptions).toHaveLength(1);
  });

  it('reports each summary to the account and ignores repeats', () => {
    const h = harness();
    h.register('a');
    const { delegate } = h.live()[0]!;
    const notify = (body: string, contentType: string | undefined) => delegate.onNotify(body, contentType);
    notify(summary(true, 2, 1), type);
    notify(summary(true, 2, 1), type);
    notify(summary(false, 0, 3), type);
    expect(h.shown).toEqual([
      ['a', { waiting: true, newMessages: 2, oldMessages: 1 }],
      ['a', { waiting: false, newMessages: 0, oldMessages: 3 }],
    ]);
  });

  it('keeps the last status on a garbage body, a foreign content type or an empty NOTIFY', () => {
    const h = harness();
    h.register('a');
    const { delegate } = h.live()[0]!;
    const notify = (body: string, contentType: string | undefined) => delegate.onNotify(body, contentType);
    notify(summary(true, 2, 1), type);
    notify('\u0000garbage', type);
    notify(summary(false, 0, 0), 'application/xml');
    notify('', undefined);
    expect(h.shown).toEqual([['a', { waiting: true, newMessages: 2, oldMessages: 1 }]]);
    expect(h.warnings).toHaveLength(2);
    expect(h.warnings.join()).toContain('keeping the last status');
  });

  it('re-subscribes after a re-registration and drops the subscription while not registered', () => {
    const h = harness();
    h.register('a');
    h.service.registrationChanged('a', { state: 'registering' });
    expect(h.live()).toHaveLength(0);
    const second = h.register('a');
    expect(h.live()).toHaveLength(1);
    expect(h.live()[0]!.userAgent).toBe(second);
    // a repeated "registered" (e.g. a new agent) replaces the subscription, never adds one
    h.register('a');
    expect(h.live()).toHaveLength(1);
    expect(h.subscriptions).toHaveLength(3);
  });

  it('subscribes on the new UserAgent when the SIP layer re-created the account', () => {
    const h = harness();
    h.register('a');
    const replacement = { id: 'new' } as unknown as UserAgent;
    h.userAgents.set('a', replacement);
    h.service.accountsChanged(['a']);
    expect(h.live().map((s) => s.userAgent)).toEqual([replacement]);
  });

  it('ignores NOTIFYs of a disposed subscription', () => {
    const h = harness();
    h.register('a');
    const old = h.live()[0]!;
    h.register('a');
    old.delegate.onNotify(summary(true, 5, 0), type);
    expect(h.shown).toEqual([]);
  });

  it('clears the status on deregistration but keeps it through a failure', () => {
    const h = harness();
    h.register('a');
    h.live()[0]!.delegate.onNotify(summary(true, 1, 0), type);
    h.service.registrationChanged('a', { state: 'failed' });
    expect(h.shown.at(-1)?.[1]).toEqual({ waiting: true, newMessages: 1, oldMessages: 0 });
    h.service.registrationChanged('a', { state: 'unregistered' });
    expect(h.shown.at(-1)).toEqual(['a', undefined]);
  });

  it('after a refusal logs once and waits for the next registration', () => {
    const h = harness();
    h.register('a');
    const refused = h.live()[0]!;
    refused.disposed = true; // as sip.js's terminated Subscriber is
    refused.delegate.onEnded({ kind: 'failed', reason: 'The PBX refused the subscription (489 Bad Event)' });
    h.service.accountsChanged(['a']);
    h.service.accountsChanged(['a']);
    expect(h.subscriptions).toHaveLength(1);
    expect(h.warnings).toHaveLength(1);
    expect(h.warnings[0]).toContain(
      'voicemail subscription (MWI) ended: The PBX refused the subscription (489 Bad Event)',
    );
    h.register('a');
    expect(h.live()).toHaveLength(1);
    expect(h.subscriptions).toHaveLength(2);
  });

  it('renews a subscription the PBX ends with reason timeout after it lived a while, once per ending', () => {
    vi.useFakeTimers();
    let clock = 0;
    const h = harness({ a: {} }, () => clock);
    h.register('a');
    clock = minLifetimeForRenewalMs;
    const ended = h.live()[0]!;
    ended.disposed = true;
    ended.delegate.onEnded({
      kind: 'retry',
      reason: 'The PBX ended the subscription (probation)',
      retryAfterSeconds: 30,
    });
    h.service.accountsChanged(['a']); // waits for the retry-after, not sooner
    expect(h.subscriptions).toHaveLength(1);
    vi.advanceTimersByTime(30_000);
    expect(h.live()).toHaveLength(1);
    // the renewed one ends again at once: that is a loop, so wait for the next registration
    const again = h.live()[0]!;
    again.disposed = true;
    again.delegate.onEnded({ kind: 'retry', reason: 'The PBX ended the subscription (timeout)' });
    vi.advanceTimersByTime(600_000);
    expect(h.subscriptions).toHaveLength(2);
    expect(h.warnings).toHaveLength(1);
  });

  it('forgets a pending renewal when the account deregisters', () => {
    vi.useFakeTimers();
    let clock = 0;
    const h = harness({ a: {} }, () => clock);
    h.register('a');
    clock = minLifetimeForRenewalMs;
    h.live()[0]!.disposed = true;
    h.subscriptions[0]!.delegate.onEnded({ kind: 'retry', reason: 'x', retryAfterSeconds: 10 });
    h.service.registrationChanged('a', { state: 'unregistered' });
    vi.advanceTimersByTime(10_000);
    expect(h.subscriptions).toHaveLength(1);
  });

  it('follows setting changes: off unsubscribes and clears, subscribe again subscribes, expiry renews', () => {
    const h = harness();
    h.register('a');
    h.live()[0]!.delegate.onNotify(summary(true, 1, 0), type);
    h.settings.set('a', { mode: 'off' });
    h.service.accountsChanged(['a']);
    expect(h.live()).toHaveLength(0);
    expect(h.shown.at(-1)).toEqual(['a', undefined]);
    h.settings.set('a', { mode: 'subscribe', expires: 120 });
    h.service.accountsChanged(['a']);
    expect(h.live().map((s) => s.expires)).toEqual([120]);
    h.settings.set('a', { mode: 'subscribe', expires: 300 });
    h.service.accountsChanged(['a']);
    expect(h.live().map((s) => s.expires)).toEqual([300]);
  });

  it('forgets a removed account and its subscription', () => {
    const h = harness({ a: {}, b: {} });
    h.register('a');
    h.register('b');
    h.settings.delete('a');
    h.service.accountsChanged(['b']);
    expect(h.live().map((s) => s.userAgent)).toEqual([h.userAgents.get('b')]);
  });

  it('survives setVoicemail calling accountsChanged again (accounts.changed is synchronous)', () => {
    let mode: MwiMode = 'unsolicited';
    const shown: (VoicemailStatus | undefined)[] = [];
    const service: MwiService = new MwiService({
      userAgentOf: () => undefined,
      accountSetting: () => (key) => (key === mwiSettingKeys.mode ? mode : 3600),
      setVoicemail: (id, status) => {
        shown.push(status);
        service.accountsChanged([id]);
      },
      logger: silent,
    });
    service.messageSummary('a', summary(true, 1, 0), type);
    mode = 'off';
    service.accountsChanged(['a']);
    expect(shown).toEqual([{ waiting: true, newMessages: 1, oldMessages: 0 }, undefined]);
  });
});

describe('MwiService, unsolicited and off', () => {
  it('never subscribes in unsolicited mode, and applies out-of-dialog summaries', () => {
    const h = harness({ a: { mode: 'unsolicited' } });
    h.register('a');
    expect(h.subscriptions).toHaveLength(0);
    h.service.messageSummary('a', summary(true, 3, 0), type);
    expect(h.shown).toEqual([['a', { waiting: true, newMessages: 3, oldMessages: 0 }]]);
  });

  it('applies out-of-dialog summaries in subscribe mode too', () => {
    const h = harness();
    h.service.messageSummary('a', summary(true, 1, 0), undefined);
    expect(h.shown).toEqual([['a', { waiting: true, newMessages: 1, oldMessages: 0 }]]);
  });

  it('ignores out-of-dialog summaries when off, and subscribes nothing', () => {
    const h = harness({ a: { mode: 'off' } });
    h.register('a');
    h.service.messageSummary('a', summary(true, 3, 0), type);
    expect(h.subscriptions).toHaveLength(0);
    expect(h.shown).toEqual([]);
  });

  it('ignores summaries for an account that no longer exists', () => {
    const h = harness({});
    h.service.messageSummary('gone', summary(true, 3, 0), type);
    expect(h.shown).toEqual([]);
  });
});

describe('MwiService, new messages', () => {
  it('tells of waiting messages at the first report, then only when the new count rises', () => {
    const h = harness({ a: { mode: 'unsolicited' } });
    const send = (body: string) => h.service.messageSummary('a', body, type);
    send(summary(true, 2, 0));
    send(summary(true, 2, 0));
    send(summary(true, 1, 1)); // one listened to
    send(summary(true, 3, 1));
    send(summary(false, 0, 4));
    send(summary(true, 1, 4));
    expect(h.rises).toEqual([
      ['a', 2],
      ['a', 3],
      ['a', 1],
    ]);
  });

  it('is quiet at a first report without new messages', () => {
    const h = harness({ a: { mode: 'unsolicited' } });
    h.service.messageSummary('a', summary(false, 0, 5), type);
    expect(h.rises).toEqual([]);
  });

  it('does not repeat itself when a re-subscription or re-login reports the same count', () => {
    const h = harness();
    h.register('a');
    h.live()[0]!.delegate.onNotify(summary(true, 2, 0), type);
    h.service.registrationChanged('a', { state: 'unregistered' });
    h.register('a');
    h.live()[0]!.delegate.onNotify(summary(true, 2, 0), type);
    expect(h.rises).toEqual([['a', 2]]);
    expect(h.shown.map(([, status]) => status?.newMessages)).toEqual([2, undefined, 2]);
  });

  it('reports 0 when waiting turns on without counts', () => {
    const h = harness({ a: { mode: 'unsolicited' } });
    h.service.messageSummary('a', 'Messages-Waiting: yes\r\n', type);
    h.service.messageSummary('a', 'Messages-Waiting: yes\r\n', type);
    expect(h.rises).toEqual([['a', 0]]);
  });
});

describe('MwiService.stop', () => {
  it('disposes every subscription and ignores later events', async () => {
    const h = harness({ a: {}, b: {} });
    h.register('a');
    h.register('b');
    const [first] = h.live();
    await h.service.stop();
    expect(h.live()).toHaveLength(0);
    first!.delegate.onNotify(summary(true, 1, 0), type);
    h.register('a');
    expect(h.subscriptions).toHaveLength(2);
    expect(h.shown).toEqual([]);
  });

  it('does not wait forever for an un-SUBSCRIBE', async () => {
    const service = new MwiService({
      userAgentOf: () => ({}) as UserAgent,
      accountSetting: () => () => undefined,
      setVoicemail: () => undefined,
      logger: silent,
      subscribe: () => ({ dispose: () => new Promise<void>(() => undefined) }),
      stopTimeoutMs: 20,
    });
    service.registrationChanged('a', { state: 'registered' });
    await expect(service.stop()).resolves.toBeUndefined();
  });
});

const silent: Logger = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
  child: () => silent,
};
