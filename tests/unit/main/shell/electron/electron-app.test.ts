import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import { EventEmitter } from 'node:events';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ipcChannels } from '../../../../../src/shared/contract';
import type { ElectronShellCore } from '../../../../../src/main/core';
import type { ElectronPort } from '../../../../../src/main/shell/electron/electron-app';
import { startElectronApp } from '../../../../../src/main/shell/electron/electron-app';
import {
  FakeApp,
  FakeBrowserWindow,
  FakeDialogs,
  FakeGlobalShortcut,
  FakeIpcMain,
  FakeNotification,
  FakeProtocol,
  FakeSession,
  FakeTray,
} from './fake-electron';
import { silentLogger } from '../../../../../src/main/log/logger';
import { makeMiniCore } from '../../../../support/mini-core';
import { makeTempDir } from '../../../../support/temp-dir';
import { makeDesktopCore } from './desktop-core';
import { FakeUpdater, call } from '../../desktop/fakes';

function setup(
  options: {
    createCore?: () => Promise<ElectronShellCore>;
    argv?: string[];
    platform?: string;
    withUpdater?: boolean;
    isPackaged?: boolean;
    devRendererUrl?: string;
    mainDir?: string;
  } = {},
) {
  const desktopCore = makeDesktopCore();
  const createCore = options.createCore ?? (() => Promise.resolve(desktopCore.core));
  const app = new FakeApp();
  app.isPackaged = options.isPackaged ?? true;
  const ipcMain = new FakeIpcMain();
  const session = new FakeSession();
  const protocol = new FakeProtocol(() => app.isReady);
  const powerMonitor = new EventEmitter();
  const windows: FakeBrowserWindow[] = [];
  const trays: FakeTray[] = [];
  const notifications: FakeNotification[] = [];
  const globalShortcut = new FakeGlobalShortcut();
  const dialogs = new FakeDialogs();
  const updater = new FakeUpdater();
  const autostartFiles = new Map<string, string>();
  const fatal: string[] = [];
  const coreOptions: unknown[] = [];
  const electron = {
    app,
    ipcMain,
    powerMonitor,
    protocol,
    session: { defaultSession: session },
    createWindow: (o: BrowserWindowConstructorOptions) => {
      const window = new FakeBrowserWindow(o);
      windows.push(window);
      return window as unknown as BrowserWindow;
    },
    desktop: {
      createTray: (image: unknown) => {
        const tray = new FakeTray(image);
        trays.push(tray);
        return tray;
      },
      buildMenu: (template: unknown) => ({ template }),
      trayImage: (icon: string) => `image:${icon}`,
      createNotification: (o: ConstructorParameters<typeof FakeNotification>[0]) => {
        const n = new FakeNotification(o);
        notifications.push(n);
        return n;
      },
      notificationsSupported: () => true,
      globalShortcut,
      clipboard: { readText: () => Promise.resolve('200') },
      showMessageBox: dialogs.showMessageBox,
      ...(options.withUpdater === false ? {} : { updater }),
      argv: options.argv ?? ['/opt/softphone/softphone'],
      platform: options.platform ?? 'win32',
      execPath: '/opt/softphone/softphone',
      linuxAutostartDir: '/home/u/.config/autostart',
      files: {
        write: (path: string, content: string) => autostartFiles.set(path, content),
        remove: (path: string) => autostartFiles.delete(path),
      },
    },
  } as unknown as ElectronPort;
  const started = startElectronApp(electron, {
    mainDir: options.mainDir ?? '/app/out/main',
    ...(options.devRendererUrl === undefined ? {} : { devRendererUrl: options.devRendererUrl }),
    createCore: (o) => {
      coreOptions.push(o);
      return createCore();
    },
    onFatal: (message) => fatal.push(message),
  });
  const ready = async () => {
    app.becomeReady();
    await settle();
    const window = windows[0];
    if (window) window.emit('ready-to-show');
    return window;
  };
  return {
    app,
    ipcMain,
    session,
    protocol,
    powerMonitor,
    windows,
    trays,
    notifications,
    globalShortcut,
    dialogs,
    updater,
    autostartFiles,
    /** What reached the core's link handler, as "link <origin> <uri>". */
    links: () => desktopCore.done.filter((d) => d.startsWith('link ')),
    fatal,
    coreOptions,
    started,
    desktopCore,
    ready,
  };
}

async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setImmediate(resolve));
}

