import { describe, expect, it } from 'vitest';
import type { CallView } from '../../../../src/shared/contract/calls';
import type { AccountView } from '../../../../src/shared/contract/models';
import { AutostartController } from '../../../../src/main/desktop/autostart';
import type { LoginItemSettings } from '../../../../src/main/desktop/autostart';
import { DesktopEventHub } from '../../../../src/main/desktop/desktop-events';
import { DesktopController } from '../../../../src/main/desktop/desktop-controller';
import { PresenceModel } from '../../../../src/main/desktop/presence';
import { EventBus } from '../../../../src/main/events/event-bus';
import { FakeNotifier, FakeShortcuts, FakeTray, FakeUpdater, FakeWindow, call, settingsOf } from './fakes';

function setup(overrides: Record<string, unknown> = {}, confirmQuit = true) {
  const settings = settingsOf(overrides);
  const events = new EventBus();
  let calls: CallView[] = [];
  let accounts: Pick<AccountView, 'registration'>[] = [{ registration: { state: 'registered' } }];
  const actions: string[] = [];
  const record = (what: string) => {
    actions.push(what);
    return Promise.resolve();
  };
  const window = new FakeWindow();
  const tray = new FakeTray();
  const notifier = new FakeNotifier();
  const updater = new FakeUpdater();
  const shortcuts = new FakeShortcuts();
  const loginItems: LoginItemSettings[] = [];
  const presence = new PresenceModel();
  const desktopEvents = new DesktopEventHub();
  const log: string[] = [];
  const emitted: [string, unknown][] = [];
  const state = { quits: 0, asked: 0, prompts: [] as string[] };
  const controller = new DesktopController({
    core: {
      settings,
      calls: {
        list: () => calls,
        answer: (id) => record(`answer ${id}`),
        reject: (id) => record(`reject ${id}`),
        hangup: (id) => record(`hangup ${id}`),
        mute: (id, m) => record(`mute ${id} ${m}`),
        dial: (t) => record(`dial ${t}`),
      },
      accounts: { list: () => accounts },
      events,
      desktopEvents,
    },
    presence,
    window,
    tray,
    notifier,
    autostart: new AutostartController({
      platform: 'win32',
      isPackaged: true,
      execPath: 'C:\\sp.exe',
      linuxAutostartDir: '',
      loginItems: { setLoginItemSettings: (s) => loginItems.push(s) },
      files: { write: () => undefined, remove: () => undefined },
    }),
    updater,
    shortcuts,
    readClipboard: () => '200',
    confirmQuit: () => {
      state.asked++;
      return Promise.resolve(confirmQuit);
    },
    promptUpdate: (version, language) => state.prompts.push(`${version} ${language}`),
    quit: () => state.quits++,
    systemLocale: 'en-US',
    isPackaged: true,
    scheduler: { every: () => () => undefined },
    log: (m) => log.push(m),
    emit: (event: string, payload: unknown) => emitted.push([event, payload]),
  });
  controller.start();
  const setCalls = (next: CallView[]) => {
    calls = next;
    events.emit('calls.changed', { calls: next });
  };
  const setAccounts = (next: typeof accounts) => {
    accounts = next;
    events.emit('accounts.changed', { accounts: [] });
  };
  const changeSetting = (key: string, value: unknown) => {
    settings.values[key] = value;
    events.emit('settings.changed', { values: {}, locked: [], secretsSet: [] });
  };
  return {
    controller,
    window,
    tray,
    notifier,
    updater,
    shortcuts,
    loginItems,
    presence,
    log,
    emitted,
    state,
    actions,
    setCalls,
    setAccounts,
    changeSetting,
    desktopEvents,
  };
}

const flush = () => new Promise((resolve) => setImmediate(resolve));

