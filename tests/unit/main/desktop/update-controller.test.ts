import { describe, expect, it } from 'vitest';
import type { UpdateStatus } from '../../../../src/shared/contract/desktop';
import type { UpdateTrust } from '../../../../src/main/desktop/update-controller';
import { UpdateController } from '../../../../src/main/desktop/update-controller';
import { FakeUpdater } from './fakes';

function setup(options: { isPackaged?: boolean; trust?: UpdateTrust } = {}) {
  const updater = new FakeUpdater();
  if (options.trust) updater.trust = options.trust;
  const state = { calls: 0, ready: [] as string[], statuses: [] as UpdateStatus[], beforeInstall: 0 };
  const timers: { ms: number; run: () => void; stopped: boolean }[] = [];
  const controller = new UpdateController({
    updater,
    callsInProgress: () => state.calls,
    onReady: (version) => state.ready.push(version),
    onStatus: (status) => state.statuses.push(status),
    beforeInstall: () => state.beforeInstall++,
    scheduler: {
      every: (ms, run) => {
        const timer = { ms, run, stopped: false };
        timers.push(timer);
        return () => (timer.stopped = true);
      },
    },
    isPackaged: options.isPackaged ?? true,
  });
  return { updater, state, timers, controller };
}

const flush = () => new Promise((resolve) => setImmediate(resolve));

describe('UpdateController', () => {
  it('uses the feed from the settings and checks now and every four hours', async () => {
    const { updater, timers, controller, state } = setup();
    controller.configure({ checkForUpdates: true, updateFeedUrl: 'https://updates.example.org/sp' });
    expect(updater.feeds).toEqual(['https://updates.example.org/sp']);
    expect(updater.checks).toBe(1);
    expect(timers[0]?.ms).toBe(4 * 60 * 60 * 1000);
    timers[0]?.run();
    expect(updater.checks).toBe(2);
    await flush();
    expect(state.statuses.at(-1)).toEqual({ state: 'idle', waitingForCalls: false });
  });

  it('keeps the built-in feed when the setting is empty, and stops when checking is turned off', () => {
    const { updater, timers, controller } = setup();
    controller.configure({ checkForUpdates: true, updateFeedUrl: '' });
    expect(updater.feeds).toEqual([]);
    expect(updater.checks).toBe(1);
    controller.configure({ checkForUpdates: false, updateFeedUrl: '' });
    expect(timers[0]?.stopped).toBe(true);
    expect(timers).toHaveLength(1);
  });

  it('refuses a feed that is not https with a message, keeping the previous feed', () => {
    const { updater, controller, state } = setup();
    controller.configure({ checkForUpdates: true, updateFeedUrl: 'http://updates.example.org/' });
    expect(updater.feeds).toEqual([]);
    expect(updater.checks).toBe(0);
    expect(state.statuses.at(-1)?.state).toBe('error');
    expect(state.statuses.at(-1)?.message).toMatch(/must use https/);
    controller.configure({ checkForUpdates: true, updateFeedUrl: 'not a url' });
    expect(state.statuses.at(-1)?.message).toMatch(/not a valid address/);
  });

  it.each([
    ['http://127.0.0.1:8080/feed', /must use https/],
    ['http://localhost/feed', /must use https/],
    ['ftp://updates.example.org/', /must use https/],
    ['https://user:pw@updates.example.org/', /must not contain a user name or password/],
    ['https://[/', /not a valid address/],
  ])('refuses the update server %s with a clear message and checks nothing', (feed, message) => {
    const { updater, controller, state } = setup();
    controller.configure({ checkForUpdates: true, updateFeedUrl: feed });
    expect(updater.feeds).toEqual([]);
    expect(updater.checks).toBe(0);
    expect(state.statuses.at(-1)?.state).toBe('error');
    expect(state.statuses.at(-1)?.message).toMatch(message);
  });

  it('where nothing checks signatures (AppImage), uses only the built-in feed and refuses one from the settings', () => {
    const { updater, controller, state } = setup({ trust: { kind: 'built-in-feed' } });
    controller.configure({ checkForUpdates: true, updateFeedUrl: 'https://updates.example.org/sp' });
    expect(updater.feeds).toEqual([]);
    expect(updater.checks).toBe(0);
    expect(state.statuses.at(-1)?.message).toMatch(/only from the address built into it/);
    controller.configure({ checkForUpdates: true, updateFeedUrl: '' });
    expect(updater.checks).toBe(1);
  });

  it('where the build cannot verify updates at all, checks nothing and says why', () => {
    const reason = 'This installation is not signed, so it cannot verify updates.';
    const { updater, controller, state } = setup({ trust: { kind: 'none', reason } });
    controller.configure({ checkForUpdates: true, updateFeedUrl: '' });
    controller.configure({ checkForUpdates: true, updateFeedUrl: 'https://updates.example.org/sp' });
    expect(updater.checks).toBe(0);
    expect(updater.feeds).toEqual([]);
    expect(state.statuses.at(-1)).toEqual({ state: 'error', waitingForCalls: false, message: reason });
  });

  it('reports an update refused for its signature as such, and installs nothing', () => {
    const { updater, controller, state } = setup();
    controller.configure({ checkForUpdates: true, updateFeedUrl: '' });
    updater.emit(
      'error',
      Object.assign(
        new Error('New version 9.0.0 is not signed by the application owner: publisherNames: X'),
        {
          code: 'ERR_UPDATER_INVALID_SIGNATURE',
        },
      ),
    );
    expect(state.statuses.at(-1)?.message).toMatch(/refused because it is not signed by the publisher/);
    controller.install();
    expect(updater.installs).toBe(0);
  });

  it('does not check in development without a feed of its own', () => {
    const { updater, controller } = setup({ isPackaged: false });
    controller.configure({ checkForUpdates: true, updateFeedUrl: '' });
    expect(updater.checks).toBe(0);
  });

  it('reports a failed check without the feed query, and goes on', async () => {
    const { updater, controller, state } = setup();
    updater.nextCheck = Promise.reject(
      new Error('net::ERR_CONNECTION_REFUSED https://u.example/x?token=s3cret\nstack'),
    );
    controller.configure({ checkForUpdates: true, updateFeedUrl: '' });
    await flush();
    const status = state.statuses.at(-1);
    expect(status?.state).toBe('error');
    expect(status?.message).toContain('ERR_CONNECTION_REFUSED');
    expect(status?.message).not.toContain('s3cret');
  });

  it('prompts when an update is downloaded and installs at once without a call', () => {
    const { updater, controller, state } = setup();
    updater.emit('update-downloaded', { version: '2.0.0' });
    expect(state.ready).toEqual(['2.0.0']);
    expect(updater.installs).toBe(0);
    controller.install();
    expect(state.beforeInstall).toBe(1);
    expect(updater.installs).toBe(1);
  });

  it('never restarts during a call: the install waits for the last call to end', () => {
    const { updater, controller, state } = setup();
    updater.emit('update-downloaded', { version: '2.0.0' });
    state.calls = 2;
    expect(controller.install()).toEqual({ state: 'downloaded', version: '2.0.0', waitingForCalls: true });
    controller.callsChanged();
    expect(updater.installs).toBe(0);
    state.calls = 1;
    controller.callsChanged();
    expect(updater.installs).toBe(0);
    state.calls = 0;
    controller.callsChanged();
    expect(updater.installs).toBe(1);
  });

  it('installs nothing before a download', () => {
    const { updater, controller } = setup();
    controller.install();
    controller.callsChanged();
    expect(updater.installs).toBe(0);
  });
});