describe('startElectronApp', () => {
  it('quits when another instance holds the lock', () => {
    const app = new FakeApp();
    app.lock = false;
    const started = startElectronApp({ app } as unknown as ElectronPort, {
      mainDir: '/x',
      createCore: () => Promise.reject(new Error('must not be called')),
      onFatal: () => undefined,
    });
    expect(started).toBe(false);
    expect(app.quitCalls).toBe(1);
  });

  it('on ready: hardens the session, builds the core in userData, opens one locked-down window wired to IPC', async () => {
    const { app, ipcMain, session, windows, coreOptions } = setup();
    expect(windows).toHaveLength(0);
    app.becomeReady();
    await settle();

    expect(coreOptions).toEqual([
      { dataDir: '/fake/userData', version: '9.9.9', platform: process.platform },
    ]);
    expect(session.permissionRequest).toBeDefined();
    expect(session.headersReceived).toBeDefined();
    expect(windows).toHaveLength(1);
    const window = windows[0]!;
    expect(window.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      preload: '/app/out/preload/index.cjs',
    });
    expect(window.options.show).toBe(false);
    expect(window.loadedUrl).toBe('app://softphone/index.html');
    expect(ipcMain.handlers.has(ipcChannels.request)).toBe(true);

    const handler = ipcMain.handlers.get(ipcChannels.request)!;
    const response = await handler(
      { sender: { id: window.webContents.id }, senderFrame: { url: 'app://softphone/index.html' } },
      'app.info',
      {},
    );
    expect(response).toMatchObject({ ok: true, result: { version: '9.9.9' } });
  });

  it('serves its pages from app://, registered as a privileged scheme before ready, only from out/renderer', async () => {
    const { dir, cleanup } = makeTempDir();
    try {
      mkdirSync(join(dir, 'out', 'renderer', 'assets'), { recursive: true });
      writeFileSync(join(dir, 'out', 'renderer', 'index.html'), '<!doctype html>');
      writeFileSync(join(dir, 'out', 'renderer', 'assets', 'app.js'), 'run()');
      writeFileSync(join(dir, 'out', 'secret.txt'), 'outside');
      const { protocol, ready } = setup({ mainDir: join(dir, 'out', 'main') });
      expect(protocol.privileged.map((s) => s.scheme)).toEqual(['app']);
      expect(protocol.privileged[0]!.privileges).toMatchObject({ standard: true, secure: true });
      expect(protocol.handlers.size).toBe(0);
      const window = (await ready())!;
      expect(protocol.registeredLate).toBe(false);
      expect(window.loadedUrl).toBe('app://softphone/index.html');
      const page = await protocol.fetch(window.loadedUrl!);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(await page.text()).toBe('<!doctype html>');
      const script = await protocol.fetch('app://softphone/assets/app.js');
      expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
      for (const url of ['app://softphone/%2e%2e/secret.txt', 'app://softphone/..%2fsecret.txt'])
        expect((await protocol.fetch(url)).status, url).toBe(404);
    } finally {
      cleanup();
    }
  });

  it('creates the tray with the registration state and a show/hide, DND, presence and quit menu', async () => {
    const { app, trays, ready } = setup();
    const window = (await ready())!;
    expect(window.shown).toBe(1);
    expect(trays).toHaveLength(1);
    const tray = trays[0]!;
    expect(tray.images[0]).toBe('image:registered');
    expect(tray.tooltip).toBe('Softphone\nRegistered\nAvailable');
    const labels = tray.menu!.template.map((item) => item.label ?? item.type);
    expect(labels).toEqual([
      'Hide Softphone',
      'separator',
      'Do not disturb',
      'Presence',
      'separator',
      'Quit',
    ]);
    tray.clickMenu('toggleDnd');
    expect(tray.images.at(-1)).toBe('image:dnd');
    tray.clickMenu('toggleWindow');
    expect(window.visible).toBe(false);
    tray.emit('click');
    expect(window.visible).toBe(true);
    tray.clickMenu('toggleWindow');
    app.emit('activate');
    expect(window.visible).toBe(true);
  });

  it('registers the login item (hidden start) and the call link schemes', async () => {
    const { app, ready } = setup();
    await ready();
    expect(app.loginItems).toEqual([{ openAtLogin: true, openAsHidden: true, args: ['--hidden'] }]);
    expect([...app.protocolClients].sort()).toEqual(['callto', 'sip', 'sips', 'tel']);
    // Windows' command becomes `"<exe>" -- "%1"`: the link can never be read as a Chromium switch.
    for (const command of app.protocolCommands.values())
      expect(command).toEqual({ path: '/opt/softphone/softphone', args: ['--'] });
  });

  it('loads only its own files when packaged, even if ELECTRON_RENDERER_URL is set', async () => {
    const { windows, session, desktopCore, ready } = setup({ devRendererUrl: 'https://evil.example/' });
    const warnings: string[] = [];
    desktopCore.core.logger = { ...silentLogger, warn: (message) => warnings.push(message) };
    await ready();
    expect(windows[0]!.loadedUrl).toBe('app://softphone/index.html');
    expect(warnings).toContain('ELECTRON_RENDERER_URL is ignored in a packaged app');
    // Nor does that page get any permission.
    let granted: boolean | undefined;
    session.permissionRequest!(null, 'notifications', (g: boolean) => (granted = g), {
      requestingUrl: 'https://evil.example/',
    });
    expect(granted).toBe(false);
  });

  it("uses electron-vite's dev server in development, and grants its page the microphone", async () => {
    const { windows, session, ready } = setup({
      isPackaged: false,
      devRendererUrl: 'http://localhost:5173/',
    });
    await ready();
    expect(windows[0]!.loadedUrl).toBe('http://localhost:5173/');
    let granted: boolean | undefined;
    session.permissionRequest!(null, 'media', (g: boolean) => (granted = g), {
      requestingUrl: 'http://localhost:5173/#/calls',
      mediaTypes: ['audio'],
    });
    expect(granted).toBe(true);
  });

  it('writes an XDG autostart entry on Linux instead of a login item', async () => {
    const { app, autostartFiles, ready } = setup({ platform: 'linux' });
    await ready();
    expect(app.loginItems).toEqual([]);
    expect(autostartFiles.get('/home/u/.config/autostart/softphone.desktop')).toContain(
      'Exec=/opt/softphone/softphone --hidden',
    );
  });

  it('starts hidden in the tray when launched by the login item', async () => {
    const { trays, ready } = setup({ argv: ['/opt/softphone/softphone', '--hidden'] });
    const window = (await ready())!;
    expect(window.shown).toBe(0);
    expect(trays[0]!.menu!.template[0]!.label).toBe('Show Softphone');
  });

  it('checks for updates at start with the built-in feed', async () => {
    const { updater, ready } = setup();
    await ready();
    expect(updater.checks).toBe(1);
    expect(updater.feeds).toEqual([]);
  });

  it('uses the update server from the settings', async () => {
    const { updater, desktopCore, ready } = setup();
    await ready();
    desktopCore.changeSetting('functions.automation.updateFeedUrl', 'https://updates.example.org/softphone');
    expect(updater.feeds).toEqual(['https://updates.example.org/softphone']);
  });

  it('close hides or minimises the window and keeps the phone registered', async () => {
    const { app, ready, desktopCore } = setup();
    const window = (await ready())!;
    expect(window.userCloses()).toBe(false);
    expect(window.minimized).toBe(true);
    desktopCore.changeSetting('gui.behaviour.minimiseToTray', true);
    window.restore();
    expect(window.userCloses()).toBe(false);
    expect(window.visible).toBe(false);
    app.emit('window-all-closed');
    expect(app.quitCalls).toBe(0);
    expect(desktopCore.core.closed).toBe(0);
  });

  it('asks before quitting during a call, and stays when cancelled', async () => {
    const { app, trays, dialogs, desktopCore, ready } = setup();
    const window = (await ready())!;
    desktopCore.setCalls([call({ id: 'c1', state: 'active' })]);
    dialogs.responses.push(1);
    trays[0]!.clickMenu('quit');
    await settle();
    expect(dialogs.shown).toHaveLength(1);
    expect(dialogs.shown[0]).toMatchObject({ type: 'warning', buttons: ['End calls and quit', 'Cancel'] });
    expect(app.quitCalls).toBe(0);
    expect(window.userCloses()).toBe(false);

    // Cmd+Q or the dock: the same question; this time the user goes on.
    dialogs.responses.push(0);
    expect(app.userQuits()).toBe('held');
    await settle();
    expect(app.quitCalls).toBe(1);
    expect(window.userCloses()).toBe(true);
    expect(app.userQuits()).toBe('quit');
    await settle();
    expect(desktopCore.core.closed).toBe(1);
  });

  it('quits without asking when no call is in progress, and closes the core', async () => {
    const { app, trays, dialogs, desktopCore, globalShortcut, ready } = setup();
    await ready();
    desktopCore.changeSetting('functions.shortcuts.enabled', true);
    expect(globalShortcut.active.size).toBe(4);
    trays[0]!.clickMenu('quit');
    await settle();
    expect(dialogs.shown).toHaveLength(0);
    expect(app.quitCalls).toBe(1);
    expect(app.userQuits()).toBe('quit');
    await settle();
    expect(desktopCore.core.closed).toBe(1);
    expect(globalShortcut.active.size).toBe(0);
    expect(trays[0]!.destroyed).toBe(true);
    // Once the core has closed the shell quits again.
    expect(app.quitCalls).toBe(2);
  });

  it('shows an incoming call as a notification, flashes the window, closes it when answered', async () => {
    const { notifications, desktopCore, ready } = setup();
    const window = (await ready())!;
    window.hasFocus = false;
    desktopCore.setCalls([call({ id: 'c1' })]);
    expect(notifications).toHaveLength(1);
    expect(notifications[0]!.options).toMatchObject({ title: 'Incoming call', body: 'Alice (+4930123)' });
    expect(notifications[0]!.shown).toBe(true);
    expect(window.flashing).toBe(true);
    notifications[0]!.emit('click');
    expect(window.hasFocus).toBe(true);
    expect(window.flashing).toBe(false);
    desktopCore.setCalls([call({ id: 'c1', state: 'active' })]);
    expect(notifications[0]!.closed).toBe(true);
  });

  it('prompts to restart for a downloaded update and waits for the call to end', async () => {
    const { updater, dialogs, desktopCore, ready } = setup();
    await ready();
    desktopCore.setCalls([call({ id: 'c1', state: 'active' })]);
    dialogs.responses.push(0);
    updater.emit('update-downloaded', { version: '2.0.0' });
    await settle();
    expect(dialogs.shown[0]).toMatchObject({ title: 'Update ready', buttons: ['Restart now', 'Later'] });
    expect(dialogs.shown[0]!.detail).toContain('as soon as your call has ended');
    expect(updater.installs).toBe(0);
    desktopCore.setCalls([call({ id: 'c1', state: 'ended', end: { reason: 'hangup' } })]);
    expect(updater.installs).toBe(1);
  });

  it('focuses and restores the existing window on a second launch and hands its link to the core', async () => {
    const { app, windows, links, ready } = setup();
    await ready();
    const window = windows[0]!;
    window.minimized = true;
    app.emit('second-instance', {}, ['/opt/softphone/softphone', 'tel:+4930123'], '/');
    expect(window.restored).toBe(1);
    expect(window.focused).toBeGreaterThanOrEqual(1);
    expect(links()).toContain('link second-instance tel:+4930123');
  });

  it('reads a link after -- and ignores a link-looking argument before it', async () => {
    const { app, links, ready } = setup({
      argv: ['/opt/softphone/softphone', 'tel:+1900666', '--', 'tel:+4930123'],
    });
    await ready();
    app.emit(
      'second-instance',
      {},
      ['/opt/softphone/softphone', '--flag=1', 'sip:evil@x', '--', 'sip:bob@pbx'],
      '/',
    );
    expect(links()).toEqual(['link argv tel:+4930123', 'link second-instance sip:bob@pbx']);
  });

  it('queues links that arrive before the core is ready (cold start argv, open-url)', async () => {
    const { app, links, ready } = setup({
      argv: ['/opt/softphone/softphone', '--hidden', 'sip:bob@pbx.example'],
    });
    let prevented = 0;
    app.emit('open-url', { preventDefault: () => prevented++ }, 'callto:200');
    expect(prevented).toBe(1);
    expect(links()).toEqual([]);
    await ready();
    expect(links()).toEqual(['link argv sip:bob@pbx.example', 'link open-url callto:200']);
  });

  it('reports a start failure and exits', async () => {
    const { app, fatal, windows } = setup({
      createCore: () => Promise.reject(new Error('database is from a newer version')),
    });
    app.becomeReady();
    await settle();
    expect(fatal).toEqual(['database is from a newer version']);
    expect(app.exitCode).toBe(1);
    expect(windows).toHaveLength(0);
  });

  it('re-registers after sleep and after the screen is unlocked', async () => {
    const { desktopCore, powerMonitor, ready } = setup();
    await ready();
    powerMonitor.emit('resume');
    powerMonitor.emit('unlock-screen');
    expect(desktopCore.core.sip.resumedCalls).toBe(1);
    expect(desktopCore.core.sip.networkChanges).toBe(1);
  });

  it('unwires IPC when the window is destroyed', async () => {
    const { ipcMain, windows, ready } = setup({
      createCore: () => Promise.resolve(makeDesktopCore().core),
    });
    await ready();
    windows[0]!.emit('closed');
    expect(ipcMain.handlers.has(ipcChannels.request)).toBe(false);
    void makeMiniCore;
  });
});