describe('DesktopController', () => {
  it('applies the settings at start: login item, update check, tray', () => {
    const t = setup();
    expect(t.loginItems).toEqual([{ openAtLogin: true, openAsHidden: true, args: ['--hidden'] }]);
    expect(t.updater.checks).toBe(1);
    expect(t.tray.last.icon).toBe('registered');
    expect(t.shortcuts.active.size).toBe(0);
  });

  it('follows setting changes: autostart off, shortcuts on, always on top', () => {
    const t = setup();
    t.changeSetting('functions.automation.startWithOs', false);
    t.changeSetting('functions.shortcuts.enabled', true);
    t.changeSetting('gui.behaviour.alwaysOnTop', true);
    expect(t.loginItems.at(-1)).toEqual({ openAtLogin: false, openAsHidden: false, args: [] });
    expect(t.shortcuts.active.size).toBe(4);
    expect(t.window.alwaysOnTop).toBe(true);
    expect(t.emitted.filter(([e]) => e === 'shortcuts.changed')).toHaveLength(2);
  });

  it('rings: notification, flash; answer from the notification; closes it when answered', () => {
    const t = setup();
    t.setCalls([call({ id: 'c1' })]);
    expect(t.notifier.shown).toHaveLength(1);
    expect(t.window.flashing).toBe(true);
    t.notifier.shown[0]!.act('answer');
    expect(t.actions).toEqual(['answer c1']);
    expect(t.window.visible).toBe(true);
    t.setCalls([call({ id: 'c1', state: 'active' })]);
    expect(t.notifier.closed).toEqual(['call:c1']);
  });

  it('counts missed calls in the tray until the window gets the focus', () => {
    const t = setup();
    t.setCalls([call({ id: 'c1' })]);
    t.setCalls([call({ id: 'c1', state: 'ended', end: { reason: 'missed' } })]);
    expect(t.tray.last.icon).toBe('missed');
    expect(t.tray.last.tooltip).toContain('1 missed call');
    t.controller.windowFocused();
    expect(t.tray.last.icon).toBe('registered');
  });

  it('in do not disturb: no notification and no flashing', () => {
    const t = setup();
    t.controller.trayCommand('toggleDnd');
    expect(t.presence.dnd).toBe(true);
    expect(t.tray.last.icon).toBe('dnd');
    expect(t.emitted).toContainEqual(['presence.changed', { state: 'dnd' }]);
    t.setCalls([call({ id: 'c1' })]);
    expect(t.notifier.shown).toHaveLength(0);
    expect(t.window.flashing).toBe(false);
  });

  it('shows registration trouble in the tray', () => {
    const t = setup();
    t.setAccounts([{ registration: { state: 'failed' } }]);
    expect(t.tray.last.icon).toBe('failed');
  });

  it('tray presence and show/hide commands', () => {
    const t = setup();
    t.controller.trayCommand('presence:away');
    expect(t.presence.state).toBe('away');
    t.controller.trayCommand('toggleWindow');
    expect(t.window.visible).toBe(true);
    expect(t.tray.last.menu[0]).toMatchObject({ label: 'Hide Softphone' });
  });

  it('tray Quit asks during a call and does not quit when cancelled', async () => {
    const cancelled = setup({}, false);
    cancelled.setCalls([call({ id: 'c1', state: 'active' })]);
    cancelled.controller.trayCommand('quit');
    await flush();
    expect(cancelled.state).toMatchObject({ asked: 1, quits: 0 });

    const idle = setup();
    idle.controller.trayCommand('quit');
    await flush();
    expect(idle.state).toMatchObject({ asked: 0, quits: 1 });
  });

  it('prompts for a downloaded update and installs only after the call', () => {
    const t = setup({ 'gui.appearance.language': 'de' });
    t.setCalls([call({ id: 'c1', state: 'active' })]);
    t.updater.emit('update-downloaded', { version: '2.0.0' });
    expect(t.state.prompts).toEqual(['2.0.0 de']);
    t.controller.installUpdate();
    expect(t.updater.installs).toBe(0);
    t.setCalls([call({ id: 'c1', state: 'ended', end: { reason: 'hangup' } })]);
    expect(t.updater.installs).toBe(1);
    expect(t.controller.quit.quitting).toBe(true);
  });

  it('passes other events to the notification policy and the window', () => {
    const t = setup({ 'gui.behaviour.focusOnInstantMessage': true });
    t.controller.notify({ type: 'instantMessage', from: '200', fromName: 'Bob', text: 'hi' });
    expect(t.notifier.shown[0]?.request.title).toBe('Message from Bob');
    expect(t.window.focused).toBe(true);
  });

  it('notifies what the core reports besides calls: network and audio devices', () => {
    const t = setup();
    t.desktopEvents.emit({ type: 'network', online: false });
    t.desktopEvents.emit({ type: 'audioDevice', change: 'connected', label: 'Jabra Evolve 65' });
    expect(t.notifier.shown.map((n) => [n.request.title, n.request.body])).toEqual([
      ['Network connection lost', 'Calls are not possible until the network is back.'],
      ['Audio device connected', 'Jabra Evolve 65'],
    ]);
  });

  it('stops following the core', () => {
    const t = setup();
    t.controller.stop();
    t.setCalls([call({ id: 'c1' })]);
    t.desktopEvents.emit({ type: 'network', online: false });
    expect(t.notifier.shown).toHaveLength(0);
  });
});
